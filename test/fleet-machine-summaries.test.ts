import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestFleet, appWithRole, expectStatus, grpc, ownedOrganization, robotWithClient, type TestFleet } from './support/fleet.ts';
import { ROBOT_AGENT_INFO } from './support/fixtures.ts';

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

  it('serves what a robot reported in Config (version, OS, platform, its address), and only that', async () => {
    const { robotId, partId, robot } = await robotWithClient(fleet, locations[0]!.id, 'reporting-robot');
    const partSummary = async () =>
      (await summaries({})).flatMap((l: any) => l.machine_summaries).find((m: any) => m.machine_id === robotId).part_summaries[0];

    await robot.call('Config', { id: partId });
    const unreported = await partSummary();
    for (const field of ['viam_server_version', 'os', 'platform', 'public_ip_address']) expect(unreported[field] ?? null).toBeNull();

    await robot.call('Config', { id: partId, agent_info: ROBOT_AGENT_INFO });
    const reported = await partSummary();
    expect(reported).toMatchObject({
      part_id: partId,
      viam_server_version: { major: ROBOT_AGENT_INFO.version },
      os: ROBOT_AGENT_INFO.os,
      platform: ROBOT_AGENT_INFO.platform,
      public_ip_address: '127.0.0.1',
    });
    expect(reported.last_online).toBeTruthy();
    // The latest report wins.
    await robot.call('Config', { id: partId, agent_info: { ...ROBOT_AGENT_INFO, version: 'v0.62.0' } });
    expect((await partSummary()).viam_server_version).toMatchObject({ major: 'v0.62.0' });
    // Operators read the same summary; no secret travels in it.
    const asOperator = await summaries({}, await appWithRole(fleet, 'organization_operator', fleet.orgId));
    expect(JSON.stringify(asOperator)).toContain('v0.62.0');
    const { parts } = await fleet.app.call('GetRobotParts', { robot_id: robotId });
    for (const secret of parts[0].secrets) expect(JSON.stringify(asOperator)).not.toContain(secret.secret);
  });

  it('refuses an over-long report, naming the field, and keeps the previous one', async () => {
    const { robotId, partId, robot } = await robotWithClient(fleet, locations[0]!.id, 'long-report-robot');
    await robot.call('Config', { id: partId, agent_info: ROBOT_AGENT_INFO });
    const error = await expectStatus(robot.call('Config', { id: partId, agent_info: { ...ROBOT_AGENT_INFO, os: 'x'.repeat(201) } }), grpc.status.INVALID_ARGUMENT);
    expect(error.details).toContain('agent_info.os');
    const machine = (await summaries({})).flatMap((l: any) => l.machine_summaries).find((m: any) => m.machine_id === robotId);
    expect(machine.part_summaries[0].os).toBe(ROBOT_AGENT_INFO.os);
  });
});
