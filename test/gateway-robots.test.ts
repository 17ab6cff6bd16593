/**
 * Robots through GraphQL: get, parts, main part, location robots, new / update / delete, and the
 * online state a robot earns by calling the fleet server; each checked upstream over gRPC.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import { expectOnlyError, idByName } from './support/graph.ts';
import { expectStatus, grpc } from './support/fleet.ts';
import { UNKNOWN_ID } from './support/fixtures.ts';
import { insertLocation } from '../src/fleet-server/locations.ts';
import { insertRobot } from '../src/fleet-server/robots.ts';
import { insertPart } from '../src/fleet-server/parts.ts';
import { insertOrganization } from '../src/fleet-server/organizations.ts';

let t: TestGateway;
let hq: string;
let assembly: string;

beforeAll(async () => {
  t = await startTestGateway();
  hq = idByName(t.fleet.server.db, 'locations', 'Headquarters');
  assembly = idByName(t.fleet.server.db, 'locations', 'Assembly Line');
});
afterAll(() => t.close());

const ROBOT = 'query($id: ID!) { robot(id: $id) { id name createdOn lastAccess onlineState secondsSinceOnline location { id name } } }';

const robotIdsIn = async (locationId: string) =>
  (await t.fleet.app.call('ListRobots', { location_id: locationId })).robots.map((r: { id: string }) => r.id) as string[];

describe('Query.robot (GetRobot)', () => {
  it('reads a robot as the upstream has it, with its location', async () => {
    const id = idByName(t.fleet.server.db, 'robots', 'rover-1');
    const data = await t.ok(ROBOT, { id });
    const { robot } = await t.fleet.app.call('GetRobot', { id });
    expect(data.robot).toMatchObject({ id, name: robot.name, location: { id: hq, name: 'Headquarters' } });
    expect(new Date(data.robot.createdOn).getTime()).toBe(Number(robot.created_on.seconds) * 1000 + Math.floor(robot.created_on.nanos / 1e6));
  });

  it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    expectOnlyError(await t.gql(ROBOT, { id: UNKNOWN_ID }), ['robot'], 'NOT_FOUND', 'NOT_FOUND');
    expectOnlyError(await t.gql(ROBOT, { id: 'rover-1' }), ['robot'], 'BAD_USER_INPUT', 'INVALID_ARGUMENT');
  });

  it('answers FORBIDDEN for a robot of another organization', async () => {
    const db = t.fleet.server.db;
    const foreignRobot = insertRobot(db, insertLocation(db, insertOrganization(db, 'Elsewhere').id, 'Far', null).id, 'stranger');
    expectOnlyError(await t.gql(ROBOT, { id: foreignRobot.id }), ['robot'], 'FORBIDDEN', 'PERMISSION_DENIED');
  });
});

describe('Robot.parts (GetRobotParts) and Robot.mainPart', () => {
  it('lists the parts main part first, and the main part from the same call', async () => {
    const id = idByName(t.fleet.server.db, 'robots', 'arm-1');
    const calls = t.fleet.server.calls;
    await t.ok('{ organizations { id } }');
    calls.reset();
    const data = await t.ok('query($id: ID!) { robot(id: $id) { parts { id name mainPart robot { id } } mainPart { id name } } }', { id });
    expect(calls.count('GetRobotParts')).toBe(1);
    const { parts } = await t.fleet.app.call('GetRobotParts', { robot_id: id });
    expect(data.robot.parts).toEqual(parts.map((p: any) => ({ id: p.id, name: p.name, mainPart: p.main_part, robot: { id } })));
    expect(data.robot.parts.map((p: any) => p.name)).toEqual(['arm-1-main', 'arm-1-camera']);
    expect(data.robot.mainPart).toEqual({ id: data.robot.parts[0].id, name: 'arm-1-main' });
  });
});

describe('Location.robots (ListRobots)', () => {
  it('lists the robots of each location as ListRobots does', async () => {
    const data = await t.ok('query($a: ID!, $b: ID!) { a: location(id: $a) { robots { id name } } b: location(id: $b) { robots { id name } } }', { a: hq, b: assembly });
    expect(data.a.robots.map((r: any) => r.id)).toEqual(await robotIdsIn(hq));
    expect(data.b.robots.map((r: any) => r.id)).toEqual(await robotIdsIn(assembly));
    expect(data.a.robots.map((r: any) => r.name).sort()).toEqual(['rover-1', 'rover-2']);
  });
});

describe('Mutation.newRobot', () => {
  it('creates a robot with its main part; the location lists it', async () => {
    const data = await t.ok('mutation($loc: ID!) { newRobot(locationId: $loc, name: "loader-7") { id name location { id } parts { name mainPart } mainPart { name } } }', { loc: hq });
    const robot = data.newRobot;
    expect(robot).toMatchObject({ name: 'loader-7', location: { id: hq }, parts: [{ name: 'loader-7-main', mainPart: true }], mainPart: { name: 'loader-7-main' } });
    expect((await t.fleet.app.call('GetRobot', { id: robot.id })).robot.name).toBe('loader-7');

    const listed = await t.ok('query($loc: ID!) { location(id: $loc) { robotCount robots { id name } } }', { loc: hq });
    expect(listed.location.robots).toContainEqual({ id: robot.id, name: 'loader-7' });
    expect(listed.location.robotCount).toBe(listed.location.robots.length);
  });

  it('shows the new robot to later fields of the same operation', async () => {
    const location = insertLocation(t.fleet.server.db, t.fleet.orgId, 'Pad', null).id;
    const data = await t.ok(
      `mutation($loc: ID!) {
        a: newRobot(locationId: $loc, name: "pad-a") { location { robotCount robots { name } } }
        b: newRobot(locationId: $loc, name: "pad-b") { location { robotCount robots { name } } }
      }`,
      { loc: location },
    );
    expect(data.a.location).toEqual({ robotCount: 1, robots: [{ name: 'pad-a' }] });
    expect(data.b.location.robotCount).toBe(2);
    expect(data.b.location.robots).toHaveLength(2);
    expect(data.b.location.robots).toEqual(expect.arrayContaining([{ name: 'pad-a' }, { name: 'pad-b' }]));
  });

  it('rejects an empty name and unknown or malformed locations, creating nothing', async () => {
    const before = await robotIdsIn(hq);
    const create = 'mutation($loc: ID!, $name: String!) { newRobot(locationId: $loc, name: $name) { id } }';
    expectOnlyError(await t.gql(create, { loc: hq, name: '' }), ['newRobot'], 'BAD_USER_INPUT', 'INVALID_ARGUMENT');
    expectOnlyError(await t.gql(create, { loc: UNKNOWN_ID, name: 'ghost' }), ['newRobot'], 'NOT_FOUND', 'NOT_FOUND');
    expectOnlyError(await t.gql(create, { loc: 'hq', name: 'ghost' }), ['newRobot'], 'BAD_USER_INPUT', 'INVALID_ARGUMENT');
    expect(await robotIdsIn(hq)).toEqual(before);
  });
});

describe('Mutation.updateRobot', () => {
  it('renames a robot and moves it to another location', async () => {
    const robot = insertRobot(t.fleet.server.db, hq, 'mover');
    const data = await t.ok('mutation($id: ID!, $loc: ID!) { updateRobot(id: $id, name: "mover-2", locationId: $loc) { id name location { id name } } }', {
      id: robot.id,
      loc: assembly,
    });
    expect(data.updateRobot).toEqual({ id: robot.id, name: 'mover-2', location: { id: assembly, name: 'Assembly Line' } });
    expect((await t.fleet.app.call('GetRobot', { id: robot.id })).robot).toMatchObject({ name: 'mover-2', location: assembly });
    expect(await robotIdsIn(assembly)).toContain(robot.id);
    expect(await robotIdsIn(hq)).not.toContain(robot.id);
  });

  it('rejects an empty name, unknown robots and locations, changing nothing', async () => {
    const robot = insertRobot(t.fleet.server.db, hq, 'steady');
    const update = 'mutation($id: ID!, $name: String!, $loc: ID!) { updateRobot(id: $id, name: $name, locationId: $loc) { id } }';
    expectOnlyError(await t.gql(update, { id: robot.id, name: ' ', loc: hq }), ['updateRobot'], 'BAD_USER_INPUT', 'INVALID_ARGUMENT');
    expectOnlyError(await t.gql(update, { id: robot.id, name: 'x', loc: UNKNOWN_ID }), ['updateRobot'], 'NOT_FOUND', 'NOT_FOUND');
    expectOnlyError(await t.gql(update, { id: UNKNOWN_ID, name: 'x', loc: hq }), ['updateRobot'], 'NOT_FOUND', 'NOT_FOUND');
    expect((await t.fleet.app.call('GetRobot', { id: robot.id })).robot).toMatchObject({ name: 'steady', location: hq });
  });
});

describe('Mutation.deleteRobot', () => {
  it('deletes a robot with its parts and returns its id', async () => {
    const robot = insertRobot(t.fleet.server.db, hq, 'doomed');
    const part = insertPart(t.fleet.server.db, robot.id, 'doomed-extra');
    const data = await t.ok('mutation($id: ID!) { deleteRobot(id: $id) }', { id: robot.id });
    expect(data.deleteRobot).toBe(robot.id);
    await expectStatus(t.fleet.app.call('GetRobot', { id: robot.id }), grpc.status.NOT_FOUND);
    await expectStatus(t.fleet.app.call('GetRobotPart', { id: part.id }), grpc.status.NOT_FOUND);
    expect(await robotIdsIn(hq)).not.toContain(robot.id);
  });

  it('answers NOT_FOUND for an unknown robot and FORBIDDEN for another organization\'s', async () => {
    const db = t.fleet.server.db;
    expectOnlyError(await t.gql('mutation($id: ID!) { deleteRobot(id: $id) }', { id: UNKNOWN_ID }), ['deleteRobot'], 'NOT_FOUND', 'NOT_FOUND');
    const foreign = insertRobot(db, insertLocation(db, insertOrganization(db, 'Not yours').id, 'There', null).id, 'theirs');
    expectOnlyError(await t.gql('mutation($id: ID!) { deleteRobot(id: $id) }', { id: foreign.id }), ['deleteRobot'], 'FORBIDDEN', 'PERMISSION_DENIED');
    expect(db.prepare('SELECT name FROM robots WHERE id = ?').get(foreign.id)).toEqual({ name: 'theirs' });
  });
});

describe('online state', () => {
  it('turns ONLINE after the robot calls Config with its part secret', async () => {
    const robot = insertRobot(t.fleet.server.db, hq, 'wakes-up');
    const query = 'query($id: ID!) { robot(id: $id) { onlineState lastAccess mainPart { id onlineState lastAccess secrets { secret } } } }';
    const before = await t.ok(query, { id: robot.id });
    expect(before.robot).toMatchObject({ onlineState: 'AWAITING_SETUP', lastAccess: null, mainPart: { onlineState: 'AWAITING_SETUP', lastAccess: null } });

    const partId = before.robot.mainPart.id;
    const robotClient = await t.fleet.robotAs(partId, before.robot.mainPart.secrets[0].secret);
    await robotClient.call('Config', { id: partId });

    const after = await t.ok(query, { id: robot.id });
    expect(after.robot.onlineState).toBe('ONLINE');
    expect(after.robot.mainPart.onlineState).toBe('ONLINE');
    expect(after.robot.lastAccess).toBe(after.robot.mainPart.lastAccess);
    const { part } = await t.fleet.app.call('GetRobotPart', { id: partId });
    expect(new Date(after.robot.mainPart.lastAccess).getTime()).toBe(Number(part.last_access.seconds) * 1000 + Math.floor(part.last_access.nanos / 1e6));
  });
});
