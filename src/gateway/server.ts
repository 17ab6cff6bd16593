/**
 * The GraphQL gateway: Yoga on a node:http server, one upstream client shared by all requests,
 * and a fresh context (credentials, upstream session, DataLoaders) per operation.
 */
import http from 'node:http';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createYoga } from 'graphql-yoga';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { schema } from '../schema/index.ts';
import { UpstreamClient } from '../upstream/client.ts';
import { TokenCache, readCredentials } from '../upstream/credentials.ts';
import { UpstreamSession } from '../upstream/session.ts';
import type { UpstreamTarget } from '../upstream/target.ts';
import { createGraphQLContext } from './context.ts';
import { graphiqlOptions } from './graphiql.ts';

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
}

export interface Gateway {
  /** http://host:port/graphql */
  url: string;
  port: number;
  upstream: UpstreamClient;
  tokens: TokenCache;
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
    context: ({ request }) => {
      const credentials = readCredentials((name) => request.headers.get(name) ?? undefined);
      const session = new UpstreamSession(upstream, tokens, credentials, request.signal, options.maxUpstreamCallsPerRequest);
      return createGraphQLContext(session, request.headers.get('x-request-id') ?? crypto.randomUUID());
    },
  });
}

export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const upstream = new UpstreamClient(options.upstream, { deadlineMs: options.upstreamDeadlineMs ?? 10_000 });
  const tokens = new TokenCache(upstream);
  const yoga = createGatewayYoga(upstream, tokens, options);
  const server = http.createServer(yoga);
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
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      upstream.close();
    },
  };
}
