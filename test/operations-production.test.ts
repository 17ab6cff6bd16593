/**
 * Production mode and trusted documents, against running gateways on one fleet server:
 * - production: no introspection (over HTTP and websockets), no GraphiQL, no "Did you mean"
 *   (validation and variables), unexpected errors masked without details; --graphiql and
 *   --introspection bring them back on purpose;
 * - trusted documents: only listed operations run, by id over HTTP and by their exact text over
 *   graphql-ws; anything else gets a clear PERSISTED_QUERY_* error and no upstream call.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { status as grpcStatus } from '@grpc/grpc-js';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import { startGateway, type Gateway, type GatewayOptions } from '../src/gateway/server.ts';
import { parseUpstreamUrl } from '../src/upstream/target.ts';
import { loadTrustedDocuments } from '../src/gateway/trusted-documents.ts';
import { schema } from '../src/schema/index.ts';
import { codeOf, postJson, postMultipart } from './support/http.ts';
import { wsClient } from './support/live-logs.ts';

let t: TestGateway;
const extra: Gateway[] = [];

beforeAll(async () => {
  t = await startTestGateway({ gateway: { security: { production: true } } });
});
afterAll(async () => {
  for (const gateway of extra) await gateway.close();
  await t?.close();
});
afterEach(() => {
  t.fleet.server.calls.fail('ListOrganizations', grpcStatus.OK, 0);
  t.fleet.server.calls.reset();
});

async function another(options: Partial<GatewayOptions>): Promise<Gateway> {
  const gateway = await startGateway({ upstream: parseUpstreamUrl(`http://${t.fleet.address}`), port: 0, ...options });
  extra.push(gateway);
  return gateway;
}

const INTROSPECTION = '{ __schema { queryType { name } } }';

describe('production mode', () => {
  it('refuses introspection over HTTP and over websockets, but answers __typename', async () => {
    for (const query of [INTROSPECTION, '{ __type(name: "Robot") { name } }']) {
      const result = await postJson(t.gateway.url, query, { headers: t.demoHeaders });
      expect(result.status).toBe(400);
      expect(result.body.errors?.[0]?.message).toMatch(/introspection has been disabled/);
    }
    const ws = wsClient(t.gateway.url, t.demoHeaders);
    try {
      const overWs = await ws.query(INTROSPECTION);
      expect(overWs.errors?.[0]?.message).toMatch(/introspection has been disabled/);
      expect(overWs.data ?? null).toBeNull();
    } finally {
      await ws.dispose();
    }
    expect((await postJson(t.gateway.url, '{ __typename }', { headers: t.demoHeaders })).body.data).toEqual({ __typename: 'Query' });
  });

  it('serves no GraphiQL', async () => {
    const page = await fetch(t.gateway.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('<title>fleetgraph</title>');
    expect(page.headers.get('content-type') ?? '').not.toContain('text/html');
  });

  it('hides field suggestions, in validation and in variable errors', async () => {
    const typo = await postJson(t.gateway.url, '{ organizatons { id } }', { headers: t.demoHeaders });
    expect(typo.body.errors?.[0]?.message).toBe('Cannot query field "organizatons" on type "Query".');
    const variables = await postJson(t.gateway.url, 'mutation($org: ID!, $input: AuthorizationInput!) { addRole(organizationId: $org, input: $input) { authorizationId } }', {
      headers: t.demoHeaders,
      variables: { org: t.fleet.orgId, input: { resourceId: t.fleet.orgId, resourceType: 'ORGANIZATION', role: 'OWNER', identityI: 'x' } },
    });
    const message = variables.body.errors?.[0]?.message ?? '';
    expect(message).toContain('Field "identityI" is not defined by type "AuthorizationInput".');
    expect(message).not.toMatch(/Did you mean|identityId/);

    // Not in production: the suggestions are there (so the assertions above can fail).
    const development = await another({ security: { production: false } });
    const suggested = await postJson(development.url, '{ organizatons { id } }', { headers: t.demoHeaders });
    expect(suggested.body.errors?.[0]?.message).toMatch(/Did you mean "organizations"/);
  });

  it('masks unexpected errors without details', async () => {
    t.fleet.server.calls.fail('ListOrganizations', grpcStatus.INTERNAL);
    const result = await postJson(t.gateway.url, '{ organizations { id } }', { headers: t.demoHeaders });
    expect(result.body.errors?.[0]?.message).toBe('Unexpected error.');
    expect(result.body.errors?.[0]?.extensions?.originalError).toBeUndefined();
    expect(JSON.stringify(result.body)).not.toMatch(/injected|ListOrganizations|stack|grpcStatus/);

    // With NODE_ENV=development (and not in production) the details are there: what the above rules out.
    const environment = process.env.NODE_ENV;
    process.env.NODE_ENV = 'development';
    const development = await another({ security: { production: false } }).finally(() => (process.env.NODE_ENV = environment));
    const detailed = await postJson(development.url, '{ organizations { id } }', { headers: t.demoHeaders });
    expect(detailed.body.errors?.[0]?.extensions?.originalError?.message).toContain('injected INTERNAL for ListOrganizations');
  });

  it('with --graphiql and --introspection asked for, serves both', async () => {
    const opened = await another({ security: { production: true, graphiql: true, introspection: true } });
    const page = await fetch(opened.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('<title>fleetgraph</title>');
    const result = await postJson(opened.url, INTROSPECTION, { headers: t.demoHeaders });
    expect(result.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('trusted documents', () => {
  const FLEET = 'query TrustedFleet { organizations { name locations { name } } }';
  const ORG = 'query TrustedOrg($id: ID!) { organization(id: $id) { name } }';
  const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');
  let trusted: Gateway;

  beforeAll(async () => {
    trusted = await another({ trustedDocuments: new Map([[sha256(FLEET), FLEET], ['org-by-id', ORG]]) });
  });

  const byId = (id: string, variables?: Record<string, unknown>) =>
    postJson(trusted.url, undefined, { headers: t.demoHeaders, variables, extra: { extensions: { persistedQuery: { version: 1, sha256Hash: id } } } });

  it('runs a listed operation sent by its id, over POST and GET', async () => {
    const posted = await byId(sha256(FLEET));
    expect(posted.body.errors).toBeUndefined();
    expect(posted.body.data.organizations[0].name).toBe('Demo Fleet');
    const named = await byId('org-by-id', { id: t.fleet.orgId });
    expect(named.body.data).toEqual({ organization: { name: 'Demo Fleet' } });

    const url = new URL(trusted.url);
    url.searchParams.set('extensions', JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(FLEET) } }));
    const viaGet = await fetch(url, { headers: { accept: 'application/graphql-response+json', ...t.demoHeaders } });
    expect(((await viaGet.json()) as any).data.organizations[0].name).toBe('Demo Fleet');
  });

  it('refuses any other operation, even the text of a listed one, before any upstream call', async () => {
    const text = await postJson(trusted.url, FLEET, { headers: t.demoHeaders });
    expect(text.status).toBe(400);
    expect(codeOf(text)).toBe('PERSISTED_QUERY_ONLY');
    expect(text.body.errors?.[0]?.message).toMatch(/trusted documents only/);
    const unknown = await byId(sha256('{ organizations { id } }'));
    expect(unknown.status).toBe(400);
    expect(codeOf(unknown)).toBe('PERSISTED_QUERY_NOT_FOUND');
    const introspection = await postJson(trusted.url, INTROSPECTION, { headers: t.demoHeaders });
    expect(codeOf(introspection)).toBe('PERSISTED_QUERY_ONLY');
    expect(t.fleet.server.calls.snapshot()).toEqual({});
  });

  it('over graphql-ws runs the exact text of a listed operation only', async () => {
    const ws = wsClient(trusted.url, t.demoHeaders);
    try {
      const listed = await ws.query(FLEET);
      expect(listed.errors).toBeUndefined();
      expect(listed.data.organizations[0].name).toBe('Demo Fleet');
      t.fleet.server.calls.reset();
      const other = await ws.query('{ organizations { id } }');
      expect(other.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      const almost = await ws.query(`${FLEET} `);
      expect(almost.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      // The lazy client reconnects per query, and every connection proves its key with an Authenticate; nothing else is called.
      const { Authenticate: _connects, ...calls } = t.fleet.server.calls.snapshot();
      expect(calls).toEqual({});
    } finally {
      await ws.dispose();
    }
  });

  it('loads the list from a JSON file and refuses to start on a document that is not valid here', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fleetgraph-trusted-'));
    try {
      const good = path.join(dir, 'good.json');
      fs.writeFileSync(good, JSON.stringify({ [sha256(FLEET)]: FLEET }));
      expect([...loadTrustedDocuments(good, schema).keys()]).toEqual([sha256(FLEET)]);
      const bad = path.join(dir, 'bad.json');
      fs.writeFileSync(bad, JSON.stringify({ typo: '{ organizatons { id } }' }));
      expect(() => loadTrustedDocuments(bad, schema)).toThrow(/document typo is not valid here: Cannot query field "organizatons"/);
      const notJson = path.join(dir, 'not.json');
      fs.writeFileSync(notJson, '[1, 2');
      expect(() => loadTrustedDocuments(notJson, schema)).toThrow(/--trusted-documents .*not\.json/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loads documents with @defer and @stream, held to the rules the gateway applies to them, and runs them by id', async () => {
    const DEFERRED = 'query TrustedDeferred($id: ID!) { organization(id: $id) { name ... @defer(label: "robots") { robots @stream(initialCount: 1) { name } } } }';
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fleetgraph-trusted-'));
    try {
      const file = path.join(dir, 'deferred.json');
      fs.writeFileSync(file, JSON.stringify({ [sha256(DEFERRED)]: DEFERRED }));
      const documents = loadTrustedDocuments(file, schema);
      // The plugin's own rules hold at load too: @stream only on a list.
      const misused = path.join(dir, 'misused.json');
      fs.writeFileSync(misused, JSON.stringify({ misused: 'query($id: ID!) { organization(id: $id) { name @stream(initialCount: 1) } }' }));
      expect(() => loadTrustedDocuments(misused, schema)).toThrow(/document misused is not valid here: Stream directive cannot be used on non-list field "name"/);

      const deferring = await another({ trustedDocuments: documents });
      const result = await postMultipart(deferring.url, undefined, {
        variables: { id: t.fleet.orgId },
        headers: t.demoHeaders,
        extra: { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(DEFERRED) } } },
      });
      expect(result.contentType).toMatch(/^multipart\/mixed/);
      expect(result.payloads[0]).toEqual({ data: { organization: { name: 'Demo Fleet' } }, hasNext: true });
      const later = result.payloads.slice(1).flatMap((payload) => payload.incremental ?? []);
      expect(later[0]).toMatchObject({ label: 'robots', data: { robots: [{ name: expect.any(String) }] } });
      expect(later.slice(1).flatMap((item) => item.items ?? []).length).toBeGreaterThan(0);
      expect(result.payloads.at(-1).hasNext).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
