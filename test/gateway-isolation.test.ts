/**
 * Two organizations, each with its own key, querying the same gateway at the same time: each
 * sees only its own fleet, the other's ids are FORBIDDEN, and nothing (loaders, caches, tokens)
 * is shared between the two callers or between requests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type GraphQLResponse, type TestGateway, apiKeyHeaders } from './support/gateway.ts';
import { insertOrganization } from '../src/fleet-server/organizations.ts';
import { insertLocation } from '../src/fleet-server/locations.ts';
import { insertRobot } from '../src/fleet-server/robots.ts';
import { insertPart } from '../src/fleet-server/parts.ts';
import { keyWithRole } from './support/fleet.ts';

interface Caller {
  name: string;
  orgId: string;
  headers: Record<string, string>;
  robotId: string;
  locationId: string;
  /** Every id and name of this caller's fleet, as the fleet server has them. */
  marks: string[];
}

let t: TestGateway;
let demo: Caller;
let beta: Caller;

/** Ids and names of an organization's whole tree, read over gRPC with an owner's token. */
async function fleetMarks(orgId: string, headers: Record<string, string>): Promise<{ marks: string[]; robotId: string; locationId: string }> {
  const app = await t.fleet.appAs(headers['x-viam-api-key-id']!, headers['x-viam-api-key']!);
  const { organization } = await app.call('GetOrganization', { organization_id: orgId });
  const { locations } = await app.call('ListLocations', { organization_id: orgId });
  const { robots } = await app.call('ListRobotsForLocations', { location_ids: locations.map((l: any) => l.id) });
  const parts = (await Promise.all(robots.map((r: any) => app.call('GetRobotParts', { robot_id: r.id })))).flatMap((r: any) => r.parts);
  const marks = [organization.id, organization.name, ...[...locations, ...robots, ...parts].flatMap((x: any) => [x.id, x.name])];
  return { marks, robotId: robots[0].id, locationId: locations[0].id };
}

beforeAll(async () => {
  t = await startTestGateway();
  const db = t.fleet.server.db;
  let betaOrgId = '';
  let betaKey = { id: '', key: '' };
  db.transaction(() => {
    betaOrgId = insertOrganization(db, 'Beta Fleet').id;
    const yard = insertLocation(db, betaOrgId, 'Beta Yard', null);
    for (const name of ['beta-bot-1', 'beta-bot-2', 'beta-bot-3']) insertPart(db, insertRobot(db, yard.id, name).id, `${name}-gripper`);
    betaKey = keyWithRole(db, betaOrgId, 'organization_owner', betaOrgId, 'beta owner');
  })();
  const betaHeaders = apiKeyHeaders(betaKey);
  demo = { name: 'demo', orgId: t.fleet.orgId, headers: t.demoHeaders, ...(await fleetMarks(t.fleet.orgId, t.demoHeaders)) };
  beta = { name: 'beta', orgId: betaOrgId, headers: betaHeaders, ...(await fleetMarks(betaOrgId, betaHeaders)) };
});
afterAll(() => t.close());

const FLEET = /* GraphQL */ `
  query Fleet($ownRobot: ID!, $foreignRobot: ID!, $foreignLocation: ID!, $foreignOrg: ID!) {
    organizations {
      id
      name
      locations { id name robots { id name parts { id name } } }
      fragments { id name }
    }
    own: robot(id: $ownRobot) { id name }
    foreignRobot: robot(id: $foreignRobot) { id name }
    foreignLocation: location(id: $foreignLocation) { id name }
    foreignOrg: organization(id: $foreignOrg) { id name }
  }
`;

const ask = (caller: Caller, other: Caller) =>
  t.gql(FLEET, { ownRobot: caller.robotId, foreignRobot: other.robotId, foreignLocation: other.locationId, foreignOrg: other.orgId }, caller.headers);

function expectOnlyOwnFleet(result: GraphQLResponse, caller: Caller, other: Caller) {
  const data = result.data!;
  expect(data.organizations.map((o: any) => o.id)).toEqual([caller.orgId]);
  const robots = data.organizations[0].locations.flatMap((l: any) => l.robots);
  expect(robots.length).toBeGreaterThan(0);
  for (const robot of robots) expect(caller.marks).toContain(robot.id);
  expect(data.own.id).toBe(caller.robotId);
  expect([data.foreignRobot, data.foreignLocation, data.foreignOrg]).toEqual([null, null, null]);
  expect(result.errors?.map((e) => [e.path?.[0], e.extensions?.code]).sort()).toEqual([
    ['foreignLocation', 'FORBIDDEN'],
    ['foreignOrg', 'FORBIDDEN'],
    ['foreignRobot', 'FORBIDDEN'],
  ]);
  const text = JSON.stringify(result);
  for (const mark of other.marks) expect(text).not.toContain(mark);
}

describe('two organizations on one gateway', () => {
  it('each caller sees only its own fleet in 50 interleaved concurrent requests each; the other\'s ids are FORBIDDEN', async () => {
    const tokensBefore = t.gateway.tokens.size;
    t.fleet.server.calls.reset();
    const requests = Array.from({ length: 100 }, (_, i) => (i % 2 === 0 ? ([demo, beta] as const) : ([beta, demo] as const)));
    const results = await Promise.all(requests.map(([caller, other]) => ask(caller, other)));
    results.forEach((result, i) => expectOnlyOwnFleet(result, ...requests[i]!));

    const calls = t.fleet.server.calls;
    // One exchange per key, and a token cached for each: no caller ran with the other's token.
    expect(calls.count('Authenticate')).toBe(2);
    expect(t.gateway.tokens.size).toBe(tokensBefore + 2);
    // Every request asked for its own robot and the other's: four distinct (caller, id) pairs,
    // yet each request went upstream for both, so no loader or cache outlived its request.
    expect(calls.count('GetRobot')).toBe(200);
    expect(calls.count('GetLocation')).toBe(100);
    expect(calls.count('GetOrganization')).toBe(100);
    expect(calls.count('ListOrganizations')).toBe(100);
  });

  it('the same robot id asked by both callers at once: the owner gets it, the stranger gets FORBIDDEN', async () => {
    const query = `query($id: ID!) { robot(id: $id) { id name parts { id } } }`;
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? t.gql(query, { id: demo.robotId }, demo.headers) : t.gql(query, { id: demo.robotId }, beta.headers))),
    );
    results.forEach((result, i) => {
      if (i % 2 === 0) {
        expect(result.errors).toBeUndefined();
        expect(result.data?.robot.id).toBe(demo.robotId);
      } else {
        expect(result.data?.robot).toBeNull();
        expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
        const text = JSON.stringify(result);
        for (const mark of demo.marks) expect(text).not.toContain(mark);
      }
    });
  });

  it('a change made between two requests of the same caller shows in the second (no cache across requests)', async () => {
    const query = `query($id: ID!) { robot(id: $id) { name } }`;
    const { robot } = await t.fleet.app.call('GetRobot', { id: demo.robotId });
    expect((await t.ok(query, { id: demo.robotId }, demo.headers)).robot.name).toBe(robot.name);
    await t.fleet.app.call('UpdateRobot', { id: robot.id, name: 'renamed-between-requests', location: robot.location });
    try {
      expect((await t.ok(query, { id: demo.robotId }, demo.headers)).robot.name).toBe('renamed-between-requests');
    } finally {
      await t.fleet.app.call('UpdateRobot', { id: robot.id, name: robot.name, location: robot.location });
    }
  });
});
