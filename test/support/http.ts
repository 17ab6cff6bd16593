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

/**
 * POSTs an operation with `Accept: multipart/mixed` (incremental delivery: @defer/@stream) and reads
 * the parts as they arrive, handing each parsed payload to `onPayload` at once; resolves with the
 * status, content type and every payload once the response ends. `extra` adds fields (extensions).
 */
export async function postMultipart(
  url: string,
  query: string | undefined,
  { variables, headers = {}, extra = {}, onPayload = () => {} }: { variables?: Record<string, unknown>; headers?: Record<string, string>; extra?: Record<string, unknown>; onPayload?: (payload: any) => void } = {},
): Promise<{ status: number; contentType: string | null; payloads: any[] }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'multipart/mixed', ...headers },
    body: JSON.stringify({ query, variables, ...extra }),
  });
  const payloads: any[] = [];
  let pending = Buffer.alloc(0);
  const reader = response.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    pending = Buffer.concat([pending, value]);
    // Each part: headers with Content-Length, a blank line, then that many bytes of JSON.
    for (;;) {
      const head = /Content-Length: (\d+)\r\n\r\n/.exec(pending.toString('latin1'));
      if (!head) break;
      const start = head.index + head[0].length;
      const end = start + Number(head[1]);
      if (pending.length < end) break;
      const payload = JSON.parse(pending.subarray(start, end).toString('utf8'));
      payloads.push(payload);
      onPayload(payload);
      pending = pending.subarray(end);
    }
  }
  return { status: response.status, contentType: response.headers.get('content-type'), payloads };
}
