import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './support/gateway.ts';

// The naive baseline of the benchmarks: the same schema with `batching: false` (stock loader options { batch: false, cache: false }).
let t: TestGateway;
let orgId: string;
let robotId: string;

beforeAll(async () => {
  t = await startTestGateway({ gateway: { batching: false } });
  orgId = t.fleet.orgId;
  robotId = (await t.fleet.app.call('ListRobotsForOrg', { org_id: orgId })).robots[0].id;
  await t.ok('{ organizations { id } }');
});
afterAll(() => t.close());

describe('a gateway with batching: false', () => {
  it('fetches every key on its own and remembers nothing', async () => {
    const calls = t.fleet.server.calls;
    calls.reset();
    const data = await t.ok(
      'query($org: ID!, $robot: ID!) { organization(id: $org) { locations { id robots { name location { id } parts { id } } } } a: robot(id: $robot) { name } b: robot(id: $robot) { name } }',
      { org: orgId, robot: robotId },
    );
    expect(data.a).toEqual(data.b);
    const robots = data.organization.locations.flatMap((l: any) => l.robots);
    expect(robots).toHaveLength(4);
    // Demo fleet: 2 locations, 4 robots. Batched, this is 1 ListRobotsForLocations, 1 GetRobot and no GetLocation.
    expect(calls.snapshot()).toEqual({ GetOrganization: 1, ListLocations: 1, ListRobotsForLocations: 2, GetRobotParts: 4, GetLocation: 4, GetRobot: 2 });
  });

  it('does not use ListMachineSummaries for a tree it could answer', async () => {
    const calls = t.fleet.server.calls;
    calls.reset();
    await t.ok('query($org: ID!) { organization(id: $org) { locations { id name robots { id name parts { id name onlineState } } } } }', { org: orgId });
    expect(calls.count('ListMachineSummaries')).toBe(0);
    expect(calls.count('GetRobotParts')).toBe(4);
  });
});
