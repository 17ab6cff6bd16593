/**
 * graphql-js refuses variables and arguments that do not fit their types while executing, with
 * errors that carry no `extensions.code` ('Variable "$x" got invalid value ...', 'Argument "x"
 * has invalid value ...'). They are the caller's input errors: this plugin gives them
 * BAD_USER_INPUT, in one place, over HTTP, SSE and graphql-ws; so does a negative
 * `@stream(initialCount:)`, refused before execution.
 */
import { GraphQLError, getDirectiveValues, visit, type DirectiveNode, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';

const INPUT_ERROR = /^(Variable "\$[^"]+" (got invalid value|of required type|of non-null type)|Argument "[^"]+" (has invalid value|of required type|of non-null type))/;

function withInputCodes(result: ExecutionResult, setResult: (result: ExecutionResult) => void): void {
  if (!result.errors?.some((error) => error.extensions?.code === undefined && INPUT_ERROR.test(error.message))) return;
  const errors = result.errors.map((error) =>
    error.extensions?.code === undefined && INPUT_ERROR.test(error.message)
      ? new GraphQLError(error.message, { nodes: error.nodes, path: error.path, originalError: error.originalError, extensions: { ...error.extensions, code: 'BAD_USER_INPUT' } })
      : error,
  );
  setResult({ ...result, errors });
}

/** Each document's @stream directives (documents are parsed once and reused, so this walks each once). */
const streamsOf = new WeakMap<DocumentNode, DirectiveNode[]>();

/**
 * `@stream(initialCount:)` below 0 would reach the executor as an internal invariant failure
 * (masked as INTERNAL_SERVER_ERROR); it is the caller's input, so it is refused before execution.
 */
function negativeInitialCount({ document, schema, variableValues }: ExecutionArgs): GraphQLError | null {
  let streams = streamsOf.get(document);
  if (!streams) {
    const found: DirectiveNode[] = [];
    visit(document, { Directive: (node) => void (node.name.value === 'stream' && found.push(node)) });
    streamsOf.set(document, (streams = found));
  }
  const stream = streams.length ? schema.getDirective('stream') : undefined;
  if (!stream) return null;
  for (const node of streams) {
    let count: unknown;
    try {
      count = getDirectiveValues(stream, { directives: [node] }, variableValues ?? {})?.initialCount;
    } catch {
      continue; // a variable of the wrong type: the executor reports it as usual
    }
    if (typeof count === 'number' && count < 0) {
      return new GraphQLError(`@stream initialCount must be 0 or more, not ${count}`, { nodes: [node], extensions: { code: 'BAD_USER_INPUT' } });
    }
  }
  return null;
}

export function inputErrorCodes(): Plugin {
  return {
    onExecute: ({ args, setResultAndStopExecution }) => {
      const refused = negativeInitialCount(args);
      if (refused) setResultAndStopExecution({ errors: [refused] });
      return {
        onExecuteDone: ({ result, setResult }) => {
          if (!isAsyncIterable(result)) withInputCodes(result, setResult);
        },
      };
    },
    onSubscribe: () => ({
      onSubscribeResult: ({ result, setResult }) => {
        if (!isAsyncIterable(result)) withInputCodes(result, setResult);
      },
    }),
  };
}
