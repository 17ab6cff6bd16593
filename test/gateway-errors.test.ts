/**
 * Upstream gRPC statuses as GraphQL errors: every mapped code with extensions.grpcStatus, the
 * transport failures (upstream down, upstream too slow), and unmapped statuses masked by Yoga.
 * No error carries a key, a token or a secret.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type GraphQLResponse, type TestGateway, apiKeyHeaders } from './support/gateway.ts';
import { ownedOrganization } from './support/fleet.ts';
import { UNKNOWN_ID } from './support/fixtures.ts';
import { insertLocation } from '../src/fleet-server/locations.ts';
import { insertRobot } from '../src/fleet-server/robots.ts';
import { insertFragment } from '../src/fleet-server/fragments.ts';
import { MAX_MESSAGE_BYTES } from '../src/wire/protos.ts';

let t: TestGateway;
let strangerHeaders: Record<string, string>;
let demoRobotId: string;
/** Every error response of this file, checked at the end for leaked credentials. */
const responses: GraphQLResponse[] = [];
const secrets: string[] = [];
const NEVER_EXCHANGED = apiKeyHeaders({ id: crypto.randomUUID(), key: 'never-exchanged-key' });

async function gqlOn(gateway: TestGateway, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) {
  const result = await gateway.gql(query, variables, headers);
  responses.push(result);
  return result;
}
const gql = (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => gqlOn(t, query, variables, headers);

function onlyError(result: GraphQLResponse) {
  expect(result.errors).toHaveLength(1);
  return result.errors![0]!;
}

beforeAll(async () => {
  t = await startTestGateway();
  const db = t.fleet.server.db;
  const { orgId, owner: stranger } = ownedOrganization(db, 'Stranger Fleet');
  insertRobot(db, insertLocation(db, orgId, 'Elsewhere', null).id, 'stranger-bot');
  strangerHeaders = apiKeyHeaders(stranger);
  secrets.push(t.fleet.key, stranger.key, await t.fleet.authenticate(t.fleet.keyId, t.fleet.key));
  const { locations } = await t.fleet.app.call('ListLocations', { organization_id: t.fleet.orgId });
  demoRobotId = (await t.fleet.app.call('ListRobots', { organization_id: t.fleet.orgId, location_id: locations[0].id })).robots[0].id;
});
afterAll(() => t.close());

describe('mapped upstream statuses', () => {
  it('INVALID_ARGUMENT → BAD_USER_INPUT', async () => {
    const error = onlyError(await gql(`mutation($org: ID!) { createFragment(organizationId: $org, name: "   ") { id } }`, { org: t.fleet.orgId }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', grpcStatus: 'INVALID_ARGUMENT', rpc: 'CreateFragment' });
    expect(error.path).toEqual(['createFragment']);
  });

  it('NOT_FOUND → NOT_FOUND, nulling only that field', async () => {
    const result = await gql(`query($id: ID!) { missing: fragment(id: "${UNKNOWN_ID}") { id } robot(id: $id) { id } }`, { id: demoRobotId });
    expect(onlyError(result).extensions).toMatchObject({ code: 'NOT_FOUND', grpcStatus: 'NOT_FOUND' });
    expect(result.data).toEqual({ missing: null, robot: { id: demoRobotId } });
  });

  it('ALREADY_EXISTS → ALREADY_EXISTS', async () => {
    await t.ok(`mutation($org: ID!) { createModule(organizationId: $org, name: "twice") { id } }`, { org: t.fleet.orgId });
    const error = onlyError(await gql(`mutation($org: ID!) { createModule(organizationId: $org, name: "twice") { id } }`, { org: t.fleet.orgId }));
    expect(error.extensions).toMatchObject({ code: 'ALREADY_EXISTS', grpcStatus: 'ALREADY_EXISTS' });
  });

  it('PERMISSION_DENIED → FORBIDDEN', async () => {
    const error = onlyError(await gql(`query($id: ID!) { robot(id: $id) { name } }`, { id: demoRobotId }, strangerHeaders));
    expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', grpcStatus: 'PERMISSION_DENIED', rpc: 'GetRobot' });
  });

  it('UNAUTHENTICATED → UNAUTHENTICATED', async () => {
    const error = onlyError(await gql(`{ organizations { id } }`, {}, { authorization: 'Bearer expired.or.forged' }));
    expect(error.extensions).toMatchObject({ code: 'UNAUTHENTICATED', grpcStatus: 'UNAUTHENTICATED' });
  });

  it('FAILED_PRECONDITION → FAILED_PRECONDITION', async () => {
    const error = onlyError(
      await gql(`mutation($org: ID!, $input: AuthorizationInput!) { removeRole(organizationId: $org, input: $input) { role } }`, {
        org: t.fleet.orgId,
        input: { role: 'OWNER', resourceType: 'ORGANIZATION', resourceId: t.fleet.orgId, identityId: t.fleet.keyId },
      }),
    );
    expect(error.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', grpcStatus: 'FAILED_PRECONDITION', rpc: 'RemoveRole' });
  });
});

describe('unmapped upstream statuses', () => {
  it('masks INTERNAL as INTERNAL_SERVER_ERROR without upstream details, and keeps the rest of the tree', async () => {
    const db = t.fleet.server.db;
    // A broken store makes the fleet server fail with INTERNAL for fragment reads.
    db.exec('ALTER TABLE fragments RENAME TO fragments_unavailable');
    let result: GraphQLResponse;
    try {
      result = await gql(`query($org: ID!) { organization(id: $org) { name fragments { id } } }`, { org: t.fleet.orgId });
    } finally {
      db.exec('ALTER TABLE fragments_unavailable RENAME TO fragments');
    }
    const error = onlyError(result);
    expect(error.message).toBe('Unexpected error.');
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(error.path).toEqual(['organization', 'fragments']);
    expect(result.data).toEqual({ organization: { name: 'Demo Fleet', fragments: null } });
    const text = JSON.stringify(result);
    for (const leak of ['INTERNAL', 'ListFragments', 'internal error', 'fragments_unavailable', 'upstream']) {
      expect(text.replace('INTERNAL_SERVER_ERROR', '')).not.toContain(leak);
    }
  });
});

describe('messages over the gRPC size limit', () => {
  it('RESOURCE_EXHAUSTED "Sent message larger than max" → UPSTREAM_RESPONSE_TOO_LARGE, without grpc-js wording or numbers', async () => {
    // A fragment stored before fragment configs were bounded, bigger than one gRPC message.
    const db = t.fleet.server.db;
    const id = insertFragment(db, t.fleet.orgId, 'oversized', { blob: 'x'.repeat(MAX_MESSAGE_BYTES) });
    try {
      const result = await gql(`query($id: ID!, $robot: ID!) { fragment(id: $id) { name } robot(id: $robot) { id } }`, { id, robot: demoRobotId });
      const error = onlyError(result);
      expect(error.extensions).toEqual({ code: 'UPSTREAM_RESPONSE_TOO_LARGE', grpcStatus: 'RESOURCE_EXHAUSTED', rpc: 'GetFragment' });
      expect(error.message).not.toMatch(/larger than max|[0-9]{5,}/);
      expect(result.data).toEqual({ fragment: null, robot: { id: demoRobotId } });
    } finally {
      db.prepare('DELETE FROM fragments WHERE id = ?').run(id);
    }
  });
});

describe('transport failures', () => {
  it('UNAVAILABLE → UPSTREAM_UNAVAILABLE when the fleet server is down, without its address', async () => {
    const down = await startTestGateway();
    try {
      await down.ok(`{ organizations { id } }`);
      await down.fleet.server.close();
      // With a cached token the app call fails; with a key never seen, the exchange itself fails.
      for (const headers of [down.demoHeaders, NEVER_EXCHANGED]) {
        const result = await gqlOn(down, `{ organizations { id } }`, {}, headers);
        const error = onlyError(result);
        expect(error.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', grpcStatus: 'UNAVAILABLE' });
        expect(error.message).toBe('the fleet upstream is unavailable');
        expect(JSON.stringify(result)).not.toContain(String(down.fleet.server.port));
      }
    } finally {
      await down.close();
    }
  });

  it('DEADLINE_EXCEEDED → UPSTREAM_TIMEOUT for a slow call, while the other fields answer', async () => {
    const slow = await startTestGateway({ gateway: { upstreamDeadlineMs: 300 } });
    try {
      const query = `query($id: ID!) { organizations { name } robot(id: $id) { name } }`;
      const { locations } = await slow.fleet.app.call('ListLocations', { organization_id: slow.fleet.orgId });
      const robotId = (await slow.fleet.app.call('ListRobots', { organization_id: slow.fleet.orgId, location_id: locations[0].id })).robots[0].id;
      await slow.ok(query, { id: robotId });
      slow.fleet.server.calls.delay('GetRobot', 1_500);
      const result = await gqlOn(slow, query, { id: robotId });
      expect(onlyError(result).extensions).toMatchObject({ code: 'UPSTREAM_TIMEOUT', grpcStatus: 'DEADLINE_EXCEEDED', rpc: 'GetRobot' });
      expect(result.errors![0]!.message).toBe('the fleet upstream did not answer before the deadline');
      expect(result.data).toEqual({ organizations: [{ name: 'Demo Fleet' }], robot: null });
    } finally {
      await slow.close();
    }
  });
});

describe('secrets', () => {
  it('no error response of this file carries a key or a token', () => {
    expect(responses.length).toBeGreaterThan(8);
    expect(responses.every((r) => r.errors?.length)).toBe(true);
    const text = JSON.stringify(responses);
    for (const secret of [...secrets, 'never-exchanged-key']) expect(text).not.toContain(secret);
  });
});
