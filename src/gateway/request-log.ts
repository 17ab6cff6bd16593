/**
 * A request id and one access log line per HTTP request (method, path, operation, status,
 * duration), and one line per graphql-ws operation. The id comes from `x-request-id` when the
 * client (or a proxy) sent a sane one, is made up otherwise, and is echoed in the response.
 * Nothing of the body, the query string or the headers is logged.
 */
import crypto from 'node:crypto';
import type http from 'node:http';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from './logger.ts';
import type { GraphQLContext } from '../context.ts';
import { socketAddress } from './client-address.ts';

export const REQUEST_ID_HEADER = 'x-request-id';
const SANE_REQUEST_ID = /^[\w.:@/+=-]{1,128}$/;

/** The incoming id when it looks like one (no spaces, no control characters, bounded), else a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && SANE_REQUEST_ID.test(value) ? value : crypto.randomUUID();
}

interface RequestInfo {
  requestId: string;
  operation?: string;
  operationType?: string;
  /** extensions.code of the errors in the result (codes only: messages may quote input). */
  errorCodes?: string[];
}

const requests = new WeakMap<http.IncomingMessage, RequestInfo>();

/** The id given to this HTTP request by `logRequest`. */
export function requestIdOf(req: http.IncomingMessage | undefined): string | undefined {
  return req ? requests.get(req)?.requestId : undefined;
}

/** The request's path without the query string (cheaper than parsing the whole URL on every request). */
export const pathOf = (req: http.IncomingMessage): string => (req.url ?? '/').split('?')[0]!;

function errorCodesOf(result: { errors?: readonly { extensions?: { code?: unknown } }[] }): string[] | undefined {
  if (!result.errors?.length) return undefined;
  return [...new Set(result.errors.map((e) => String(e.extensions?.code ?? 'UNKNOWN')))];
}

/** Gives the request its id (also in the response headers) and logs it once the response is done. */
export function logRequest(logger: Logger, req: http.IncomingMessage, res: http.ServerResponse, clientAddress: (req: http.IncomingMessage) => string = socketAddress): void {
  const started = performance.now();
  const info: RequestInfo = { requestId: requestIdFrom(req.headers[REQUEST_ID_HEADER]) };
  // Now: by the time the response closes, the socket may be detached from the request.
  const address = clientAddress(req);
  requests.set(req, info);
  res.setHeader(REQUEST_ID_HEADER, info.requestId);
  // Credentials in the headers are censored by the logger (logger.ts).
  if (logger.isLevelEnabled('debug')) {
    logger.debug({ requestId: info.requestId, method: req.method, path: pathOf(req), headers: req.headers, remoteAddress: req.socket.remoteAddress, clientAddress: address }, 'request received');
  }
  res.once('close', () => {
    const fields = {
      requestId: info.requestId,
      method: req.method,
      path: pathOf(req),
      clientAddress: address,
      operation: info.operation,
      operationType: info.operationType,
      errorCodes: info.errorCodes,
      status: res.statusCode,
      // Closed before the response was complete: the client went away, or the shutdown deadline passed.
      aborted: res.writableFinished ? undefined : true,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    };
    if (res.statusCode >= 500) logger.error(fields, 'request');
    else logger.info(fields, 'request');
  });
}

/**
 * Yoga plugin: puts the operation name and type on the HTTP request's log line, and logs each
 * graphql-ws operation (which has no request of its own) when it ends.
 */
export function operationLogPlugin(logger: Logger): Plugin {
  const describe = (args: { document: Parameters<typeof getOperationAST>[0]; operationName?: string | null }) => {
    const operation = getOperationAST(args.document, args.operationName ?? undefined);
    return { operation: operation?.name?.value ?? 'anonymous', operationType: operation?.operation ?? 'unknown' };
  };
  const track = (args: { document: Parameters<typeof getOperationAST>[0]; operationName?: string | null; contextValue: unknown }) => {
    const context = args.contextValue as Partial<GraphQLContext> & { req?: http.IncomingMessage };
    const described = describe(args);
    const info = context.req ? requests.get(context.req) : undefined;
    if (info) Object.assign(info, described);
    const started = performance.now();
    /** Called with the result (none for a subscription that ended): notes it on the request's line, or logs the websocket operation. */
    return (result: { errors?: readonly { extensions?: { code?: unknown } }[] } | null) => {
      const errorCodes = result ? errorCodesOf(result) : undefined;
      if (info) {
        info.errorCodes = errorCodes;
        return;
      }
      const outcome = result ? (errorCodes ? 'error' : 'ok') : 'ended';
      logger.info({ requestId: context.requestId, transport: 'ws', ...described, outcome, errorCodes, durationMs: Math.round((performance.now() - started) * 10) / 10 }, 'operation');
    };
  };
  return {
    // A refused operation (validation, a depth, alias or directive limit) never executes: noted here.
    onValidate: ({ params, context }) => ({ valid, result }) => {
      if (valid) return;
      const operationName = (context as { params?: { operationName?: string } }).params?.operationName;
      track({ document: params.documentAST, operationName, contextValue: context })(
        // Yoga adds GRAPHQL_VALIDATION_FAILED to graphql's own errors only later.
        { errors: result.map((e) => ({ extensions: { code: (e as { extensions?: { code?: unknown } }).extensions?.code ?? 'GRAPHQL_VALIDATION_FAILED' } })) },
      );
    },
    onExecute: ({ args }) => {
      const done = track(args);
      return { onExecuteDone: ({ result }) => done(Symbol.asyncIterator in result ? {} : result) };
    },
    onSubscribe: ({ args }) => {
      const done = track(args);
      return {
        onSubscribeResult: ({ result }) => {
          if (!(Symbol.asyncIterator in result)) return done(result);
          return { onEnd: () => done(null) };
        },
      };
    },
  };
}
