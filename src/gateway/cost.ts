/**
 * The static price of an operation, computed over the document with its real variables.
 *
 * Our own walker rather than graphql-query-complexity: that library expands every fragment spread
 * again (so a chain of fragments that each spread the next twice takes exponential time and makes
 * it give up past its node cap, which used to let the operation run), and it has no notion of what
 * a list holds. Here each fragment is priced once per operation and its price reused at every
 * spread, so pricing is linear in the document while the price itself still grows exponentially
 * with such a chain (and is refused by the cost limit).
 *
 * Every field costs 1 plus what it selects; a field with a page size (`first`) multiplies what it
 * selects (at least 1) by that size; a list field by its hint in LIST_SIZE_HINTS, or else by
 * `assumedListSize`; the lists inside a connection (`nodes`, `edges`) are not multiplied again.
 * `__typename` is free; @skip and @include are honoured with the operation's variables.
 */
import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isListType,
  isObjectType,
  isInterfaceType,
  isScalarType,
  GraphQLError,
  type FieldNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/**
 * What an unpaged list is assumed to hold, per `Type.field`: what a fleet usually has, not the
 * worst case (the call budget per operation stops an operation whose fleet is bigger). Documented
 * in README.md (operation limits); every key must name a list field of the schema (a test checks).
 */
export const LIST_SIZE_HINTS: Readonly<Record<string, number>> = {
  'Query.organizations': 5,
  'Organization.locations': 5,
  'Organization.robots': 50,
  'Location.robots': 10,
  'Robot.parts': 3,
  'RobotPart.secrets': 2,
  'LocationAuth.secrets': 2,
};

export type CostEstimate =
  | { kind: 'priced'; cost: number }
  /** The variables do not fit the operation (or there is no such operation): execution refuses it the same way, before any resolver runs. */
  | { kind: 'invalid'; reason: string }
  /**
   * A scalar argument refused its literal with an error of its own (a JSON literal over its size
   * limit): execution would swallow that error into a generic "invalid value", so it is answered here.
   */
  | { kind: 'refused'; error: GraphQLError };

/** Thrown by the walker with the error a scalar argument's literal was refused with. */
class ArgumentRefused extends Error {
  constructor(readonly error: GraphQLError) {
    super(error.message);
  }
}

/** The error a scalar-typed argument literal of `node` is refused with, if any (graphql's valueFromAST discards it). */
function scalarArgumentError(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): GraphQLError | undefined {
  for (const argument of node.arguments ?? []) {
    const type = getNamedType(field.args.find((arg) => arg.name === argument.name.value)?.type);
    if (!isScalarType(type) || argument.value.kind === Kind.VARIABLE) continue;
    try {
      type.parseLiteral(argument.value, variables);
    } catch (error) {
      if (error instanceof GraphQLError) return error;
    }
  }
  return undefined;
}

/** getArgumentValues, but a scalar's own refusal of its literal comes out as it is. */
function argumentValues(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  try {
    return getArgumentValues(field, node, variables);
  } catch (error) {
    const cause = scalarArgumentError(field, node, variables);
    throw cause ? new ArgumentRefused(cause) : error;
  }
}

/** Thrown (by the walker) when the document cannot be priced; the caller refuses the operation. */
export class CostEstimateError extends Error {}

export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Record<string, unknown>,
  assumedListSize: number,
): CostEstimate {
  const operation = getOperationAST(document, operationName);
  if (!operation) return { kind: 'invalid', reason: 'no such operation' };
  // The same coercion execute() does first: when it fails here it fails there, and nothing runs.
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables, { maxErrors: 1 });
  if (coerced.errors) return { kind: 'invalid', reason: coerced.errors[0]!.message };
  const variables = coerced.coerced;
  const root = schema.getRootType(operation.operation);
  if (!root) throw new CostEstimateError(`the schema has no ${operation.operation} type`);

  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const fragmentCosts = new Map<string, number>();
  const pricing = new Set<string>();

  const included = (node: Parameters<typeof getDirectiveValues>[1]): boolean =>
    getDirectiveValues(GraphQLSkipDirective, node, variables)?.if !== true && getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;

  const typeNamed = (name: string): GraphQLNamedType => {
    const type = schema.getType(name);
    if (!type) throw new CostEstimateError(`unknown type ${name}`);
    return type;
  };

  const fieldOf = (parent: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> => {
    if (parent === schema.getQueryType() && name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (parent === schema.getQueryType() && name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
    const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
    if (!field) throw new CostEstimateError(`${parent.name} has no field ${name}`);
    return field;
  };

  const fragmentCost = (name: string): number => {
    const known = fragmentCosts.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (!fragment) throw new CostEstimateError(`unknown fragment ${name}`);
    // Validation refuses cycles before execution; should one get here, it cannot be priced.
    if (pricing.has(name)) throw new CostEstimateError(`fragment ${name} spreads itself`);
    pricing.add(name);
    const cost = selectionCost(typeNamed(fragment.typeCondition.name.value), fragment.selectionSet);
    pricing.delete(name);
    fragmentCosts.set(name, cost);
    return cost;
  };

  const multiplier = (parent: GraphQLNamedType, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number => {
    const first = args.first ?? field.args.find((arg) => arg.name === 'first')?.defaultValue;
    if (typeof first === 'number') return Math.max(1, first);
    if (!isListType(getNullableType(field.type)) || parent.name.endsWith('Connection')) return 1;
    return LIST_SIZE_HINTS[`${parent.name}.${field.name}`] ?? assumedListSize;
  };

  function selectionCost(parent: GraphQLNamedType, selectionSet: SelectionSetNode): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (!included(selection)) continue;
      if (selection.kind === Kind.FRAGMENT_SPREAD) total += fragmentCost(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += selectionCost(selection.typeCondition ? typeNamed(selection.typeCondition.name.value) : parent, selection.selectionSet);
      } else if (selection.name.value !== '__typename') {
        const field = fieldOf(parent, selection.name.value);
        const child = selection.selectionSet ? selectionCost(getNamedType(field.type), selection.selectionSet) : 0;
        const times = multiplier(parent, field, argumentValues(field, selection, variables));
        total += times === 1 ? 1 + child : 1 + times * Math.max(1, child);
      }
    }
    return total;
  }

  try {
    return { kind: 'priced', cost: selectionCost(root, operation.selectionSet) };
  } catch (error) {
    if (error instanceof ArgumentRefused) return { kind: 'refused', error: error.error };
    throw error;
  }
}

/** For tests: whether `Type.field` is a list field of the schema. */
export function isListField(schema: GraphQLSchema, coordinate: string): boolean {
  const [typeName, fieldName] = coordinate.split('.');
  const type = schema.getType(typeName ?? '');
  const field = type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[fieldName ?? ''] : undefined;
  return field !== undefined && isListType(getNullableType(field.type));
}
