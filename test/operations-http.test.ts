/**
 * What browsers and raw HTTP clients meet: CSRF prevention (a request a browser could send
 * without a preflight must carry a non-simple header), CORS (same-origin only unless origins are
 * configured), the body limits (small for JSON, large for multipart uploads, also for bodies
 * without Content-Length) and batching off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import { startGateway, type Gateway } from '../src/gateway/server.ts';
import { parseUpstreamUrl } from '../src/upstream/target.ts';
import { codeOf, postJson } from './support/http.ts';

const JSON_LIMIT = 16 * 1024;

let t: TestGateway;
let withOrigins: Gateway;

beforeAll(async () => {
  t = await startTestGateway({ gateway: { security: { maxJsonBodyBytes: JSON_LIMIT } } });
  withOrigins = await startGateway({
    upstream: parseUpstreamUrl(`http://${t.fleet.address}`),
    port: 0,
    security: { corsOrigins: ['https://fleet.example.com'] },
  });
});
afterAll(async () => {
  await withOrigins?.close();
  await t?.close();
});

const UPLOAD = 'mutation($module: ID!, $file: File!) { uploadModuleFile(moduleId: $module, version: "1.0.0", platform: "linux/amd64", file: $file) { id } }';

function uploadForm(bytes: number): FormData {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: UPLOAD, variables: { module: 'demo:csrf', file: null } }));
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', new Blob([new Uint8Array(bytes)], { type: 'application/gzip' }), 'module.tar.gz');
  return form;
}

describe('CSRF prevention', () => {
  const getUrl = () => `${t.gateway.url}?query=${encodeURIComponent('{ __typename }')}`;

  it('refuses a GET a page on another site could make (no preflight header) with 403', async () => {
    const response = await fetch(getUrl(), { headers: { accept: 'application/graphql-response+json' } });
    expect(response.status).toBe(403);
    expect(((await response.json()) as any).errors[0].message).toBe('Required CSRF header(s) not present');
  });

  it('accepts it with x-graphql-yoga-csrf, apollo-require-preflight, or credentials (all force a preflight)', async () => {
    for (const headers of [{ 'x-graphql-yoga-csrf': '1' }, { 'apollo-require-preflight': 'true' }, t.demoHeaders, { authorization: 'Bearer x' }]) {
      const response = await fetch(getUrl(), { headers: { accept: 'application/graphql-response+json', ...headers } });
      expect(response.status, JSON.stringify(headers)).toBe(200);
      expect(((await response.json()) as any).data).toEqual({ __typename: 'Query' });
    }
  });

  it('refuses a multipart or text/plain POST without such a header, and lets our uploads (with credentials) through', async () => {
    const bare = await fetch(t.gateway.url, { method: 'POST', body: uploadForm(10) });
    expect(bare.status).toBe(403);
    const text = await fetch(t.gateway.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(text.status).toBe(403);
    await t.ok('mutation($org: ID!) { createModule(organizationId: $org, name: "csrf") { id } }', { org: t.fleet.orgId });
    const upload = await fetch(t.gateway.url, { method: 'POST', headers: t.demoHeaders, body: uploadForm(10) });
    expect(upload.status).toBe(200);
    expect(((await upload.json()) as any).data.uploadModuleFile.id).toBe('demo:csrf');
  });
});

describe('CORS', () => {
  const preflight = (url: string, origin: string) =>
    fetch(url, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-viam-api-key-id,x-viam-api-key' },
    });

  it('by default allows no other origin: no CORS headers on the preflight or the response', async () => {
    const response = await preflight(t.gateway.url, 'https://evil.example.com');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-headers')).toBeNull();
    const post = await postJson(t.gateway.url, '{ __typename }', { headers: { origin: 'https://evil.example.com', ...t.demoHeaders } });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows a configured origin, with the credential headers, and no other', async () => {
    const allowed = await preflight(withOrigins.url, 'https://fleet.example.com');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://fleet.example.com');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('x-viam-api-key');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const post = await postJson(withOrigins.url, '{ __typename }', { headers: { origin: 'https://fleet.example.com', ...t.demoHeaders } });
    expect(post.headers.get('access-control-allow-origin')).toBe('https://fleet.example.com');
    expect(post.headers.get('access-control-expose-headers')).toContain('x-request-id');

    const other = await preflight(withOrigins.url, 'https://evil.example.com');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('body limits', () => {
  it('refuses a JSON body over its limit with 413, by Content-Length', async () => {
    const result = await postJson(t.gateway.url, '{ __typename }', { headers: t.demoHeaders, extra: { padding: 'x'.repeat(JSON_LIMIT) } });
    expect(result.status).toBe(413);
    expect(codeOf(result)).toBe('REQUEST_ENTITY_TOO_LARGE');
    expect(result.body.errors?.[0]?.message).toContain(`${JSON_LIMIT} bytes`);
  });

  it('refuses a chunked JSON body (no Content-Length) once it passes the limit', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(4096));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"query":"{ __typename }"'));
        for (let i = 0; i < 8; i++) controller.enqueue(chunk);
        controller.enqueue(new TextEncoder().encode('}'));
        controller.close();
      },
    });
    const response = await fetch(t.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...t.demoHeaders },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
  });

  it('caps a JSON body by the overall body limit when that is the smaller one', async () => {
    const capped = await startGateway({ upstream: parseUpstreamUrl(`http://${t.fleet.address}`), port: 0, maxRequestBodyBytes: 512 });
    try {
      const result = await postJson(capped.url, '{ __typename }', { headers: t.demoHeaders, extra: { padding: 'x'.repeat(1024) } });
      expect(result.status).toBe(413);
      expect(codeOf(result)).toBe('REQUEST_ENTITY_TOO_LARGE');
      expect(result.body.errors?.[0]?.message).toContain('512 bytes');
      const small = await postJson(capped.url, '{ __typename }', { headers: t.demoHeaders });
      expect(small.status).toBe(200);
    } finally {
      await capped.close();
    }
  });

  it('lets a multipart upload far bigger than the JSON limit through', async () => {
    await t.ok('mutation($org: ID!) { createModule(organizationId: $org, name: "big") { id } }', { org: t.fleet.orgId });
    const form = uploadForm(JSON_LIMIT * 20);
    form.set('operations', JSON.stringify({ query: UPLOAD, variables: { module: 'demo:big', file: null } }));
    const response = await fetch(t.gateway.url, { method: 'POST', headers: t.demoHeaders, body: form });
    const result = (await response.json()) as any;
    expect(result.errors).toBeUndefined();
    expect(result.data.uploadModuleFile.id).toBe('demo:big');
  });
});

describe('batching', () => {
  it('is off: an array of operations is refused', async () => {
    const response = await fetch(t.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...t.demoHeaders },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).errors[0].message).toBe('Batching is not supported.');
    expect(t.fleet.server.calls.count('ListOrganizations')).toBe(0);
  });
});

describe('request ids', () => {
  it('echoes a sane x-request-id, and makes one up otherwise', async () => {
    const given = await postJson(t.gateway.url, '{ __typename }', { headers: { ...t.demoHeaders, 'x-request-id': 'trace-42.a' } });
    expect(given.headers.get('x-request-id')).toBe('trace-42.a');
    const made = await postJson(t.gateway.url, '{ __typename }', { headers: t.demoHeaders });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const insane = await postJson(t.gateway.url, '{ __typename }', { headers: { ...t.demoHeaders, 'x-request-id': 'a b' } });
    expect(insane.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect((await fetch(new URL('/healthz', t.gateway.url))).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
