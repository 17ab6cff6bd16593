/**
 * What graphql-ws does with each connection and operation, as plain ServerOptions (no server, no
 * socket bookkeeping; websocket.ts wires them to `ws`). Credentials come in connectionParams and
 * are checked once at connection_init; each operation then runs through Yoga's own envelop
 * pipeline (getEnveloped with the operation's params), so every Yoga plugin applies and every
 * operation gets a fresh context (session, loaders), never one per connection. With a rate
 * limiter, connection_init pays before its credentials are checked upstream and each `subscribe`
 * message before it is parsed (rate-limit.ts), like an HTTP request.
 */
import type { Extra } from 'graphql-ws/use/ws';
import { CloseCode, type Context as WsContext, type ServerOptions } from 'graphql-ws';
import { GraphQLError, getOperationAST, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { isAsyncIterable, type YogaServerInstance } from 'graphql-yoga';
import { readCredentials, type Credentials } from '../upstream/credentials.ts';
import { tooManySubscriptions, type WebSocketLimits } from './websocket-limits.ts';
import type { CredentialVerdict } from './credential-check.ts';
import type { CallerRateLimiter } from './rate-limit.ts';
import { sendingToSocket } from './ws-next-messages.ts';

/** What a WebSocket operation adds to Yoga's initial context (over WS there is no `request`). */
export interface WebSocketOperationContext {
  connectionParams: Record<string, unknown>;
  /** Aborted when the operation completes or its socket closes. */
  signal: AbortSignal;
}

/** A connectionParams value read like an HTTP header: the name matches whatever its case. */
export function connectionParam(params: Record<string, unknown> | undefined, name: string): unknown {
  if (!params) return undefined;
  if (name in params) return params[name];
  const wanted = name.toLowerCase();
  return Object.entries(params).find(([key]) => key.toLowerCase() === wanted)?.[1];
}

/** Close code for "try again later": the upstream could not check the credentials. */
const TRY_AGAIN_LATER = 1013;

type EnvelopedArgs = ExecutionArgs & {
  rootValue: {
    execute: (args: ExecutionArgs) => unknown;
    subscribe: (args: ExecutionArgs) => unknown;
    /** Where a subscription's results are written directly (ws-next-messages.ts). */
    socket: Extra['socket'];
    id: string;
  };
};

type Ctx = WsContext<Record<string, unknown>, Extra>;

export interface GraphQLWsDependencies {
  yoga: YogaServerInstance<any, any>;
  /** Proves a connection's credentials at connection_init (credential-check.ts). */
  verify: (credentials: Credentials) => Promise<CredentialVerdict>;
  limits: Pick<WebSocketLimits, 'connectionInitWaitTimeoutMs' | 'maxSubscriptionsPerConnection'>;
  /** Budgets of connection_init and of each operation (none: unlimited). */
  rateLimiter?: CallerRateLimiter | null;
  /** The upgrade request's client address (client-address.ts), for per-address budgets. */
  clientAddress: (request: Extra['request']) => string;
  /** A connection whose credentials were accepted (websocket.ts closes it when they are refused later). */
  onAccepted?: (credentials: Credentials, socket: Extra['socket']) => void;
}

/** Close code and reason of a connection_init over its client address's (or credential's) rate budget. */
export const TOO_MANY_REQUESTS = CloseCode.TooManyInitialisationRequests;
export const tooManyRequestsReason = (retryAfterMs: number) => `Too many requests: try again in ${Math.max(1, Math.ceil(retryAfterMs / 1000))} s`;

export function graphqlWsOptions({ yoga, verify, limits, rateLimiter, clientAddress, onAccepted }: GraphQLWsDependencies): ServerOptions<Record<string, unknown>, Extra> {
  /** The credentials each accepted connection presented. */
  const credentialsOf = new WeakMap<Ctx, Credentials>();
  const addressOf = (ctx: Ctx) => clientAddress(ctx.extra.request);
  /** A connection's operations in flight; `subscription` once admitted under the per-connection limit. */
  const operations = new WeakMap<Ctx, Map<string, { controller: AbortController; subscription: boolean }>>();
  const operationsOf = (ctx: Ctx) => {
    let map = operations.get(ctx);
    if (!map) operations.set(ctx, (map = new Map()));
    return map;
  };
  const finish = (ctx: Ctx, id: string) => {
    operationsOf(ctx).get(id)?.controller.abort();
    operationsOf(ctx).delete(id);
  };
  /** The operation's errors instead of running it; thrown, they would close the whole socket (4500). */
  const refuse = (ctx: Ctx, id: string, errors: readonly GraphQLError[]) => {
    finish(ctx, id);
    return [...errors];
  };

  return {
    connectionInitWaitTimeout: limits.connectionInitWaitTimeoutMs,
    // Yoga's enveloped execute/subscribe travel in rootValue so each operation uses its own.
    execute: (args) => (args as EnvelopedArgs).rootValue.execute(args) as any,
    // A subscription's results are written to the socket from a payload serialized once per shared result.
    subscribe: async (args) => {
      const { subscribe, socket, id } = (args as EnvelopedArgs).rootValue;
      const result = (await subscribe(args)) as ExecutionResult | AsyncIterableIterator<ExecutionResult>;
      return isAsyncIterable(result) ? sendingToSocket(result, socket, id) : result;
    },
    onConnect: async (ctx) => {
      const credentials = readCredentials((name) => connectionParam(ctx.connectionParams, name));
      const wait = rateLimiter ? await rateLimiter.admitConnection(credentials, addressOf(ctx)) : null;
      // Closed before graphql-ws closes it with 4403 for the `false` below; the first close wins.
      if (wait !== null) ctx.extra.socket.close(TOO_MANY_REQUESTS, tooManyRequestsReason(wait));
      if (wait !== null || !credentials) return false;
      const verdict = await verify(credentials);
      // Not the client's fault: a close code the client may retry on, unlike 4403.
      if (verdict === 'unavailable') ctx.extra.socket.close(TRY_AGAIN_LATER, 'the fleet upstream is unavailable');
      if (verdict !== 'accepted') return false;
      credentialsOf.set(ctx, credentials);
      onAccepted?.(credentials, ctx.extra.socket);
      return true;
    },
    onSubscribe: async (ctx, id, payload) => {
      const controller = new AbortController();
      const operation = { controller, subscription: false };
      operationsOf(ctx).set(id, operation);
      // Paid before parsing, so unparsable and invalid documents cost a point like over HTTP.
      const overBudget = rateLimiter ? await rateLimiter.admitOperation(credentialsOf.get(ctx) ?? null, addressOf(ctx)) : null;
      if (overBudget) return refuse(ctx, id, [overBudget]);
      const operationContext: WebSocketOperationContext = { connectionParams: ctx.connectionParams ?? {}, signal: controller.signal };
      const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({ ...operationContext, params: payload });
      let document: ExecutionArgs['document'];
      try {
        document = parse(payload.query);
      } catch (error) {
        if (error instanceof GraphQLError) return refuse(ctx, id, [error]);
        finish(ctx, id);
        throw error;
      }
      const errors = validate(schema, document);
      if (errors.length) return refuse(ctx, id, errors);
      const definition = getOperationAST(document, payload.operationName);
      // graphql-ws would answer this itself, but without onComplete, so the operation would stay counted.
      if (!definition) return refuse(ctx, id, [new GraphQLError('Unable to identify operation: name the operation to run with operationName')]);
      if (definition.operation === 'subscription') {
        // Counted before the await below, so subscribes arriving together cannot all slip under the limit.
        const open = [...operationsOf(ctx).values()].filter((o) => o.subscription).length;
        if (open >= limits.maxSubscriptionsPerConnection) return refuse(ctx, id, [tooManySubscriptions(limits.maxSubscriptionsPerConnection)]);
        operation.subscription = true;
      }
      const args: EnvelopedArgs = {
        schema,
        operationName: payload.operationName,
        document,
        variableValues: payload.variables,
        contextValue: await contextFactory(),
        rootValue: { execute, subscribe, socket: ctx.extra.socket, id },
      };
      return args;
    },
    onComplete: (ctx, id) => finish(ctx, id),
    onClose: (ctx) => {
      for (const { controller } of operationsOf(ctx).values()) controller.abort();
      operations.delete(ctx);
    },
  };
}
