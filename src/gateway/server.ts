/**
 * The GraphQL gateway: Yoga on a node:http server, one upstream client shared by all requests,
 * and a fresh context (credentials, upstream session, DataLoaders) per operation.
 */
import http from 'node:http';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createYoga, type YogaInitialContext } from 'graphql-yoga';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { schema } from '../schema/index.ts';
import { UpstreamClient } from '../upstream/client.ts';
import { TokenCache, readCredentials } from '../upstream/credentials.ts';
import { UpstreamSession } from '../upstream/session.ts';
import type { UpstreamTarget } from '../upstream/target.ts';
import { createGraphQLContext } from './context.ts';
import { graphiqlOptions } from './graphiql.ts';
import { logViewerHandler } from './log-viewer/index.ts';
import { attachGraphQLWebSocket, connectionParam, type GraphQLWebSocketServer, type WebSocketOperationContext } from './websocket.ts';
import { logStreamsFor, type LogStreamOptions, type LogStreamRegistry } from '../upstream/log-streams.ts';

export interface GatewayOptions {
  upstream: UpstreamTarget;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Deadline of each upstream call. */
  upstreamDeadlineMs?: number;
  /** Upstream calls one operation may have in flight at once. */
  maxUpstreamCallsPerRequest?: number;
  /** Prefills GraphiQL's headers editor (embedded mode). */
  demoKey?: { apiKeyId: string; apiKey: string } | null;
  /** Live log subscriptions: subscriber buffer, reconnect backoff (defaults in log-streams.ts). */
  liveLogs?: Partial<LogStreamOptions>;
  /** Largest graphql-ws message a client may send (default 1 MiB). */
  wsMaxPayloadBytes?: number;
  /** Largest HTTP request body, module uploads included (default DEFAULT_MAX_REQUEST_BODY_BYTES). */
  maxRequestBodyBytes?: number;
}

/** The embedded fleet server's 64 MiB module limit plus room for the multipart envelope (Yoga's own default is 25 MB). */
export const DEFAULT_MAX_REQUEST_BODY_BYTES = 65 * 1024 * 1024;

export interface Gateway {
  /** http://host:port/graphql */
  url: string;
  port: number;
  upstream: UpstreamClient;
  tokens: TokenCache;
  /** graphql-ws on the same port and path. */
  webSockets: GraphQLWebSocketServer;
  /** Shared upstream log tails of live subscriptions. */
  logStreams: LogStreamRegistry;
  close(): Promise<void>;
}

export const GRAPHQL_PATH = '/graphql';

export function createGatewayYoga(upstream: UpstreamClient, tokens: TokenCache, options: GatewayOptions) {
  return createYoga({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    landingPage: false,
    graphiql: graphiqlOptions(options.demoKey ?? null),
    renderGraphiQL,
    maxRequestBodySize: options.maxRequestBodyBytes ?? DEFAULT_MAX_REQUEST_BODY_BYTES,
    // Over HTTP (and SSE) credentials are headers; over graphql-ws (no request) the same names in connectionParams.
    context: ({ request, connectionParams, signal }: YogaInitialContext & Partial<WebSocketOperationContext>) => {
      const get = (name: string) => (request ? request.headers.get(name) ?? undefined : connectionParam(connectionParams, name));
      const credentials = readCredentials(get);
      const session = new UpstreamSession(upstream, tokens, credentials, request?.signal ?? signal, options.maxUpstreamCallsPerRequest);
      const requestId = get('x-request-id');
      return createGraphQLContext(session, typeof requestId === 'string' ? requestId : crypto.randomUUID());
    },
  });
}

export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const upstream = new UpstreamClient(options.upstream, { deadlineMs: options.upstreamDeadlineMs ?? 10_000 });
  const tokens = new TokenCache(upstream);
  const logStreams = logStreamsFor(upstream, options.liveLogs);
  const yoga = createGatewayYoga(upstream, tokens, options);
  const logViewer = logViewerHandler({ graphqlPath: GRAPHQL_PATH, demoKey: options.demoKey ?? null });
  const server = http.createServer((req, res) => logViewer(req, res) || yoga(req, res));
  const websockets = attachGraphQLWebSocket(server, yoga, upstream, tokens, { path: GRAPHQL_PATH, maxPayloadBytes: options.wsMaxPayloadBytes });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4000, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const hostForUrl = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${hostForUrl}:${port}${GRAPHQL_PATH}`,
    port,
    upstream,
    tokens,
    webSockets: websockets,
    logStreams,
    async close() {
      // Upgraded sockets are not HTTP connections any more: closeAllConnections() does not end them.
      await websockets.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      logStreams.close();
      upstream.close();
    },
  };
}
