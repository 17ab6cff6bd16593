import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway, apiKeyHeaders, errorCode } from './support/gateway.ts';
import { insertOrganization } from '../src/fleet-server/organizations.ts';
import { insertLocation } from '../src/fleet-server/locations.ts';
import { insertRobot } from '../src/fleet-server/robots.ts';
import { insertPart } from '../src/fleet-server/parts.ts';
import { keyWithRole } from './support/fleet.ts';
import type { MintedKey } from '../src/fleet-server/keys.ts';
import { FLEET_TREE, fleetTreeByRpc, normalize } from '../bench/support/tree.ts';

let t: TestGateway;
let orgId: string;
let robotId: string;
let headers: Record<string, string>;
let owner: MintedKey;

beforeAll(async () => {
  t = await startTestGateway();
  const db = t.fleet.server.db;
  db.transaction(() => {
    orgId = insertOrganization(db, 'Batch Fleet').id;
    for (let l = 0; l < 3; l++) {
      const location = insertLocation(db, orgId, `site-${l}`, null);
      for (let r = 0; r < 10; r++) {
        const robot = insertRobot(db, location.id, `bot-${l}-${r}`);
        insertPart(db, robot.id, `bot-${l}-${r}-camera`);
        robotId ??= robot.id;
      }
    }
    owner = keyWithRole(db, orgId, 'organization_owner', orgId, 'batch owner');
    headers = apiKeyHeaders(owner);
  })();
});
afterAll(() => t.close());

const TREE = /* GraphQL */ `
  query Tree($org: ID!, $robot: ID!) {
    organization(id: $org) {
      name
      locations {
        id
        name
        robots {
          id
          name
          location { id name }
          parts { id name mainPart }
        }
      }
    }
    first: robot(id: $robot) { name }
    again: robot(id: $robot) { name }
  }
`;

describe('batching of a nested fleet query', () => {
  it('makes the fewest upstream calls: 1 ListRobotsForLocations, 30 GetRobotParts in one wave, 1 GetRobot, no GetLocation', async () => {
    // Warm the token cache so the count below is the query alone.
    await t.ok('{ organizations { id } }', {}, headers);
    const calls = t.fleet.server.calls;
    // Hold each GetRobotParts for a while: if all 30 are issued in one wave they overlap completely.
    calls.delay('GetRobotParts', 150);
    calls.reset();
    try {
      const data = await t.ok(TREE, { org: orgId, robot: robotId }, headers);
      expect(data.organization.locations).toHaveLength(3);
      const robots = data.organization.locations.flatMap((l: any) => l.robots);
      expect(robots).toHaveLength(30);
      expect(robots.every((r: any) => r.parts.length === 2 && r.parts[0].mainPart)).toBe(true);
      expect(robots.every((r: any) => data.organization.locations.some((l: any) => l.id === r.location.id))).toBe(true);
      expect(data.first.name).toBe(data.again.name);

      expect(calls.snapshot()).toEqual({
        GetOrganization: 1,
        ListLocations: 1,
        ListRobotsForLocations: 1,
        GetRobotParts: 30,
        GetRobot: 1,
      });
      expect(calls.peak('GetRobotParts')).toBe(30);
    } finally {
      calls.delay('GetRobotParts', 0);
    }
  });

  it('asks ListMachineFragments once per robot, all in one wave, however many of fragments and resolvedFragments are asked', async () => {
    const query = `query($org: ID!) {
      organization(id: $org) { locations { robots { id fragments { id } resolvedFragments { fragmentId revision error { type } } again: fragments { name } } } }
    }`;
    await t.ok('{ organizations { id } }', {}, headers);
    const calls = t.fleet.server.calls;
    calls.delay('ListMachineFragments', 150);
    calls.reset();
    try {
      const data = await t.ok(query, { org: orgId }, headers);
      const robots = data.organization.locations.flatMap((l: any) => l.robots);
      expect(robots).toHaveLength(30);
      expect(robots.every((r: any) => Array.isArray(r.fragments) && Array.isArray(r.resolvedFragments))).toBe(true);
      expect(calls.snapshot()).toEqual({ GetOrganization: 1, ListLocations: 1, ListRobotsForLocations: 1, ListMachineFragments: 30 });
      expect(calls.peak('ListMachineFragments')).toBe(30);
    } finally {
      calls.delay('ListMachineFragments', 0);
    }
  });

  it('reads metadata with one call per object, all robots in one wave: 30 GetRobotMetadata, 60 GetRobotPartMetadata', async () => {
    await t.ok('{ organizations { id } }', {}, headers);
    const calls = t.fleet.server.calls;
    // Held long enough that 30 calls issued in one wave overlap completely.
    calls.delay('GetRobotMetadata', 150);
    calls.reset();
    try {
      const data = await t.ok(
        `query($org: ID!) { organization(id: $org) { metadata locations { metadata robots { metadata parts { metadata } } } } }`,
        { org: orgId },
        headers,
      );
      const robots = data.organization.locations.flatMap((l: any) => l.robots);
      expect(robots).toHaveLength(30);
      expect(robots.every((r: any) => JSON.stringify(r.metadata) === '{}' && r.parts.length === 2)).toBe(true);
      expect(calls.snapshot()).toEqual({
        GetOrganization: 1,
        GetOrganizationMetadata: 1,
        ListLocations: 1,
        GetLocationMetadata: 3,
        ListRobotsForLocations: 1,
        GetRobotMetadata: 30,
        GetRobotParts: 30,
        GetRobotPartMetadata: 60,
      });
      expect(calls.peak('GetRobotMetadata')).toBe(30);
    } finally {
      calls.delay('GetRobotMetadata', 0);
    }
  });

  it('sends the fleet tree in as many upstream waves as the hand-written grpc-js floor: ListLocations goes out with GetOrganization', async () => {
    await t.ok('{ organizations { id } }', {}, headers);
    const calls = t.fleet.server.calls;
    const floorClient = await t.fleet.appAs(owner.id, owner.key);
    // A slow GetOrganization: a call that waits for it starts only after it is answered (a wave later).
    calls.delay('GetOrganization', 150);
    try {
      calls.reset();
      const floorTree = await fleetTreeByRpc(floorClient, orgId);
      const floorWaves = calls.waves();
      calls.reset();
      const data = await t.ok(FLEET_TREE, { org: orgId }, headers);
      expect(normalize(data.organization)).toEqual(normalize(floorTree));
      expect(floorWaves).toBe(3);
      expect(calls.waves()).toBe(floorWaves);
    } finally {
      calls.delay('GetOrganization', 0);
      floorClient.close();
    }
  });

  it('robot(id): GetRobot, GetRobotParts and GetRobotMetadata in one wave', async () => {
    await t.ok('{ organizations { id } }', {}, headers);
    const calls = t.fleet.server.calls;
    calls.delay('GetRobot', 150);
    calls.reset();
    try {
      const data = await t.ok('query($id: ID!) { robot(id: $id) { name metadata mainPart { name } parts { name } } }', { id: robotId }, headers);
      expect(data.robot.parts).toHaveLength(2);
      expect(data.robot.mainPart.name).toBe(data.robot.parts[0].name);
      expect(calls.snapshot()).toEqual({ GetRobot: 1, GetRobotParts: 1, GetRobotMetadata: 1 });
      expect(calls.waves()).toBe(1);
    } finally {
      calls.delay('GetRobot', 0);
    }
  });

  it('a missing organization is still one NOT_FOUND on organization, its locations read early but never shown', async () => {
    const result = await t.gql('query($org: ID!) { organization(id: $org) { name locations { name robots { name } } } }', { org: crypto.randomUUID() }, headers);
    expect(result.data).toEqual({ organization: null });
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.path).toEqual(['organization']);
    expect(errorCode(result)).toBe('NOT_FOUND');
  });

  it('shares no loader between two requests', async () => {
    const calls = t.fleet.server.calls;
    calls.reset();
    await t.ok('query($id: ID!) { robot(id: $id) { name } }', { id: robotId }, headers);
    await t.ok('query($id: ID!) { robot(id: $id) { name } }', { id: robotId }, headers);
    expect(calls.count('GetRobot')).toBe(2);
  });
});
