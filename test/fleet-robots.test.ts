import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestFleet, appWithRole, expectStatus, grpc, keyWithRole, ownedOrganization, type RpcClient, type TestFleet } from './support/fleet.ts';
import { UNKNOWN_ID } from './support/fixtures.ts';
import { idByName } from './support/graph.ts';
import { insertLocation } from '../src/fleet-server/locations.ts';
import { insertRobot } from '../src/fleet-server/robots.ts';

let fleet: TestFleet;
let hqId: string;
let assemblyId: string;
/** Demo robot ids by name. */
const demo: Record<string, string> = {};

beforeAll(async () => {
  fleet = await startTestFleet({ onlineWindowSeconds: 60 });
  hqId = idByName(fleet.server.db, 'locations', 'Headquarters');
  assemblyId = idByName(fleet.server.db, 'locations', 'Assembly Line');
  const { robots } = await fleet.app.call('ListRobotsForLocations', { location_ids: [hqId, assemblyId] });
  for (const robot of robots) demo[robot.name] = robot.id;
});
afterAll(() => fleet.close());

const db = () => fleet.server.db;
const count = (sql: string, ...params: unknown[]) => (db().prepare(sql).get(...params) as { n: number }).n;
const getRobot = async (id: string) => (await fleet.app.call('GetRobot', { id })).robot;
const newRobot = async (name: string, location: string) => (await fleet.app.call('NewRobot', { name, location })).id as string;
const newLocation = async (name: string, parent?: string) =>
  (await fleet.app.call('CreateLocation', { organization_id: fleet.orgId, name, ...(parent ? { parent_location_id: parent } : {}) })).location.id as string;
const names = (robots: any[]) => robots.map((r) => r.name);

/** Another organization with its own owner key, a location and a robot. */
async function otherOrganization(): Promise<{ orgId: string; locationId: string; robotId: string; app: RpcClient }> {
  const { orgId, owner } = ownedOrganization(db(), 'Other Fleet');
  const location = insertLocation(db(), orgId, 'Other Site', null);
  const robot = insertRobot(db(), location.id, 'other-bot');
  return { orgId, locationId: location.id, robotId: robot.id, app: await fleet.appAs(owner.id, owner.key) };
}

describe('GetRobot', () => {
  it('returns the robot with its location and online state', async () => {
    const robot = await getRobot(demo['rover-1']!);
    expect(robot).toMatchObject({ id: demo['rover-1'], name: 'rover-1', location: hqId, online_state: 'ONLINE_STATE_AWAITING_SETUP', last_access: null });
    expect(Number(robot.created_on.seconds)).toBeGreaterThan(0);
  });

  it('derives last access and online state from the latest of its parts', async () => {
    const id = await newRobot('pinger', hqId);
    const now = Date.now();
    const [main] = db().prepare('SELECT id FROM robot_parts WHERE robot_id = ?').all(id) as { id: string }[];
    db().prepare('UPDATE robot_parts SET last_access = ? WHERE id = ?').run(now - 5_000, main!.id);
    const online = await getRobot(id);
    expect(online.online_state).toBe('ONLINE_STATE_ONLINE');
    expect(Number(online.last_access.seconds)).toBe(Math.floor((now - 5_000) / 1000));

    db().prepare('UPDATE robot_parts SET last_access = ? WHERE id = ?').run(now - 600_000, main!.id);
    const offline = (await fleet.app.call('ListRobots', { location_id: hqId })).robots.find((r: any) => r.id === id);
    expect(offline.online_state).toBe('ONLINE_STATE_OFFLINE');
    expect(offline.seconds_since_online).toBeGreaterThanOrEqual(600);
  });

  it('refuses malformed and unknown ids, naming the field', async () => {
    expect((await expectStatus(fleet.app.call('GetRobot', { id: 'rover-1' }), grpc.status.INVALID_ARGUMENT)).details).toMatch(/\bid\b/);
    expect((await expectStatus(fleet.app.call('GetRobot', { id: UNKNOWN_ID }), grpc.status.NOT_FOUND)).details).toMatch(/\bid\b/);
  });
});

describe('ListRobots', () => {
  it('lists the robots of exactly that location, in creation order', async () => {
    const location = await newLocation('Ordered');
    const ids = [await newRobot('first', location), await newRobot('second', location), await newRobot('third', location)];
    expect((await fleet.app.call('ListRobots', { location_id: location })).robots.map((r: any) => r.id)).toEqual(ids);
    const assembly = (await fleet.app.call('ListRobots', { location_id: assemblyId })).robots;
    expect(assembly.every((r: any) => r.location === assemblyId)).toBe(true);
    expect(names(assembly)).toEqual(expect.arrayContaining(['arm-1', 'arm-2']));
    expect(names(assembly)).not.toContain('rover-1');
  });

  it('refuses malformed and unknown location ids', async () => {
    expect((await expectStatus(fleet.app.call('ListRobots', { location_id: '' }), grpc.status.INVALID_ARGUMENT)).details).toMatch(/location_id/);
    expect((await expectStatus(fleet.app.call('ListRobots', { location_id: UNKNOWN_ID }), grpc.status.NOT_FOUND)).details).toMatch(/location_id/);
  });
});

describe('ListRobotsForLocations', () => {
  it('returns the robots of all the locations in one response', async () => {
    const { robots } = await fleet.app.call('ListRobotsForLocations', { location_ids: [assemblyId, hqId, assemblyId] });
    expect(robots.filter((r: any) => r.location === assemblyId).map((r: any) => r.name).sort()).toEqual(['arm-1', 'arm-2']);
    expect(names(robots)).toEqual(expect.arrayContaining(['rover-1', 'rover-2', 'arm-1', 'arm-2']));
    expect(new Set(robots.map((r: any) => r.id)).size).toBe(robots.length);
    expect((await fleet.app.call('ListRobotsForLocations', { location_ids: [] })).robots).toEqual([]);
  });

  it('costs the same number of queries for 2 robots as for 40', async () => {
    const small = await newLocation('Small');
    const large = await newLocation('Large');
    for (let i = 0; i < 2; i++) insertRobot(db(), small, `s-${i}`);
    for (let i = 0; i < 40; i++) insertRobot(db(), large, `l-${i}`);
    const queriesFor = async (locationId: string) => {
      const database = db();
      const prepare = database.prepare;
      let n = 0;
      database.prepare = ((sql: string) => (n++, prepare.call(database, sql))) as typeof prepare;
      try {
        const { robots } = await fleet.app.call('ListRobotsForLocations', { location_ids: [locationId] });
        return { n, robots: robots.length };
      } finally {
        database.prepare = prepare;
      }
    };
    const a = await queriesFor(small);
    const b = await queriesFor(large);
    expect([a.robots, b.robots]).toEqual([2, 40]);
    expect(b.n).toBe(a.n);
  });

  it('fails the whole call for a malformed, unknown or forbidden id, naming it', async () => {
    const other = await otherOrganization();
    const bad = await expectStatus(fleet.app.call('ListRobotsForLocations', { location_ids: [hqId, 'x'] }), grpc.status.INVALID_ARGUMENT);
    expect(bad.details).toMatch(/location_ids\[1\]/);
    const unknown = await expectStatus(fleet.app.call('ListRobotsForLocations', { location_ids: [hqId, UNKNOWN_ID] }), grpc.status.NOT_FOUND);
    expect(unknown.details).toMatch(/location_ids\[1\]/);
    await expectStatus(fleet.app.call('ListRobotsForLocations', { location_ids: [hqId, other.locationId] }), grpc.status.PERMISSION_DENIED);
  });
});

describe('ListRobotsForOrg', () => {
  it('lists every robot of the organization for an owner', async () => {
    const { robots } = await fleet.app.call('ListRobotsForOrg', { org_id: fleet.orgId });
    expect(robots).toHaveLength(count('SELECT count(*) AS n FROM robots r JOIN locations l ON l.id = r.location_id WHERE l.organization_id = ?', fleet.orgId));
    expect(names(robots)).toEqual(expect.arrayContaining(['rover-1', 'rover-2', 'arm-1', 'arm-2']));
  });

  it('shows a robot-scoped key that robot only, not its neighbours', async () => {
    const operator = await appWithRole(fleet, 'robot_operator', demo['rover-1']!);
    expect(names((await operator.call('ListRobotsForOrg', { org_id: fleet.orgId })).robots)).toEqual(['rover-1']);
    expect((await operator.call('GetRobot', { id: demo['rover-1'] })).robot.name).toBe('rover-1');
    await expectStatus(operator.call('GetRobot', { id: demo['rover-2'] }), grpc.status.PERMISSION_DENIED);
    await expectStatus(operator.call('ListRobots', { location_id: hqId }), grpc.status.PERMISSION_DENIED);
  });

  it('refuses malformed and unknown organization ids', async () => {
    expect((await expectStatus(fleet.app.call('ListRobotsForOrg', { org_id: 'x' }), grpc.status.INVALID_ARGUMENT)).details).toMatch(/org_id/);
    expect((await expectStatus(fleet.app.call('ListRobotsForOrg', { org_id: UNKNOWN_ID }), grpc.status.NOT_FOUND)).details).toMatch(/org_id/);
  });
});

describe('NewRobot', () => {
  it('creates a robot with its main part and a part secret', async () => {
    const id = await newRobot('  welder-1 ', assemblyId);
    expect(await getRobot(id)).toMatchObject({ name: 'welder-1', location: assemblyId });
    const parts = db().prepare('SELECT id, name, main_part FROM robot_parts WHERE robot_id = ?').all(id) as { id: string; name: string; main_part: number }[];
    expect(parts).toEqual([{ id: parts[0]!.id, name: 'welder-1-main', main_part: 1 }]);
    expect(count('SELECT count(*) AS n FROM part_secrets WHERE part_id = ?', parts[0]!.id)).toBe(1);
  });

  it('refuses bad input, naming the field, and stores nothing', async () => {
    const before = count('SELECT count(*) AS n FROM robots');
    const cases: [Record<string, unknown>, grpc.status, RegExp][] = [
      [{ name: '', location: hqId }, grpc.status.INVALID_ARGUMENT, /name/],
      [{ name: 'bad\u0001name', location: hqId }, grpc.status.INVALID_ARGUMENT, /name/],
      [{ name: 'ok' }, grpc.status.INVALID_ARGUMENT, /location/],
      [{ name: 'ok', location: 'HQ' }, grpc.status.INVALID_ARGUMENT, /location/],
      [{ name: 'ok', location: UNKNOWN_ID }, grpc.status.NOT_FOUND, /location/],
    ];
    for (const [request, code, field] of cases) {
      expect((await expectStatus(fleet.app.call('NewRobot', request), code)).details).toMatch(field);
    }
    expect(count('SELECT count(*) AS n FROM robots')).toBe(before);
  });
});

describe('UpdateRobot', () => {
  it('renames and moves a robot within the organization', async () => {
    const id = await newRobot('mover', hqId);
    const moved = (await fleet.app.call('UpdateRobot', { id, name: 'mover-2', location: assemblyId })).robot;
    expect(moved).toMatchObject({ id, name: 'mover-2', location: assemblyId });
    // An empty location is a rename in place.
    const renamed = (await fleet.app.call('UpdateRobot', { id, name: 'mover-3' })).robot;
    expect(renamed).toMatchObject({ name: 'mover-3', location: assemblyId });
    expect(await getRobot(id)).toMatchObject({ name: 'mover-3', location: assemblyId });
  });

  it('refuses bad input, naming the field, and changes nothing', async () => {
    const id = await newRobot('steady', hqId);
    const cases: [Record<string, unknown>, grpc.status, RegExp][] = [
      [{ id: 'x', name: 'a', location: hqId }, grpc.status.INVALID_ARGUMENT, /\bid\b/],
      [{ id: UNKNOWN_ID, name: 'a', location: hqId }, grpc.status.NOT_FOUND, /\bid\b/],
      [{ id, name: ' ', location: assemblyId }, grpc.status.INVALID_ARGUMENT, /name/],
      [{ id, name: 'a', location: 'x' }, grpc.status.INVALID_ARGUMENT, /location/],
      [{ id, name: 'a', location: UNKNOWN_ID }, grpc.status.NOT_FOUND, /location/],
    ];
    for (const [request, code, field] of cases) {
      expect((await expectStatus(fleet.app.call('UpdateRobot', request), code)).details).toMatch(field);
    }
    expect(await getRobot(id)).toMatchObject({ name: 'steady', location: hqId });
  });

  it('refuses to move a robot into another organization, even for a key that owns both', async () => {
    const { organization } = await fleet.app.call('CreateOrganization', { name: 'Sister Fleet' });
    const { location } = await fleet.app.call('CreateLocation', { organization_id: organization.id, name: 'Sister Site' });
    const id = await newRobot('homebody', hqId);
    const error = await expectStatus(fleet.app.call('UpdateRobot', { id, name: 'homebody', location: location.id }), grpc.status.INVALID_ARGUMENT);
    expect(error.details).toMatch(/location/);
    expect((await getRobot(id)).location).toBe(hqId);
  });

  it('needs owner rights on the target location too', async () => {
    const assemblyOwner = await appWithRole(fleet, 'location_owner', assemblyId);
    const { id } = await assemblyOwner.call('NewRobot', { name: 'stays-put', location: assemblyId });
    await expectStatus(assemblyOwner.call('UpdateRobot', { id, name: 'stays-put', location: hqId }), grpc.status.PERMISSION_DENIED);
    expect((await getRobot(id)).location).toBe(assemblyId);
    expect((await assemblyOwner.call('UpdateRobot', { id, name: 'renamed', location: assemblyId })).robot.name).toBe('renamed');
  });
});

describe('DeleteRobot', () => {
  it('deletes the robot with its parts, their secrets, history and logs, and roles on it', async () => {
    const location = await newLocation('Scrapyard');
    const id = await newRobot('doomed', location);
    const [main] = db().prepare('SELECT id FROM robot_parts WHERE robot_id = ?').all(id) as { id: string }[];
    db().prepare("INSERT INTO logs (part_id, time_ms, level, message) VALUES (?, ?, 'info', 'hello')").run(main!.id, Date.now());
    db().prepare("INSERT INTO part_history (part_id, robot_id, edited_on, old_part, edited_by) VALUES (?, ?, ?, '{}', 'test')").run(main!.id, id, Date.now());
    keyWithRole(db(), fleet.orgId, 'robot_operator', id);

    await fleet.app.call('DeleteRobot', { id });
    await expectStatus(fleet.app.call('GetRobot', { id }), grpc.status.NOT_FOUND);
    expect(count('SELECT count(*) AS n FROM robot_parts WHERE robot_id = ?', id)).toBe(0);
    for (const table of ['part_secrets', 'part_history', 'logs']) {
      expect(count(`SELECT count(*) AS n FROM ${table} WHERE part_id = ?`, main!.id)).toBe(0);
    }
    expect(count('SELECT count(*) AS n FROM authorizations WHERE resource_id = ?', id)).toBe(0);
    // With its last robot gone, the location can be deleted.
    await fleet.app.call('DeleteLocation', { location_id: location });
  });

  it('refuses malformed and unknown ids', async () => {
    await expectStatus(fleet.app.call('DeleteRobot', { id: '' }), grpc.status.INVALID_ARGUMENT);
    await expectStatus(fleet.app.call('DeleteRobot', { id: UNKNOWN_ID }), grpc.status.NOT_FOUND);
  });
});

describe('isolation between organizations', () => {
  it('another organization can neither read nor change the demo robots', async () => {
    const other = await otherOrganization();
    const rover = demo['rover-1']!;
    const before = await getRobot(rover);
    const robotCount = count('SELECT count(*) AS n FROM robots');
    const denied: [string, Record<string, unknown>][] = [
      ['GetRobot', { id: rover }],
      ['ListRobots', { location_id: hqId }],
      ['ListRobotsForLocations', { location_ids: [hqId] }],
      ['ListRobotsForLocations', { location_ids: [other.locationId, assemblyId] }],
      ['ListRobotsForOrg', { org_id: fleet.orgId }],
      ['NewRobot', { name: 'intruder', location: hqId }],
      ['UpdateRobot', { id: rover, name: 'stolen', location: hqId }],
      ['UpdateRobot', { id: rover, name: 'stolen', location: other.locationId }],
      ['UpdateRobot', { id: other.robotId, name: 'other-bot', location: hqId }],
      ['DeleteRobot', { id: rover }],
    ];
    for (const [method, request] of denied) {
      const error = await expectStatus(other.app.call(method, request), grpc.status.PERMISSION_DENIED);
      expect(error.details).not.toMatch(/rover|arm-|Headquarters|Assembly/);
    }
    expect(await getRobot(rover)).toMatchObject({ name: before.name, location: before.location });
    expect(count('SELECT count(*) AS n FROM robots')).toBe(robotCount);

    expect(names((await other.app.call('ListRobotsForOrg', { org_id: other.orgId })).robots)).toEqual(['other-bot']);
    expect(names((await other.app.call('ListRobots', { location_id: other.locationId })).robots)).toEqual(['other-bot']);
    expect((await other.app.call('GetRobot', { id: other.robotId })).robot.location).toBe(other.locationId);
    await expectStatus(fleet.app.call('GetRobot', { id: other.robotId }), grpc.status.PERMISSION_DENIED);
  });
});

describe('a location-scoped operator', () => {
  it('reads the robots of Headquarters and Assembly Line but cannot change them', async () => {
    const elsewhere = await newLocation('Outside HQ');
    const outsider = await newRobot('outsider', elsewhere);
    const operator = await appWithRole(fleet, 'location_operator', hqId);

    const all = names((await operator.call('ListRobotsForOrg', { org_id: fleet.orgId })).robots);
    expect(all).toEqual(expect.arrayContaining(['rover-1', 'rover-2', 'arm-1', 'arm-2']));
    expect(all).not.toContain('outsider');
    expect(names((await operator.call('ListRobotsForLocations', { location_ids: [hqId, assemblyId] })).robots)).toEqual(
      expect.arrayContaining(['rover-1', 'rover-2', 'arm-1', 'arm-2']),
    );
    const assembly = (await operator.call('ListRobots', { location_id: assemblyId })).robots;
    expect(names(assembly)).toEqual(names((await fleet.app.call('ListRobots', { location_id: assemblyId })).robots));
    expect(names(assembly)).toEqual(expect.arrayContaining(['arm-1', 'arm-2']));
    expect((await operator.call('GetRobot', { id: demo['arm-1'] })).robot.name).toBe('arm-1');
    await expectStatus(operator.call('GetRobot', { id: outsider }), grpc.status.PERMISSION_DENIED);
    await expectStatus(operator.call('ListRobotsForLocations', { location_ids: [hqId, elsewhere] }), grpc.status.PERMISSION_DENIED);

    for (const [method, request] of [
      ['NewRobot', { name: 'sneaky', location: hqId }],
      ['UpdateRobot', { id: demo['arm-1'], name: 'renamed', location: assemblyId }],
      ['DeleteRobot', { id: demo['arm-2'] }],
    ] as const) {
      await expectStatus(operator.call(method, request), grpc.status.PERMISSION_DENIED);
    }
    expect(await getRobot(demo['arm-1']!)).toMatchObject({ name: 'arm-1', location: assemblyId });
    expect((await getRobot(demo['arm-2']!)).name).toBe('arm-2');
  });
});
