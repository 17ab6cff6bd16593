/**
 * Raw HTTP against a running gateway for the hardening and operations tests: the status and
 * headers matter there, not only the GraphQL result.
 */
import type { GraphQLResponse } from './gateway.ts';

export interface HttpResult<T = any> {
  status: number;
  headers: Headers;
  body: GraphQLResponse<T>;
}

export const GRAPHQL_ACCEPT = 'application/graphql-response+json, application/json';

/** POSTs `{ query, variables, ... }` as JSON with `headers`; `extra` adds fields (operationName, extensions). */
export async function postJson<T = any>(
  url: string,
  query: string | undefined,
  { variables, headers = {}, extra = {} }: { variables?: Record<string, unknown>; headers?: Record<string, string>; extra?: Record<string, unknown> } = {},
): Promise<HttpResult<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: GRAPHQL_ACCEPT, ...headers },
    body: JSON.stringify({ query, variables, ...extra }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResponse<T> };
}

/** The first error's extensions.code. */
export const codeOf = (result: { body: GraphQLResponse }) => result.body.errors?.[0]?.extensions?.code as string | undefined;

/** `/graphql` → the same origin with another path. */
export const siblingUrl = (graphqlUrl: string, path: string) => new URL(path, graphqlUrl).toString();
