/**
 * graphql-js refuses variables and arguments that do not fit their types while executing, with
 * errors that carry no `extensions.code` ('Variable "$x" got invalid value ...', 'Argument "x"
 * has invalid value ...'). They are the caller's input errors: this plugin gives them
 * BAD_USER_INPUT, in one place, over HTTP, SSE and graphql-ws.
 */
import { GraphQLError, type ExecutionResult } from 'graphql';
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

export function inputErrorCodes(): Plugin {
  return {
    onExecute: () => ({
      onExecuteDone: ({ result, setResult }) => {
        if (!isAsyncIterable(result)) withInputCodes(result, setResult);
      },
    }),
    onSubscribe: () => ({
      onSubscribeResult: ({ result, setResult }) => {
        if (!isAsyncIterable(result)) withInputCodes(result, setResult);
      },
    }),
  };
}
