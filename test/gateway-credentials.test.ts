/**
 * Caller credentials end to end: bearer tokens passed through, API keys exchanged once and cached,
 * tokens exchanged again when the upstream refuses them, and no upstream call without credentials.
 * Upstream effects are counted on the fleet server (server.calls).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, errorCode, type TestGateway, apiKeyHeaders } from './support/gateway.ts';
import { keyWithRole } from './support/fleet.ts';
import { SIGNING_KEY_FILE } from '../src/fleet-server/auth.ts';
import { UNKNOWN_ID } from './support/fixtures.ts';
import { startFleetServer } from '../src/fleet-server/server.ts';

const ORGS = '{ organizations { id name } }';

let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t.close());

/** A fresh owner key of the demo organization, so its token is not cached yet. */
function freshKeyHeaders(fleet = t.fleet): Record<string, string> {
  return apiKeyHeaders(keyWithRole(fleet.server.db, fleet.orgId, 'organization_owner', fleet.orgId));
}

describe('credentials', () => {
  it('passes a bearer token through without exchanging anything', async () => {
    const token = await t.fleet.authenticate(t.fleet.keyId, t.fleet.key);
    t.fleet.server.calls.reset();
    const data = await t.ok(ORGS, {}, { authorization: `Bearer ${token}` });
    expect(data.organizations.map((o: any) => o.id)).toEqual([t.fleet.orgId]);
    expect(t.fleet.server.calls.snapshot()).toEqual({ ListOrganizations: 1 });
  });

  it('exchanges an API key once and reuses the token across requests', async () => {
    const headers = freshKeyHeaders();
    t.fleet.server.calls.reset();
    for (let i = 0; i < 3; i++) await t.ok(ORGS, {}, headers);
    expect(t.fleet.server.calls.snapshot()).toEqual({ Authenticate: 1, ListOrganizations: 3 });
  });

  it('exchanges a key once even when its first requests arrive together', async () => {
    const headers = freshKeyHeaders();
    t.fleet.server.calls.reset();
    const results = await Promise.all(Array.from({ length: 10 }, () => t.ok(ORGS, {}, headers)));
    expect(results.every((d) => d.organizations[0].id === t.fleet.orgId)).toBe(true);
    expect(t.fleet.server.calls.count('Authenticate')).toBe(1);
  });

  it('never sends an authorization header on Authenticate, even when the caller sent one the gateway does not use', async () => {
    // The fleet server refuses Authenticate with an authorization header (as Viam does), so this
    // exchange passing proves the caller's header was not forwarded.
    const headers = { ...freshKeyHeaders(), authorization: 'Basic dXNlcjpwYXNz' };
    t.fleet.server.calls.reset();
    await t.ok(ORGS, {}, headers);
    expect(t.fleet.server.calls.snapshot()).toEqual({ Authenticate: 1, ListOrganizations: 1 });
  });

  it('answers UNAUTHENTICATED without any upstream call when no credentials are sent', async () => {
    t.fleet.server.calls.reset();
    const incomplete: Record<string, string>[] = [{}, { authorization: 'Basic dXNlcjpwYXNz' }, { 'x-viam-api-key-id': t.fleet.keyId }];
    for (const headers of incomplete) {
      const result = await t.gql(`{ organizations { id } robot(id: "${UNKNOWN_ID}") { id } }`, {}, headers);
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
      expect(result.errors?.[0]?.message).toMatch(/x-viam-api-key-id/);
    }
    expect(t.fleet.server.calls.snapshot()).toEqual({});
  });

  it('answers UNAUTHENTICATED for a wrong key after a single exchange attempt, without echoing the key', async () => {
    const wrongKey = 'wrong-key-' + crypto.randomBytes(8).toString('hex');
    t.fleet.server.calls.reset();
    const result = await t.gql(ORGS, {}, apiKeyHeaders({ id: t.fleet.keyId, key: wrongKey }));
    expect(result.data?.organizations).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', grpcStatus: 'UNAUTHENTICATED' });
    expect(JSON.stringify(result)).not.toContain(wrongKey);
    expect(t.fleet.server.calls.snapshot()).toEqual({ Authenticate: 1 });
  });

  it('answers UNAUTHENTICATED for a bearer token the upstream refuses, without retrying it', async () => {
    t.fleet.server.calls.reset();
    const result = await t.gql(ORGS, {}, { authorization: 'Bearer not-a-token' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', grpcStatus: 'UNAUTHENTICATED' });
    expect(t.fleet.server.calls.snapshot()).toEqual({ ListOrganizations: 1 });
  });
});

describe('tokens the upstream stops accepting', () => {
  let dataDir: string;
  let r: TestGateway;
  let restarted: Awaited<ReturnType<typeof startFleetServer>> | undefined;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gateway-credentials-'));
    r = await startTestGateway({ fleet: { dataDir } });
  });
  afterAll(async () => {
    await r.close();
    await restarted?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('exchanges the key again, once, when the upstream refuses the cached token (its signing key was rotated)', async () => {
    await r.ok(ORGS);
    const { locations } = await r.fleet.app.call('ListLocations', { organization_id: r.fleet.orgId });
    const { robots } = await r.fleet.app.call('ListRobotsForLocations', { location_ids: locations.map((l: any) => l.id) });

    // Restart the fleet server on the same port and data with a new token signing key (deleting
    // its file makes a new one): every token issued before, including the gateway's, is invalid.
    await r.fleet.server.close();
    fs.rmSync(path.join(dataDir, SIGNING_KEY_FILE));
    restarted = await startFleetServer({ dataDir, port: r.fleet.server.port, log: () => {} });

    // Several upstream calls in parallel, all sent with the stale token, all refused.
    const data = await r.ok(
      `query($a: ID!, $b: ID!, $loc: ID!) { organizations { id } a: robot(id: $a) { name } b: robot(id: $b) { name } location(id: $loc) { name } }`,
      { a: robots[0].id, b: robots[1].id, loc: locations[0].id },
    );
    expect(data.organizations[0].id).toBe(r.fleet.orgId);
    expect([data.a.name, data.b.name]).toEqual([robots[0].name, robots[1].name]);
    expect(restarted.calls.count('Authenticate')).toBe(1);
    // Each call went twice: refused with the stale token, then answered with the new one.
    expect(restarted.calls.count('ListOrganizations')).toBe(2);
    expect(restarted.calls.count('GetRobot')).toBe(4);

    await r.ok(ORGS);
    expect(restarted.calls.count('Authenticate')).toBe(1);
    expect(restarted.calls.count('ListOrganizations')).toBe(3);
  });
});

describe('short-lived tokens', () => {
  let s: TestGateway;
  beforeAll(async () => {
    s = await startTestGateway({ fleet: { tokenTtlSeconds: 3 } });
  });
  afterAll(() => s.close());

  it('reuses a token that lives only seconds, and replaces it before the upstream would refuse it', async () => {
    s.fleet.server.calls.reset();
    const issuedAt = Date.now();
    await s.ok(ORGS);
    await s.ok(ORGS);
    expect(s.fleet.server.calls.snapshot()).toEqual({ Authenticate: 1, ListOrganizations: 2 });

    // Wait until the token has expired for certain (exp has a one-second resolution).
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, issuedAt + 4_100 - Date.now())));
    await s.ok(ORGS);
    // A new exchange, and no refused call before it.
    expect(s.fleet.server.calls.snapshot()).toEqual({ Authenticate: 2, ListOrganizations: 3 });
  });
});
