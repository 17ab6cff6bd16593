/**
 * Test harness for the gateway: a real fleet server (in memory) and a real gateway in front of
 * it on loopback ports; `gql` sends GraphQL over HTTP like any client would.
 */
import { startTestFleet, type TestFleet } from './fleet.ts';
import { startGateway, type Gateway, type GatewayOptions } from '../../src/gateway/server.ts';
import { parseUpstreamUrl } from '../../src/upstream/target.ts';
import type { FleetServerOptions } from '../../src/fleet-server/server.ts';
import { API_KEY_HEADER, API_KEY_ID_HEADER } from '../../src/upstream/credentials.ts';
import type { TlsTrust } from '../../src/upstream/tls.ts';
import type * as grpc from '@grpc/grpc-js';

/** The HTTP headers (or graphql-ws connectionParams) that present this API key. */
export const apiKeyHeaders = (key: { id: string; key: string }): Record<string, string> => ({ [API_KEY_ID_HEADER]: key.id, [API_KEY_HEADER]: key.key });

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface TestGateway {
  fleet: TestFleet;
  gateway: Gateway;
  /** Headers carrying the demo organization's owner key. */
  demoHeaders: Record<string, string>;
  /** POSTs a GraphQL operation; `headers` replace the demo key headers when given. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** Like gql, but fails the test on any GraphQL error and returns `data`. */
  ok<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<T>;
  close(): Promise<void>;
}

/**
 * With `fleet.tls` the gateway connects over TLS trusting `upstreamTrust` (CA, client
 * certificate); `fleetCredentials` are the TLS credentials of the harness's own gRPC clients.
 */
export async function startTestGateway(
  options: { fleet?: FleetServerOptions; gateway?: Partial<GatewayOptions>; upstreamTrust?: TlsTrust; fleetCredentials?: grpc.ChannelCredentials } = {},
): Promise<TestGateway> {
  const fleet = await startTestFleet(options.fleet, options.fleetCredentials);
  const upstream = parseUpstreamUrl(`${fleet.server.tls ? 'https' : 'http'}://${fleet.address}`, options.upstreamTrust ?? null);
  const gateway = await startGateway({ upstream, port: 0, ...options.gateway });
  const demoHeaders = apiKeyHeaders({ id: fleet.keyId, key: fleet.key });
  const gql = async (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...(headers ?? demoHeaders) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse;
  };
  return {
    fleet,
    gateway,
    demoHeaders,
    gql,
    async ok(query, variables, headers) {
      const result = await gql(query, variables, headers);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
      return result.data;
    },
    async close() {
      await gateway.close();
      await fleet.close();
    },
  };
}

/** The first error's extensions.code, or undefined. */
export const errorCode = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code as string | undefined;
