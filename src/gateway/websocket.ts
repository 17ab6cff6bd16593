/**
 * GraphQL over WebSocket (graphql-ws 6, `ws`) on the HTTP server's port and path. Credentials come
 * in connectionParams and are checked once in onConnect; each operation then runs through Yoga's
 * own envelop pipeline (getEnveloped with the operation's params), so every Yoga plugin applies
 * and every operation gets a fresh context (session, loaders) — never one per connection.
 * Limits (websocket-limits.ts): message size, connection_init wait, subscriptions per socket,
 * sockets per client address.
 */
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import type { Context as WsContext, ServerOptions } from 'graphql-ws';
import { GraphQLError, getOperationAST, type ExecutionArgs } from 'graphql';
import type { YogaServerInstance } from 'graphql-yoga';
import { readCredentials, type Credentials, type TokenCache } from '../upstream/credentials.ts';
import { UpstreamSession } from '../upstream/session.ts';
import type { UpstreamClient } from '../upstream/client.ts';
import { ConnectionsPerAddress, DEFAULT_WEBSOCKET_LIMITS, refuseUpgrade, tooManySubscriptions, type WebSocketLimits } from './websocket-limits.ts';

/** What a WebSocket operation adds to Yoga's initial context (over WS there is no `request`). */
export interface WebSocketOperationContext {
  connectionParams: Record<string, unknown>;
  /** Aborted when the operation completes or its socket closes. */
  signal: AbortSignal;
}

export interface WebSocketOptions extends Partial<WebSocketLimits> {
  path: string;
  /** Server pings this often; a client that misses a pong is dropped. */
  keepAliveMs?: number;
}

export interface GraphQLWebSocketServer {
  /** Open sockets. */
  readonly sockets: number;
  /** Closes every socket (1001 Going away, terminated if it does not close soon) and stops accepting. */
  close(): Promise<void>;
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
const CLOSE_GRACE_MS = 500;

type Verdict = 'accepted' | 'refused' | 'unavailable';

/**
 * An API key is checked by exchanging it again, never from the token cache (a cached token may
 * have outlived its deleted key); the fresh token is cached for the operations. A bearer token is
 * signed upstream, so the gateway cannot check it itself; one ListOrganizations per connection
 * (not per operation) checks it, so a bad token is refused at connect (4403) rather than failing
 * each operation later.
 */
export async function checkCredentials(upstream: UpstreamClient, tokens: TokenCache, credentials: Credentials): Promise<Verdict> {
  const session = new UpstreamSession(upstream, tokens, credentials);
  try {
    if (credentials.kind === 'api-key') await tokens.verify(credentials);
    else await session.call('ListOrganizations', {});
    return 'accepted';
  } catch (error) {
    const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
    return code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT' ? 'refused' : 'unavailable';
  }
}

/**
 * `ws` reports a client's bad frames (over maxPayload, invalid UTF-8, bad opcodes) as a socket
 * 'error' after it has already closed the socket with the right code (1009, 1007, 1002).
 * graphql-ws prints every socket error as an internal error with its stack; for these, which any
 * client can cause at will, it stays quiet. Runs after graphql-ws added its listener.
 */
function quietClientFrameErrors(socket: WebSocket): void {
  for (const listener of socket.listeners('error') as ((error: Error) => void)[]) {
    socket.off('error', listener);
    socket.once('error', (error: Error & { code?: unknown }) => {
      if (typeof error.code === 'string' && error.code.startsWith('WS_ERR_')) return;
      listener.call(socket, error);
    });
  }
}

type EnvelopedArgs = ExecutionArgs & {
  rootValue: { execute: (args: ExecutionArgs) => unknown; subscribe: (args: ExecutionArgs) => unknown };
};

/** The options that were given, so an explicit `undefined` does not replace a default. */
function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}

export function attachGraphQLWebSocket(
  server: http.Server,
  yoga: YogaServerInstance<any, any>,
  upstream: UpstreamClient,
  tokens: TokenCache,
  options: WebSocketOptions,
): GraphQLWebSocketServer {
  const limits: WebSocketLimits = { ...DEFAULT_WEBSOCKET_LIMITS, ...definedOnly(options) };
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxPayloadBytes });
  const perAddress = new ConnectionsPerAddress(limits.maxConnectionsPerAddress);
  type Ctx = WsContext<Record<string, unknown>, Extra>;
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

  const graphqlWs: ServerOptions<Record<string, unknown>, Extra> = {
    connectionInitWaitTimeout: limits.connectionInitWaitTimeoutMs,
    // Yoga's enveloped execute/subscribe travel in rootValue so each operation uses its own.
    execute: (args) => (args as EnvelopedArgs).rootValue.execute(args) as any,
    subscribe: (args) => (args as EnvelopedArgs).rootValue.subscribe(args) as any,
    onConnect: async (ctx) => {
      const credentials = readCredentials((name) => connectionParam(ctx.connectionParams, name));
      if (!credentials) return false;
      const verdict = await checkCredentials(upstream, tokens, credentials);
      // Not the client's fault: a close code the client may retry on, unlike 4403.
      if (verdict === 'unavailable') ctx.extra.socket.close(TRY_AGAIN_LATER, 'the fleet upstream is unavailable');
      return verdict === 'accepted';
    },
    onSubscribe: async (ctx, id, payload) => {
      const controller = new AbortController();
      const operation = { controller, subscription: false };
      operationsOf(ctx).set(id, operation);
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
        rootValue: { execute, subscribe },
      };
      return args;
    },
    onComplete: (ctx, id) => finish(ctx, id),
    onClose: (ctx) => {
      for (const { controller } of operationsOf(ctx).values()) controller.abort();
      operations.delete(ctx);
    },
  };
  useServer(graphqlWs, wss, options.keepAliveMs ?? 12_000);
  wss.on('connection', quietClientFrameErrors);

  const onUpgrade = (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const { pathname } = new URL(request.url ?? '/', 'http://gateway');
    if (pathname !== options.path) return refuseUpgrade(socket, 404, 'Not Found');
    if (!perAddress.admit(request, socket)) return;
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  };
  server.on('upgrade', onUpgrade);

  return {
    get sockets() {
      return wss.clients.size;
    },
    async close() {
      server.off('upgrade', onUpgrade);
      const open = [...wss.clients].filter((ws) => ws.readyState === ws.OPEN);
      await Promise.race([
        Promise.all(open.map((ws) => new Promise<void>((resolve) => (ws.once('close', () => resolve()), ws.close(1001, 'Going away'))))),
        new Promise<void>((resolve) => setTimeout(resolve, CLOSE_GRACE_MS).unref()),
      ]);
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
