/**
 * Limits on what one operation may ask for, checked while validating it: before any resolver
 * runs, so before any upstream call. graphql-armor covers depth, aliases, tokens and directives
 * (introspection included); graphql-query-complexity prices the operation, with list fields
 * counted by their page size.
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { createComplexityRule, type ComplexityEstimator } from 'graphql-query-complexity';
import { GraphQLError, getNullableType, isListType, type GraphQLOutputType } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface OperationLimits {
  /** Deepest field nesting (GraphiQL's own introspection query needs 13). */
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  /** Highest price of one operation; see `operationCost`. */
  maxCost: number;
  /** What a list without a page size argument is assumed to hold, for pricing. */
  assumedListSize: number;
}

export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  maxDepth: 15,
  maxAliases: 30,
  maxTokens: 5000,
  maxDirectives: 30,
  maxCost: 100_000,
  assumedListSize: 20,
};

function isList(type: GraphQLOutputType): boolean {
  return isListType(getNullableType(type));
}

/**
 * Every field costs 1 plus what it selects; a field with a page size (`first`) multiplies what it
 * selects by that size; any other list field by `assumedListSize`, except the lists inside a
 * connection, which the page size already counted.
 */
export function pageSizeEstimator(assumedListSize: number): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    if (typeof args.first === 'number') return 1 + Math.max(1, args.first) * childComplexity;
    if (isList(field.type) && !type.name.endsWith('Connection')) return 1 + assumedListSize * childComplexity;
    return 1 + childComplexity;
  };
}

export function operationLimitPlugins(limits: OperationLimits, { hideSuggestions }: { hideSuggestions: boolean }): Plugin[] {
  const armor = EnvelopArmorPlugin({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: false, flattenFragments: true },
    maxAliases: { n: limits.maxAliases, allowList: [] },
    maxTokens: { n: limits.maxTokens },
    maxDirectives: { n: limits.maxDirectives },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: hideSuggestions },
  });
  const cost: Plugin = {
    onValidate({ addValidationRule, context }) {
      const variables = (context as { params?: { variables?: Record<string, unknown> } }).params?.variables ?? {};
      addValidationRule(
        createComplexityRule({
          maximumComplexity: limits.maxCost,
          variables,
          estimators: [pageSizeEstimator(limits.assumedListSize)],
          createError: (max, actual) =>
            new GraphQLError(`Query cost limit of ${max} exceeded: this operation costs ${actual}. Ask for fewer or smaller lists.`, {
              extensions: { code: 'COST_LIMIT_EXCEEDED', limit: max, cost: actual },
            }),
        }),
      );
    },
  };
  return [armor as Plugin, cost];
}
