/**
 * Limits on what one operation may ask for, all checked before any resolver runs (so before any
 * upstream call), over HTTP, SSE and graphql-ws alike since they share Yoga's pipeline:
 * - variables size and tokens while parsing;
 * - depth, aliases and directives while validating (graphql-armor; fragments are expanded, so
 *   spreading one many times or nesting fragments counts in full; introspection is not exempt);
 * - cost just before executing, with the operation's real variables: validation results are
 *   cached per document, so a page size passed as a variable could not be priced there.
 * Every refusal is a GraphQL error whose code and message name the limit. A limit that cannot be
 * computed refuses too (fail closed). What an operation really does upstream is bounded while it
 * runs by `maxUpstreamCalls` (session.ts).
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError, Kind, parse, visit, type DocumentNode, type ExecutionResult, type GraphQLSchema, type ValidationContext } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { responseBytesUpTo } from './response-size.ts';
import { estimateCost, type CostEstimate } from './cost.ts';
import { DEFAULT_UPSTREAM_CALL_BUDGET, UPSTREAM_CALL_BUDGET_EXCEEDED } from '../upstream/session.ts';

export interface OperationLimits {
  /** Deepest field nesting, fragments expanded (GraphiQL's own introspection query needs 13). */
  maxDepth: number;
  /** Aliased fields in one operation, fragments expanded. */
  maxAliases: number;
  /** Lexical tokens of the document (names, punctuation, values). */
  maxTokens: number;
  /** Directives in one operation, fragments expanded. */
  maxDirectives: number;
  /** Highest price of one operation; see cost.ts. */
  maxCost: number;
  /** What a list without a page size argument or a hint (cost.ts LIST_SIZE_HINTS) is assumed to hold, for pricing. */
  assumedListSize: number;
  /** Largest `variables` object, in bytes of JSON. */
  maxVariablesBytes: number;
  /** Deepest nesting of arrays and objects in `variables`. */
  maxVariablesDepth: number;
  /** Upstream calls one operation may make in all, counted while it runs (session.ts). */
  maxUpstreamCalls: number;
  /** Largest result of one operation (or one subscription event), in bytes of JSON, measured before it is serialised. */
  maxResponseBytes: number;
}

export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  maxDepth: 15,
  maxAliases: 30,
  maxTokens: 5000,
  maxDirectives: 30,
  maxCost: 100_000,
  assumedListSize: 10,
  maxVariablesBytes: 512 * 1024,
  maxVariablesDepth: 64,
  maxUpstreamCalls: DEFAULT_UPSTREAM_CALL_BUDGET,
  maxResponseBytes: 16 * 1024 * 1024,
};

/** `extensions.code` of each refusal. */
export const LIMIT_CODES = {
  maxDepth: 'DEPTH_LIMIT_EXCEEDED',
  maxAliases: 'ALIAS_LIMIT_EXCEEDED',
  maxTokens: 'TOKEN_LIMIT_EXCEEDED',
  maxDirectives: 'DIRECTIVE_LIMIT_EXCEEDED',
  maxCost: 'COST_LIMIT_EXCEEDED',
  maxVariablesBytes: 'VARIABLES_TOO_LARGE',
  maxVariablesDepth: 'VARIABLES_TOO_DEEP',
  maxUpstreamCalls: UPSTREAM_CALL_BUDGET_EXCEEDED,
  maxResponseBytes: 'RESPONSE_TOO_LARGE',
} as const;

/** `extensions.code` of an operation refused because its price could not be computed. */
export const COST_ESTIMATE_FAILED = 'COST_ESTIMATE_FAILED';

type LimitName = keyof typeof LIMIT_CODES;

/**
 * A refusal. Over HTTP it is a request error (400 with application/graphql-response+json, like a
 * validation error); `http` is left out for graphql-ws, which would send it to the client as is.
 */
function limitError(limit: LimitName, message: string, details: { limit: number; found?: number }, overHttp = false): GraphQLError {
  return refusal(LIMIT_CODES[limit], message, details, overHttp);
}

function refusal(code: string, message: string, details: Record<string, unknown>, overHttp: boolean): GraphQLError {
  const http = overHttp ? { http: { status: 400, spec: true } } : {};
  return new GraphQLError(message, { extensions: { code, ...details, ...http } });
}

/** A document nested too deeply for graphql's recursive parser or validation to even measure. */
function tooDeepToCheck(maxDepth: number, overHttp: boolean): GraphQLError {
  return limitError('maxDepth', `Query depth limit of ${maxDepth} exceeded: the document is nested too deeply to parse (${LIMIT_CODES.maxDepth}).`, { limit: maxDepth }, overHttp);
}

/** The price, or why there is none: variables execution will refuse, or an estimate that failed (refused). */
export type Priced = CostEstimate | { kind: 'failed'; reason: string };

export function priceOperation(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>, assumedListSize: number): Priced {
  try {
    return estimateCost(schema, document, operationName, variables, assumedListSize);
  } catch (error) {
    // Whatever went wrong (a RangeError from a document too deep to walk included), no price means no run.
    return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
}

/** armor reports "Syntax Error: <what> limit of N exceeded, found M."; we report it with a code and the numbers. */
function reportTo(limit: LimitName, n: number) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const found = Number(/found (\d+)/.exec(error.message)?.[1]);
    const message = error.message.replace(/^Syntax Error: /, '').replace(/\.$/, '');
    context?.reportError(limitError(limit, `${message} (${LIMIT_CODES[limit]}).`, Number.isFinite(found) ? { limit: n, found } : { limit: n }));
  };
}

const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more that (\d+) tokens/;

/** A File or Blob, native or Yoga's ponyfill (which is not an instance of the global Blob). */
function isFile(value: object): boolean {
  return typeof (value as Blob).arrayBuffer === 'function' && typeof (value as Blob).size === 'number';
}

/**
 * About the size of `value` as JSON, in bytes, and its deepest nesting, counting no further than
 * just past `maxBytes` or `maxDepth`. Iterative (an explicit stack), so no nesting overflows the
 * call stack. Uploaded files (multipart requests put them in the variables) are bounded by the
 * body limit, not this.
 */
export function measureVariables(value: unknown, maxBytes: number, maxDepth: number): { bytes: number; depth: number } {
  let bytes = 0;
  let depth = 0;
  const pending: { item: unknown; depth: number }[] = [{ item: value, depth: 0 }];
  while (pending.length > 0 && bytes <= maxBytes && depth <= maxDepth) {
    const { item, depth: at } = pending.pop()!;
    if (typeof item === 'string') bytes += Buffer.byteLength(item) + 2;
    else if (item === null || typeof item !== 'object') bytes += String(item).length;
    else if (isFile(item)) bytes += 2;
    else {
      depth = Math.max(depth, at + 1);
      bytes += 2;
      if (Array.isArray(item)) for (const element of item) (bytes += 1), pending.push({ item: element, depth: at + 1 });
      else for (const [key, element] of Object.entries(item)) (bytes += Buffer.byteLength(key) + 4), pending.push({ item: element, depth: at + 1 });
    }
  }
  return { bytes, depth };
}

interface PipelineContext {
  request?: Request;
  params?: { variables?: unknown };
}

/** Prices kept per document: one per distinct page size it was sent with, up to this many. */
const MAX_COSTS_PER_DOCUMENT = 100;

/** Arguments whose value changes an operation's price: page sizes, and the conditions of @skip and @include. */
const PRICED_ARGUMENTS = new Set(['first', 'if']);

const pricedVariablesOf = new WeakMap<DocumentNode, { names: string[]; inLiterals: boolean }>();

/**
 * The variables that feed a priced argument anywhere in the document (fragments included), and
 * whether a variable is put inside an argument literal (`config: { a: [$v] }`): such a literal is
 * checked against its size limit with each request's values, so its document is never priced from the cache.
 */
function pricedVariables(document: DocumentNode): { names: string[]; inLiterals: boolean } {
  let priced = pricedVariablesOf.get(document);
  if (!priced) {
    const found = new Set<string>();
    let inLiterals = false;
    visit(document, {
      Argument(argument) {
        if (!PRICED_ARGUMENTS.has(argument.name.value)) {
          if (argument.value.kind !== Kind.VARIABLE) visit(argument.value, { Variable: () => void (inLiterals = true) });
          return false;
        }
        visit(argument.value, { Variable: (variable) => void found.add(variable.name.value) });
        return false;
      },
    });
    pricedVariablesOf.set(document, (priced = { names: [...found].sort(), inLiterals }));
  }
  return priced;
}

/** What an operation's price depends on besides its document: its name and the priced variables' values. */
function costKey(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>): string {
  const { names } = pricedVariables(document);
  const operation = operationName ?? '';
  // An absent variable ('') differs from one sent as null: only the absent one takes its default.
  return [operation, ...names.map((name) => (Object.hasOwn(variables, name) ? JSON.stringify(variables[name]) : ''))].join('\0');
}

export function operationLimitPlugins(limits: OperationLimits): Plugin[] {
  const armor = EnvelopArmorPlugin({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: false, flattenFragments: true, propagateOnRejection: false, onReject: [reportTo('maxDepth', limits.maxDepth)] },
    maxAliases: { n: limits.maxAliases, allowList: [], propagateOnRejection: false, onReject: [reportTo('maxAliases', limits.maxAliases)] },
    maxDirectives: { n: limits.maxDirectives, propagateOnRejection: false, onReject: [reportTo('maxDirectives', limits.maxDirectives)] },
    // Tokens: graphql's own parser counts them (below); cost: priced at execution (below);
    // suggestions: hidden by hideFieldSuggestions, which also covers variable coercion errors.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });

  const parsing: Plugin = {
    onParse({ context, setParseFn }) {
      const { params, request } = context as PipelineContext;
      const { bytes, depth } = measureVariables(params?.variables ?? null, limits.maxVariablesBytes, limits.maxVariablesDepth);
      if (depth > limits.maxVariablesDepth) {
        throw limitError(
          'maxVariablesDepth',
          `Variables nesting limit of ${limits.maxVariablesDepth} levels exceeded (${LIMIT_CODES.maxVariablesDepth}).`,
          { limit: limits.maxVariablesDepth },
          request !== undefined,
        );
      }
      if (bytes > limits.maxVariablesBytes) {
        throw limitError(
          'maxVariablesBytes',
          `Variables limit of ${limits.maxVariablesBytes} bytes exceeded (${LIMIT_CODES.maxVariablesBytes}).`,
          { limit: limits.maxVariablesBytes },
          request !== undefined,
        );
      }
      setParseFn((source, options) => {
        try {
          return parse(source, { ...options, maxTokens: limits.maxTokens });
        } catch (error) {
          if (error instanceof GraphQLError && TOKEN_LIMIT_MESSAGE.test(error.message)) {
            throw limitError('maxTokens', `Token limit of ${limits.maxTokens} exceeded (${LIMIT_CODES.maxTokens}).`, { limit: limits.maxTokens }, request !== undefined);
          }
          // graphql's parser recurses: with a raised token limit a deep enough document overflows the stack.
          if (error instanceof RangeError) throw tooDeepToCheck(limits.maxDepth, request !== undefined);
          throw error;
        }
      });
    },
    // Validation (the depth limit's walk included) recurses too: a document too deep for it is refused, not a crash.
    onValidate({ validateFn, setValidationFn }) {
      setValidationFn((...args) => {
        try {
          return validateFn(...args);
        } catch (error) {
          if (error instanceof RangeError) return [tooDeepToCheck(limits.maxDepth, false)];
          throw error;
        }
      });
    },
  };

  // Priced once per document, operation and values of the variables the price depends on (page
  // sizes and @skip/@include conditions); most operations have none, so each is priced once.
  const knownCosts = new WeakMap<DocumentNode, Map<string, Priced>>();
  const costOf = (schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | null | undefined) => {
    let known = knownCosts.get(document);
    if (!known) knownCosts.set(document, (known = new Map()));
    const key = costKey(document, operationName, variables ?? {});
    let cost = known.get(key);
    if (cost === undefined) {
      cost = priceOperation(schema, document, operationName, variables ?? {}, limits.assumedListSize);
      if (known.size < MAX_COSTS_PER_DOCUMENT && cost.kind !== 'refused' && !pricedVariables(document).inLiterals) known.set(key, cost);
    }
    return cost;
  };
  const refuseIfTooCostly = (args: { schema: GraphQLSchema; document: DocumentNode; operationName?: string | null; variableValues?: Record<string, unknown> | null; contextValue?: unknown }) => {
    const priced = costOf(args.schema, args.document, args.operationName, args.variableValues);
    const overHttp = (args.contextValue as PipelineContext | undefined)?.request !== undefined;
    // Invalid variables (or no such operation): execute() refuses them itself, before any resolver.
    if (priced.kind === 'invalid') return null;
    if (priced.kind === 'refused') return refusal(String(priced.error.extensions.code ?? 'BAD_USER_INPUT'), priced.error.message, { ...priced.error.extensions }, overHttp);
    if (priced.kind === 'failed') {
      return refusal(COST_ESTIMATE_FAILED, `The cost of this operation could not be estimated, so it is refused (${COST_ESTIMATE_FAILED}): ${priced.reason}.`, { limit: limits.maxCost }, overHttp);
    }
    const { cost } = priced;
    if (cost <= limits.maxCost) return null;
    const found = Number.isSafeInteger(cost) ? cost : Number.MAX_SAFE_INTEGER;
    return limitError(
      'maxCost',
      `Query cost limit of ${limits.maxCost} exceeded: this operation costs ${found === cost ? cost : `more than ${found}`} (${LIMIT_CODES.maxCost}). Ask for fewer or smaller lists (page sizes count, other lists count as their hint or ${limits.assumedListSize}).`,
      { limit: limits.maxCost, found },
      overHttp,
    );
  };
  const cost: Plugin = {
    onExecute({ args, setResultAndStopExecution }) {
      const error = refuseIfTooCostly(args);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const error = refuseIfTooCostly(args);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
  return [parsing, armor as Plugin, cost, responseSizeLimit(limits.maxResponseBytes)];
}

/**
 * Replaces a result larger than `maxBytes` (measured before serialisation) by a refusal without
 * data: over HTTP a 400 like the other limits, over graphql-ws an error payload. A mutation that
 * ran has made its change; only its result is withheld. A subscription event over the limit is
 * replaced the same way and the subscription goes on.
 */
function responseSizeLimit(maxBytes: number): Plugin {
  const tooLarge = (overHttp: boolean) =>
    limitError(
      'maxResponseBytes',
      `Response size limit of ${maxBytes} bytes exceeded (${LIMIT_CODES.maxResponseBytes}): ask for fewer fields, fewer aliases or smaller pages.`,
      { limit: maxBytes },
      overHttp,
    );
  const check = (result: ExecutionResult, setResult: (result: ExecutionResult) => void, overHttp: boolean) => {
    if (responseBytesUpTo(result, maxBytes) > maxBytes) setResult({ errors: [tooLarge(overHttp)] });
  };
  const overHttpOf = (contextValue: unknown) => (contextValue as PipelineContext | undefined)?.request !== undefined;
  return {
    onExecute: ({ args }) => ({
      onExecuteDone: ({ result, setResult }) => {
        if (!isAsyncIterable(result)) return check(result, setResult, overHttpOf(args.contextValue));
        // @defer/@stream: the payloads of one operation together, so splitting a result cannot pass the limit.
        setResult(cappedPayloads(result, maxBytes, () => tooLarge(false)));
      },
    }),
    onSubscribe: () => ({
      onSubscribeResult: ({ result, setResult }) => {
        // A refusal made before the stream opened (not an event): measured like a query's result.
        if (!isAsyncIterable(result)) return check(result, setResult, false);
        // Events go out one by one on a stream that already answered 200: no HTTP status to set.
        return { onNext: ({ result: event, setResult: setEvent }) => check(event, setEvent, false) };
      },
    }),
  };
}

/**
 * The payloads of an incremental result while their sizes add up to at most `maxBytes`; the one
 * that passes it is replaced by the refusal, marked last, and the rest of the execution is dropped.
 * A plain iterator rather than an async generator, so a client that leaves is let go at once.
 */
function cappedPayloads(source: AsyncIterable<ExecutionResult>, maxBytes: number, refusal: () => GraphQLError): AsyncIterableIterator<ExecutionResult> {
  const payloads = source[Symbol.asyncIterator]();
  let total = 0;
  let finished = false;
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      if (finished) return { done: true, value: undefined };
      const step = await payloads.next();
      if (step.done) {
        finished = true;
        return step;
      }
      total += responseBytesUpTo(step.value, maxBytes - total);
      if (total <= maxBytes) return step;
      finished = true;
      void payloads.return?.();
      return { done: false, value: { errors: [refusal()], hasNext: false } as ExecutionResult };
    },
    async return(value?: unknown) {
      finished = true;
      await payloads.return?.();
      return { done: true, value };
    },
  };
}

const SUGGESTION = /\s*Did you mean [^?]*\?/g;

function withoutSuggestions(result: { errors?: readonly Error[] }): void {
  for (const error of result.errors ?? []) {
    const message = error.message.replace(SUGGESTION, '');
    if (message !== error.message) error.message = message;
  }
}

/**
 * Drops "Did you mean ...?" from validation errors and from variable errors raised when
 * executing, so a client cannot map a hidden schema by trial and error (production mode).
 */
export function hideFieldSuggestions(): Plugin {
  return {
    onValidate: () => ({ valid, result }) => {
      if (!valid) withoutSuggestions({ errors: result });
    },
    onExecute: () => ({
      onExecuteDone: ({ result }) => {
        if (!(Symbol.asyncIterator in result)) withoutSuggestions(result);
      },
    }),
    onSubscribe: () => ({
      onSubscribeResult: ({ result }) => {
        if (!(Symbol.asyncIterator in result)) withoutSuggestions(result);
      },
    }),
  };
}
