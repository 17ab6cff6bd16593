import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestFleet, appWithRole, expectStatus, grpc, ownedOrganization, type TestFleet } from './support/fleet.ts';

let fleet: TestFleet;
let locations: { id: string; name: string }[];

beforeAll(async () => {
  fleet = await startTestFleet();
  locations = (await fleet.app.call('ListLocations', { organization_id: fleet.orgId })).locations;
});
afterAll(() => fleet.close());

const summaries = (request: Record<string, unknown>, client = fleet.app) =>
  client.call('ListMachineSummaries', { organization_id: fleet.orgId, ...request }).then((r: any) => r.location_summaries);

describe('ListMachineSummaries', () => {
  it('returns every location, machine and part of the organization, main parts first', async () => {
    const result = await summaries({});
    expect(result.map((l: any) => l.location_name)).toEqual(locations.map((l) => l.name));
    const machines = result.flatMap((l: any) => l.machine_summaries);
    expect(machines.map((m: any) => m.machine_name).sort()).toEqual(['arm-1', 'arm-2', 'rover-1', 'rover-2']);
    for (const machine of machines) {
      expect(machine.part_summaries.map((p: any) => p.part_name)).toEqual([`${machine.machine_name}-main`, `${machine.machine_name}-camera`]);
      expect(machine.part_summaries[0].is_main_part).toBe(true);
      expect(machine.part_summaries[0].online_state).toBe('ONLINE_STATE_AWAITING_SETUP');
    }
  });

  it('shows a part online after its robot called Config', async () => {
    const robots = (await fleet.app.call('ListRobotsForOrg', { org_id: fleet.orgId })).robots;
    const { parts } = await fleet.app.call('GetRobotParts', { robot_id: robots[0].id });
    const robot = await fleet.robotAs(parts[0].id, parts[0].secret);
    await robot.call('Config', { id: parts[0].id });
    const machine = (await summaries({})).flatMap((l: any) => l.machine_summaries).find((m: any) => m.machine_id === robots[0].id);
    expect(machine.part_summaries[0]).toMatchObject({ part_id: parts[0].id, online_state: 'ONLINE_STATE_ONLINE' });
    expect(machine.part_summaries[0].last_access).toBeTruthy();
  });

  it('narrows by location, fragment and limit', async () => {
    const assembly = locations.find((l) => l.name === 'Assembly Line')!;
    const onlyAssembly = await summaries({ location_ids: [assembly.id] });
    expect(onlyAssembly.map((l: any) => l.location_id)).toEqual([assembly.id]);
    expect(onlyAssembly[0].machine_summaries.map((m: any) => m.machine_name).sort()).toEqual(['arm-1', 'arm-2']);

    const { fragments } = await fleet.app.call('ListFragments', { organization_id: fleet.orgId });
    const arm1 = onlyAssembly[0].machine_summaries.find((m: any) => m.machine_name === 'arm-1');
    const { part } = await fleet.app.call('GetRobotPart', { id: arm1.part_summaries[0].part_id });
    await fleet.app.call('UpdateRobotPart', { id: part.id, name: part.name, robot_config: { fields: { fragments: { listValue: { values: [{ stringValue: fragments[0].id }] } } } } });
    const using = await summaries({ fragment_ids: [fragments[0].id] });
    expect(using.flatMap((l: any) => l.machine_summaries).map((m: any) => m.machine_name)).toEqual(['arm-1']);

    const limited = await summaries({ limit: 1 });
    expect(limited.flatMap((l: any) => l.machine_summaries)).toHaveLength(1);
  });

  it('refuses bad ids and other organizations, and filters by the key scope', async () => {
    await expectStatus(summaries({ organization_id: 'x' }), grpc.status.INVALID_ARGUMENT);
    await expectStatus(summaries({ location_ids: ['nope'] }), grpc.status.INVALID_ARGUMENT);
    const db = fleet.server.db;
    const other = db.transaction(() => ownedOrganization(db, 'Other').owner)();
    await expectStatus(summaries({}, await fleet.appAs(other.id, other.key)), grpc.status.PERMISSION_DENIED);

    const assembly = locations.find((l) => l.name === 'Assembly Line')!;
    const seen = await summaries({}, await appWithRole(fleet, 'location_operator', assembly.id));
    expect(seen.map((l: any) => l.location_id)).toEqual([assembly.id]);
  });
});
