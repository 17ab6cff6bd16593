import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway, apiKeyHeaders, errorCode } from './support/gateway.ts';
import { insertOrganization } from '../src/fleet-server/organizations.ts';
import { insertLocation } from '../src/fleet-server/locations.ts';
import { insertRobot } from '../src/fleet-server/robots.ts';
import { insertPart } from '../src/fleet-server/parts.ts';
import { insertFragment } from '../src/fleet-server/fragments.ts';
import { keyWithRole } from './support/fleet.ts';
import { ROBOT_AGENT_INFO } from './support/fixtures.ts';

let t: TestGateway;
let orgId: string;
let siteIds: string[];
let robotId: string;
let partId: string;
let ownerKey: { id: string; key: string };
let owner: Record<string, string>;
let siteOperator: Record<string, string>;


beforeAll(async () => {
  t = await startTestGateway();
  const db = t.fleet.server.db;
  db.transaction(() => {
    orgId = insertOrganization(db, 'Summary Fleet').id;
    // Two sites with robots of two parts each, a nested one with a robot, and an empty one.
    const a = insertLocation(db, orgId, 'site-a', null);
    const b = insertLocation(db, orgId, 'site-b', null);
    const nested = insertLocation(db, orgId, 'site-b-annex', b.id);
    const empty = insertLocation(db, orgId, 'site-empty', null);
    siteIds = [a.id, b.id, nested.id, empty.id];
    for (const [location, count] of [[a, 2], [b, 3], [nested, 1]] as const) {
      for (let r = 0; r < count; r++) {
        const robot = insertRobot(db, location.id, `${location.name}-bot-${r}`);
        insertPart(db, robot.id, `${location.name}-bot-${r}-camera`);
        robotId ??= robot.id;
      }
    }
    ownerKey = keyWithRole(db, orgId, 'organization_owner', orgId, 'owner');
    owner = apiKeyHeaders(ownerKey);
    siteOperator = apiKeyHeaders(keyWithRole(db, orgId, 'location_operator', b.id, 'site-b operator'));
  })();
  // One part online (it called the fleet server), the others awaiting setup.
  const app = await t.fleet.appAs(ownerKey.id, ownerKey.key);
  const { parts } = await app.call('GetRobotParts', { robot_id: robotId });
  partId = parts[0].id;
  const robot = await t.fleet.robotAs(parts[0].id, parts[0].secret);
  await robot.call('Config', { id: parts[0].id, agent_info: ROBOT_AGENT_INFO });
  // Exchange the keys before counting calls.
  await t.ok('{ organizations { id } }', {}, owner);
  await t.ok('{ organizations { id } }', {}, siteOperator);
});
afterAll(() => t.close());

/** A fleet tree asking only for what ListMachineSummaries returns, through fragments and aliases. */
const COVERED = /* GraphQL */ `
  query Covered($org: ID!) {
    organization(id: $org) {
      name
      locations {
        __typename
        ...Site
        robots { main: mainPart { id name } }
      }
    }
  }
  fragment Site on Location {
    id
    name
    robots {
      ... on Robot { id name }
      parts { ...PartState }
    }
  }
  fragment PartState on RobotPart { id name mainPart onlineState lastAccess secondsSinceOnline }
`;

/** The same tree and one field more (a location's robot count), which a summary does not hold. */
const UNCOVERED = COVERED.replace('__typename\n', '__typename\n        robotCount\n');

/** Robots per location name. */
const robotCounts = (data: any) => Object.fromEntries(data.organization.locations.map((l: any) => [l.name, l.robots.length]));

/** Seconds since online may tick between two requests; everything else must be identical. */
function withoutSeconds(data: any): { tree: any; seconds: number[] } {
  const seconds: number[] = [];
  const tree = JSON.parse(JSON.stringify(data), (key, value) => {
    if (key === 'robotCount') return undefined;
    if (key === 'secondsSinceOnline') {
      seconds.push(value);
      return undefined;
    }
    return value;
  });
  return { tree, seconds };
}

describe('the fleet tree from ListMachineSummaries', () => {
  it('answers a covered tree with one ListMachineSummaries call and the organization lookup', async () => {
    const calls = t.fleet.server.calls;
    calls.reset();
    const data = await t.ok(COVERED, { org: orgId }, owner);
    expect(calls.snapshot()).toEqual({ GetOrganization: 1, ListMachineSummaries: 1 });

    expect(robotCounts(data)).toEqual({ 'site-a': 2, 'site-b': 3, 'site-b-annex': 1, 'site-empty': 0 });
    const robots = data.organization.locations.flatMap((l: any) => l.robots);
    expect(robots.every((r: any) => r.parts.length === 2 && r.parts[0].mainPart && !r.parts[1].mainPart && r.main.id === r.parts[0].id)).toBe(true);
    const parts = robots.flatMap((r: any) => r.parts);
    const online = parts.find((p: any) => p.id === partId);
    expect(online).toMatchObject({ mainPart: true, onlineState: 'ONLINE' });
    expect(Date.parse(online.lastAccess)).toBeGreaterThan(Date.now() - 60_000);
    expect(parts.filter((p: any) => p.id !== partId).every((p: any) => p.onlineState === 'AWAITING_SETUP' && p.lastAccess === null)).toBe(true);
  });

  it('gives the same answer as the per-RPC path', async () => {
    const calls = t.fleet.server.calls;
    calls.reset();
    const perRpc = await t.ok(UNCOVERED, { org: orgId }, owner);
    const viaSummaries = await t.ok(COVERED, { org: orgId }, owner);
    // The per-RPC path ran: one ListLocations, one ListRobotsForLocations, GetRobotParts per robot.
    expect(calls.snapshot()).toEqual({ GetOrganization: 2, ListLocations: 1, ListRobotsForLocations: 1, GetRobotParts: 6, ListMachineSummaries: 1 });
    expect(Object.fromEntries(perRpc.organization.locations.map((l: any) => [l.name, l.robotCount]))).toEqual(robotCounts(perRpc));

    const a = withoutSeconds(perRpc);
    const b = withoutSeconds(viaSummaries);
    expect(b.tree).toEqual(a.tree);
    expect(b.seconds).toHaveLength(12);
    b.seconds.forEach((s, i) => expect(Math.abs(s - a.seconds[i]!)).toBeLessThanOrEqual(1));
  });

  it('gives the same answer as the per-RPC path to a key that sees one location', async () => {
    const calls = t.fleet.server.calls;
    calls.reset();
    const perRpc = await t.ok(UNCOVERED, { org: orgId }, siteOperator);
    const viaSummaries = await t.ok(COVERED, { org: orgId }, siteOperator);
    expect(calls.count('ListMachineSummaries')).toBe(1);
    expect(robotCounts(viaSummaries)).toEqual({ 'site-b': 3, 'site-b-annex': 1 });
    expect(withoutSeconds(viaSummaries).tree).toEqual(withoutSeconds(perRpc).tree);
  });

  it('falls back to the per-RPC path when a field outside the summary is asked, also inside a fragment', async () => {
    const calls = t.fleet.server.calls;
    for (const query of [
      'query($org: ID!) { organization(id: $org) { locations { name robots { name onlineState } } } }',
      'query($org: ID!) { organization(id: $org) { locations { name robots { parts { ...P } } } } } fragment P on RobotPart { name robot { id } }',
      'query($org: ID!) { organization(id: $org) { locations { name parent { id } } } }',
    ]) {
      calls.reset();
      const data = await t.ok(query, { org: orgId }, owner);
      expect(data.organization.locations).toHaveLength(4);
      expect(calls.count('ListMachineSummaries')).toBe(0);
      expect(calls.count('ListLocations')).toBe(1);
    }
  });

  it('calls ListMachineSummaries once for the same organization asked twice', async () => {
    const calls = t.fleet.server.calls;
    calls.reset();
    const data = await t.ok(
      'query($org: ID!) { organization(id: $org) { a: locations { id } b: locations { name robots { name } } } again: organization(id: $org) { locations { id } } }',
      { org: orgId },
      owner,
    );
    expect(data.organization.a.map((l: any) => l.id).sort()).toEqual([...siteIds].sort());
    expect(data.again.locations).toEqual(data.organization.a);
    expect(calls.snapshot()).toEqual({ GetOrganization: 1, ListMachineSummaries: 1 });
  });

  it('never lets a summary stand in for a robot looked up by id later in the same operation', async () => {
    const calls = t.fleet.server.calls;
    calls.reset();
    // The part's robot is looked up by id only once GetRobotPart has answered, long after the
    // summaries brought the same robot (with only its id and name).
    calls.delay('GetRobotPart', 200);
    try {
      const data = await t.ok(
        /* GraphQL */ `
          query($org: ID!, $part: ID!) {
            organization(id: $org) { locations { robots { id name parts { id name } } } }
            robotPart(id: $part) { name dnsName robot { id name createdOn location { name robotCount } } }
          }
        `,
        { org: orgId, part: partId },
        owner,
      );
      expect(calls.snapshot()).toEqual({ GetOrganization: 1, ListMachineSummaries: 1, GetRobotPart: 1, GetRobot: 1, GetLocation: 1 });
      expect(data.robotPart.dnsName).toEqual(expect.any(String));
      expect(data.robotPart.robot).toMatchObject({ id: robotId, createdOn: expect.any(String), location: { name: 'site-a', robotCount: 2 } });
    } finally {
      calls.delay('GetRobotPart', 0);
    }
  });

  it('reads the tree afresh after a mutation in the same operation', async () => {
    const data = await t.ok(
      /* GraphQL */ `
        mutation($site: ID!) {
          before: updateLocation(id: $site, name: "site-a") { organization { locations { robots { name } } } }
          created: newRobot(locationId: $site, name: "late-bot") { id location { organization { locations { robots { name } } } } }
        }
      `,
      { site: siteIds[0] },
      owner,
    );
    const names = (org: any) => org.locations.flatMap((l: any) => l.robots.map((r: any) => r.name));
    expect(names(data.before.organization)).not.toContain('late-bot');
    expect(names(data.created.location.organization)).toContain('late-bot');
    await t.ok('mutation($id: ID!) { deleteRobot(id: $id) }', { id: data.created.id }, owner);
  });
});

/** What the reporting part shows: the Config agent_info of beforeAll, its loopback address. */
const REPORTED = { viamServerVersion: ROBOT_AGENT_INFO.version, viamAgentVersion: null, os: ROBOT_AGENT_INFO.os, platform: ROBOT_AGENT_INFO.platform, publicIpAddress: '127.0.0.1' };
const UNREPORTED = { viamServerVersion: null, viamAgentVersion: null, os: null, platform: null, publicIpAddress: null };
const VERSIONS = 'viamServerVersion viamAgentVersion os platform publicIpAddress lastOnline';

describe('what parts report (RobotPart.viamServerVersion, os, platform, ...)', () => {
  it('answers a tree with part versions from one ListMachineSummaries', async () => {
    const calls = t.fleet.server.calls;
    calls.reset();
    const data = await t.ok(`query($org: ID!) { organization(id: $org) { locations { robots { parts { id ${VERSIONS} } } } } }`, { org: orgId }, owner);
    expect(calls.snapshot()).toEqual({ GetOrganization: 1, ListMachineSummaries: 1 });
    const parts = data.organization.locations.flatMap((l: any) => l.robots.flatMap((r: any) => r.parts));
    expect(parts).toHaveLength(12);
    const reporting = parts.find((p: any) => p.id === partId);
    expect(reporting).toMatchObject(REPORTED);
    expect(Date.parse(reporting.lastOnline)).toBeGreaterThan(Date.now() - 60_000);
    for (const part of parts.filter((p: any) => p.id !== partId)) expect(part).toMatchObject({ ...UNREPORTED, lastOnline: null });
  });

  it('takes them from one ListMachineSummaries per organization however many parts of the per-RPC path ask', async () => {
    const calls = t.fleet.server.calls;
    calls.reset();
    // robotCount is outside the summary: the tree takes the per-RPC path, and every part asks.
    const data = await t.ok(
      `query($org: ID!) { organization(id: $org) { locations { robotCount robots { parts { id configJson ${VERSIONS} } } } } again: organization(id: $org) { locations { robots { parts { os } } } } }`,
      { org: orgId },
      owner,
    );
    expect(calls.snapshot()).toEqual({ GetOrganization: 1, ListLocations: 1, ListRobotsForLocations: 1, GetRobotParts: 6, GetRobotPart: 12, ListMachineSummaries: 1 });
    const parts = data.organization.locations.flatMap((l: any) => l.robots.flatMap((r: any) => r.parts));
    expect(parts.find((p: any) => p.id === partId)).toMatchObject(REPORTED);
    expect(parts.filter((p: any) => p.id !== partId).every((p: any) => p.viamServerVersion === null)).toBe(true);
  });

  it('answers a part looked up by id through its location\'s organization, and no version for its old versions', async () => {
    const calls = t.fleet.server.calls;
    calls.reset();
    const data = await t.ok(`query($id: ID!) { robotPart(id: $id) { ${VERSIONS} history { old { viamServerVersion } } } }`, { id: partId }, owner);
    expect(calls.snapshot()).toEqual({ GetRobotPart: 1, GetLocation: 1, ListMachineSummaries: 1, GetRobotPartHistory: 1 });
    expect(data.robotPart).toMatchObject(REPORTED);
  });

  it('lets an operator read them, and carries no secret', async () => {
    const db = t.fleet.server.db;
    const secrets = (db.prepare('SELECT secret FROM part_secrets UNION SELECT secret FROM location_secrets').all() as { secret: string }[]).map((r) => r.secret);
    const operator = apiKeyHeaders(keyWithRole(db, orgId, 'organization_operator', orgId, 'versions operator'));
    const data = await t.ok(
      `query($org: ID!, $part: ID!) { robotPart(id: $part) { ${VERSIONS} } organization(id: $org) { machineSummaries { machines { parts { partId ${VERSIONS} } } } } }`,
      { org: orgId, part: partId },
      operator,
    );
    expect(data.robotPart).toMatchObject(REPORTED);
    const text = JSON.stringify(data);
    expect(text).toContain(ROBOT_AGENT_INFO.version);
    expect(secrets.length).toBeGreaterThan(0);
    for (const secret of secrets) expect(text).not.toContain(secret);
    // What the robot reported of its host and local addresses stays with the fleet server.
    expect(text).not.toContain(ROBOT_AGENT_INFO.host);
    expect(text).not.toContain(ROBOT_AGENT_INFO.ips[0]);
  });
});

describe('Organization.machineSummaries', () => {
  const SUMMARIES = /* GraphQL */ `
    query($org: ID!, $locations: [ID!], $fragments: [ID!], $limit: Int) {
      organization(id: $org) {
        machineSummaries(locationIds: $locations, fragmentIds: $fragments, limit: $limit) {
          locationId name location { id }
          machines { machineId name robot { id } parts { partId name mainPart onlineState part { id } ${VERSIONS} } }
        }
      }
    }
  `;
  const machinesOf = (data: any) => data.organization.machineSummaries.flatMap((l: any) => l.machines.map((m: any) => m.machineId)).sort();
  const upstream = async (request: Record<string, unknown>) => {
    const app = await t.fleet.appAs(ownerKey.id, ownerKey.key);
    const { location_summaries } = await app.call('ListMachineSummaries', { organization_id: orgId, ...request });
    return location_summaries.flatMap((l: any) => l.machine_summaries.map((m: any) => m.machine_id)).sort();
  };

  it('lists every location, machine and part with what they report, as ListMachineSummaries does', async () => {
    const data = await t.ok(SUMMARIES, { org: orgId }, owner);
    expect(data.organization.machineSummaries.map((l: any) => l.locationId).sort()).toEqual([...siteIds].sort());
    expect(machinesOf(data)).toEqual(await upstream({}));
    const parts = data.organization.machineSummaries.flatMap((l: any) => l.machines.flatMap((m: any) => m.parts));
    expect(parts.find((p: any) => p.partId === partId)).toMatchObject({ ...REPORTED, mainPart: true, onlineState: 'ONLINE', part: { id: partId } });
    for (const l of data.organization.machineSummaries) expect(l.location.id).toBe(l.locationId);
  });

  it('narrows by locations, fragments and limit', async () => {
    const byLocation = await t.ok(SUMMARIES, { org: orgId, locations: [siteIds[1]] }, owner);
    expect(byLocation.organization.machineSummaries.map((l: any) => l.name)).toEqual(['site-b']);
    expect(machinesOf(byLocation)).toEqual(await upstream({ location_ids: [siteIds[1]] }));
    expect(machinesOf(byLocation)).toHaveLength(3);

    const db = t.fleet.server.db;
    const fragmentId = insertFragment(db, orgId, 'summary-fragment', {});
    const app = await t.fleet.appAs(ownerKey.id, ownerKey.key);
    const { part } = await app.call('GetRobotPart', { id: partId });
    await t.ok('mutation($id: ID!, $name: String!, $config: JSON!) { updateRobotPart(id: $id, name: $name, config: $config) { id } }', { id: partId, name: part.name, config: { fragments: [fragmentId] } }, owner);
    const byFragment = await t.ok(SUMMARIES, { org: orgId, fragments: [fragmentId] }, owner);
    expect(machinesOf(byFragment)).toEqual([robotId]);

    const limited = await t.ok(SUMMARIES, { org: orgId, limit: 2 }, owner);
    expect(machinesOf(limited)).toHaveLength(2);
    expect(machinesOf(limited)).toEqual(await upstream({ limit: 2 }));
  });

  it('shows a location operator only what its key sees, and refuses bad filters clearly', async () => {
    const data = await t.ok(SUMMARIES, { org: orgId }, siteOperator);
    expect(data.organization.machineSummaries.map((l: any) => l.name).sort()).toEqual(['site-b', 'site-b-annex']);
    const bad = await t.gql(SUMMARIES, { org: orgId, limit: -1 }, owner);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('limit');
  });
});
