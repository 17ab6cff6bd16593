/**
 * Partial results: one failing field nulls that field only, with its mapped error, and the rest
 * of the tree comes back. Failures inside lists are made real by deleting a resource over gRPC
 * while the gateway's call for it is held back on the fleet server.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestGateway, type TestGateway, type GraphQLResponse, apiKeyHeaders } from './support/gateway.ts';
import { expectFieldError, idByName } from './support/graph.ts';
import { ownedOrganization } from './support/fleet.ts';
import { insertLocation } from '../src/fleet-server/locations.ts';
import { insertRobot } from '../src/fleet-server/robots.ts';
import { insertPart } from '../src/fleet-server/parts.ts';

let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t.close());

/** An organization of its own with an owner key, so deletions here touch nothing else. */
function freshOrganization(name: string) {
  const { orgId, owner } = ownedOrganization(t.fleet.server.db, name);
  return {
    orgId,
    headers: apiKeyHeaders(owner),
    /** An AppService gRPC client with the organization's key. */
    app: () => t.fleet.appAs(owner.id, owner.key),
  };
}

/**
 * Runs the query while `method` is held on the fleet server; once `count` calls of it have
 * arrived (so the gateway already read the tree above them), runs `meanwhile` and lets them go.
 */
async function whileHeld(method: string, count: number, meanwhile: () => Promise<unknown>, run: () => Promise<GraphQLResponse>) {
  const calls = t.fleet.server.calls;
  calls.reset();
  // Long enough for the deletion to land first even on a busy machine; nothing here measures time.
  calls.delay(method, 1000);
  try {
    const pending = run();
    await vi.waitFor(() => expect(calls.count(method)).toBeGreaterThanOrEqual(count), { timeout: 5000, interval: 5 });
    await meanwhile();
    return await pending;
  } finally {
    calls.delay(method, 0);
  }
}

describe('partial results', () => {
  it('nulls only the alias of a deleted robot, with NOT_FOUND, among several robot(id:) fields', async () => {
    const db = t.fleet.server.db;
    const rover = idByName(db, 'robots', 'rover-1');
    const arm = idByName(db, 'robots', 'arm-1');
    const doomed = insertRobot(db, idByName(db, 'locations', 'Headquarters'), 'short-lived').id;
    await t.fleet.app.call('DeleteRobot', { id: doomed });

    const result = await t.gql(
      `query($a: ID!, $b: ID!, $c: ID!) {
        a: robot(id: $a) { name parts { name } }
        b: robot(id: $b) { name parts { name } }
        c: robot(id: $c) { name location { name } }
      }`,
      { a: rover, b: doomed, c: arm },
    );
    const error = expectFieldError(result, ['b'], 'NOT_FOUND', 'NOT_FOUND');
    expect(error.message).toContain(doomed);
    expect(result.errors).toHaveLength(1);
    expect(result.data).toEqual({
      a: { name: 'rover-1', parts: [{ name: 'rover-1-main' }, { name: 'rover-1-camera' }] },
      b: null,
      c: { name: 'arm-1', location: { name: 'Assembly Line' } },
    });
  });

  it('nulls one part\'s history, not the part list, when that part is deleted while the histories load', async () => {
    const { orgId, headers, app } = freshOrganization('History Org');
    const grpcClient = await app();
    const db = t.fleet.server.db;
    const robot = insertRobot(db, insertLocation(db, orgId, 'Bay', null).id, 'historian');
    const doomed = insertPart(db, robot.id, 'historian-doomed');
    insertPart(db, robot.id, 'historian-kept');
    await t.ok('{ organizations { id } }', {}, headers);

    const result = await whileHeld(
      'GetRobotPartHistory',
      3,
      () => grpcClient.call('DeleteRobotPart', { part_id: doomed.id }),
      () => t.gql('query($id: ID!) { robot(id: $id) { name parts { name history { when } } } }', { id: robot.id }, headers),
    );
    const parts: { name: string; history: unknown }[] = result.data?.robot.parts;
    expect(parts.map((p) => p.name).sort()).toEqual(['historian-doomed', 'historian-kept', 'historian-main']);
    const doomedIndex = parts.findIndex((p) => p.name === 'historian-doomed');
    expectFieldError(result, ['robot', 'parts', doomedIndex, 'history'], 'NOT_FOUND', 'NOT_FOUND');
    expect(result.errors).toHaveLength(1);
    expect(parts.filter((_, i) => i !== doomedIndex).map((p) => p.history)).toEqual([[], []]);
  });

  it('nulls one robot\'s parts, not the organization\'s robot list, when that robot is deleted while parts load', async () => {
    const { orgId, headers, app } = freshOrganization('Parts Org');
    const grpcClient = await app();
    const db = t.fleet.server.db;
    const location = insertLocation(db, orgId, 'Hall', null).id;
    const robots = ['r-1', 'r-2', 'r-3'].map((name) => insertRobot(db, location, name));
    await t.ok('{ organizations { id } }', {}, headers);

    const result = await whileHeld(
      'GetRobotParts',
      3,
      () => grpcClient.call('DeleteRobot', { id: robots[1]!.id }),
      () => t.gql('query($id: ID!) { organization(id: $id) { name robots { name parts { name } } } }', { id: orgId }, headers),
    );
    expect(result.data?.organization.name).toBe('Parts Org');
    const listed: { name: string; parts: unknown }[] = result.data?.organization.robots;
    expect(listed.map((r) => r.name).sort()).toEqual(['r-1', 'r-2', 'r-3']);
    const doomedIndex = listed.findIndex((r) => r.name === 'r-2');
    expectFieldError(result, ['organization', 'robots', doomedIndex, 'parts'], 'NOT_FOUND', 'NOT_FOUND');
    expect(result.errors).toHaveLength(1);
    expect(listed.filter((_, i) => i !== doomedIndex).map((r) => r.parts)).toEqual(
      listed.filter((_, i) => i !== doomedIndex).map((r) => [{ name: `${r.name}-main` }]),
    );
  });

  it('nulls only the robots of a location deleted while the batched robot listing runs', async () => {
    const { orgId, headers, app } = freshOrganization('Sites Org');
    const grpcClient = await app();
    const db = t.fleet.server.db;
    const north = insertLocation(db, orgId, 'North', null).id;
    const empty = insertLocation(db, orgId, 'Empty', null).id;
    const south = insertLocation(db, orgId, 'South', null).id;
    insertRobot(db, north, 'n-1');
    insertRobot(db, south, 's-1');
    await t.ok('{ organizations { id } }', {}, headers);

    const result = await whileHeld(
      'ListRobotsForLocations',
      1,
      () => grpcClient.call('DeleteLocation', { location_id: empty }),
      // robotCount keeps this tree off ListMachineSummaries: it is the per-RPC path under test here.
      () => t.gql('query($id: ID!) { organization(id: $id) { locations { name robotCount robots { name } } } }', { id: orgId }, headers),
    );
    const locations: { name: string; robots: unknown }[] = result.data?.organization.locations;
    expect(locations.map((l) => l.name).sort()).toEqual(['Empty', 'North', 'South']);
    const emptyIndex = locations.findIndex((l) => l.name === 'Empty');
    expectFieldError(result, ['organization', 'locations', emptyIndex, 'robots'], 'NOT_FOUND', 'NOT_FOUND');
    expect(result.errors).toHaveLength(1);
    expect(locations.find((l) => l.name === 'North')?.robots).toEqual([{ name: 'n-1' }]);
    expect(locations.find((l) => l.name === 'South')?.robots).toEqual([{ name: 's-1' }]);
  });

  it('keeps the rest of a mutation\'s operation when one mutation field fails', async () => {
    const hq = idByName(t.fleet.server.db, 'locations', 'Headquarters');
    const result = await t.gql(
      `mutation($loc: ID!) {
        good: newRobot(locationId: $loc, name: "partial-good") { name }
        bad: newRobot(locationId: $loc, name: "") { name }
        after: newRobot(locationId: $loc, name: "partial-after") { name }
      }`,
      { loc: hq },
    );
    expectFieldError(result, ['bad'], 'BAD_USER_INPUT', 'INVALID_ARGUMENT');
    expect(result.data).toEqual({ good: { name: 'partial-good' }, bad: null, after: { name: 'partial-after' } });
    const { robots } = await t.fleet.app.call('ListRobots', { location_id: hq });
    expect(robots.map((r: { name: string }) => r.name)).toEqual(expect.arrayContaining(['partial-good', 'partial-after']));
  });
});
