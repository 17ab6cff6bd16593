/**
 * Robot parts through GraphQL: get (config as exact JSON), history, update, new / delete, main
 * part, restart, secrets, and the robot / location back edges; each checked upstream over gRPC or
 * from the robot's side over RobotService.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import { expectOnlyError, idByName, mainPartId } from './support/graph.ts';
import { expectStatus, grpc } from './support/fleet.ts';
import { UNKNOWN_ID } from './support/fixtures.ts';
import { insertRobot } from '../src/fleet-server/robots.ts';
import { insertPart } from '../src/fleet-server/parts.ts';
import { fromStruct } from '../src/wire/struct.ts';
import type { JsonObject } from '../src/wire/struct.ts';

let t: TestGateway;
let hq: string;

beforeAll(async () => {
  t = await startTestGateway();
  hq = idByName(t.fleet.server.db, 'locations', 'Headquarters');
});
afterAll(() => t.close());

/** A robot of its own for one test: its main part and a second part. */
function freshRobot(name: string) {
  const robot = insertRobot(t.fleet.server.db, hq, name);
  const mainId = mainPartId(t.fleet.server.db, robot.id);
  const second = insertPart(t.fleet.server.db, robot.id, `${name}-second`);
  return { robotId: robot.id, mainId, secondId: second.id };
}

const upstreamPart = async (id: string) => (await t.fleet.app.call('GetRobotPart', { id })) as { part: any; config_json: string };

/** Every kind of JSON value, nested, as a robot config. */
const CONFIG: JsonObject = {
  components: [
    {
      name: 'camera',
      api: 'rdk:component:camera',
      model: 'rdk:builtin:fake',
      attributes: { width_px: 640, fps: 29.97, offset: -12.5, tiny: 1e-9, huge: 1.5e300, zero: 0, flip: false, mirrored: true, crop: null },
      depends_on: [],
    },
  ],
  services: [],
  modules: [{ name: 'mod', env: { A: 'x', EMPTY: '' } }],
  nested: { deep: { deeper: { list: [1, 'two', true, null, [3, [4]], { five: 5 }] } } },
  unicode: 'grüße, 机器人 🤖',
  empty: {},
  debug: true,
};

describe('Query.robotPart (GetRobotPart)', () => {
  it('reads a part with its config as JSON exactly and configJson as the upstream formats it', async () => {
    const id = idByName(t.fleet.server.db, 'robot_parts', 'rover-1-camera');
    const data = await t.ok(
      'query($id: ID!) { robotPart(id: $id) { id name mainPart dnsName fqdn localFqdn createdOn lastUpdated config configJson secrets { id secret } } }',
      { id },
    );
    const { part, config_json: configJson } = await upstreamPart(id);
    expect(data.robotPart).toMatchObject({ id, name: 'rover-1-camera', mainPart: false, dnsName: part.dns_name, fqdn: part.fqdn, localFqdn: part.local_fqdn });
    expect(data.robotPart.config).toEqual(fromStruct(part.robot_config));
    expect(data.robotPart.config.components[1]).toEqual({ name: 'base', api: 'rdk:component:base', model: 'rdk:builtin:fake', attributes: { width_mm: 400 } });
    expect(data.robotPart.configJson).toBe(configJson);
    expect(data.robotPart.secrets.map((s: any) => s.secret)).toEqual(part.secrets.map((s: any) => s.secret));
  });

  it('costs one GetRobotPart per part for configJson, whether the part came by id or in a list', async () => {
    const robotId = idByName(t.fleet.server.db, 'robots', 'rover-2');
    const partId = idByName(t.fleet.server.db, 'robot_parts', 'rover-2-camera');
    const calls = t.fleet.server.calls;
    await t.ok('{ organizations { id } }');

    calls.reset();
    const byId = await t.ok('query($part: ID!) { robotPart(id: $part) { config configJson } again: robotPart(id: $part) { configJson } }', { part: partId });
    expect(calls.count('GetRobotPart')).toBe(1);
    expect(byId.again.configJson).toBe(byId.robotPart.configJson);

    calls.reset();
    const inList = await t.ok('query($robot: ID!) { robot(id: $robot) { parts { id configJson } } }', { robot: robotId });
    expect(calls.count('GetRobotPart')).toBe(2);
    const [main, camera] = inList.robot.parts;
    expect(camera.configJson).toBe(byId.robotPart.configJson);
    expect(main.configJson).toBe((await upstreamPart(main.id)).config_json);
  });

  it('has robot and location back edges', async () => {
    const id = idByName(t.fleet.server.db, 'robot_parts', 'arm-2-main');
    const data = await t.ok('query($id: ID!) { robotPart(id: $id) { robot { name mainPart { id } } location { name parent { name } organization { name } } } }', { id });
    expect(data.robotPart).toEqual({
      robot: { name: 'arm-2', mainPart: { id } },
      location: { name: 'Assembly Line', parent: { name: 'Headquarters' }, organization: { name: 'Demo Fleet' } },
    });
  });

  it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    expectOnlyError(await t.gql('query($id: ID!) { robotPart(id: $id) { name } }', { id: UNKNOWN_ID }), ['robotPart'], 'NOT_FOUND', 'NOT_FOUND');
    expectOnlyError(await t.gql('query($id: ID!) { robotPart(id: $id) { name } }', { id: 'part-1' }), ['robotPart'], 'BAD_USER_INPUT', 'INVALID_ARGUMENT');
  });
});

describe('Mutation.updateRobotPart and RobotPart.history (UpdateRobotPart, GetRobotPartHistory)', () => {
  const UPDATE = 'mutation($id: ID!, $name: String!, $config: JSON!) { updateRobotPart(id: $id, name: $name, config: $config) { id name config configJson } }';

  it('round-trips a config exactly: nested objects, lists, numbers, booleans, null', async () => {
    const { secondId } = freshRobot('config-bot');
    const data = await t.ok(UPDATE, { id: secondId, name: 'config-bot-renamed', config: CONFIG });
    expect(data.updateRobotPart.name).toBe('config-bot-renamed');
    expect(JSON.stringify(data.updateRobotPart.config)).toBe(JSON.stringify(CONFIG));
    expect(JSON.parse(data.updateRobotPart.configJson)).toEqual(CONFIG);

    const { part, config_json: configJson } = await upstreamPart(secondId);
    expect(part.name).toBe('config-bot-renamed');
    expect(JSON.stringify(fromStruct(part.robot_config))).toBe(JSON.stringify(CONFIG));
    expect(data.updateRobotPart.configJson).toBe(configJson);

    const read = await t.ok('query($id: ID!) { robotPart(id: $id) { config } }', { id: secondId });
    expect(JSON.stringify(read.robotPart.config)).toBe(JSON.stringify(CONFIG));
  });

  it('takes a config written inline in the query, with variables inside it', async () => {
    const { secondId } = freshRobot('literal-bot');
    const data = await t.ok(
      'mutation($id: ID!, $fps: Float) { updateRobotPart(id: $id, name: "literal", config: { a: 1, b: -2.5, c: [true, null, "x"], d: { e: { f: [] } }, fps: $fps }) { config } }',
      { id: secondId, fps: 30.5 },
    );
    const expected = { a: 1, b: -2.5, c: [true, null, 'x'], d: { e: { f: [] } }, fps: 30.5 };
    expect(data.updateRobotPart.config).toEqual(expected);
    expect(fromStruct((await upstreamPart(secondId)).part.robot_config)).toEqual(expected);
  });

  it('records the previous version in the history with who edited it', async () => {
    const { secondId, robotId } = freshRobot('history-bot');
    const before = await upstreamPart(secondId);
    await t.ok(UPDATE, { id: secondId, name: 'history-bot-v2', config: { version: 2 } });
    await t.ok(UPDATE, { id: secondId, name: 'history-bot-v3', config: { version: 3 } });

    const data = await t.ok(
      'query($id: ID!) { robotPart(id: $id) { name config history { partId robotId when editedBy old { id name config configJson } } } }',
      { id: secondId },
    );
    const { history } = await t.fleet.app.call('GetRobotPartHistory', { id: secondId });
    expect(data.robotPart.name).toBe('history-bot-v3');
    expect(data.robotPart.history).toHaveLength(2);
    expect(data.robotPart.history.map((h: any) => h.old.name)).toEqual(history.map((h: any) => h.old.name));
    expect(data.robotPart.history.map((h: any) => h.old.name)).toEqual(['history-bot-v2', before.part.name]);
    expect(data.robotPart.history.map((h: any) => h.old.config)).toEqual([{ version: 2 }, fromStruct(before.part.robot_config)]);
    // The snapshot's configJson is the config it had then, not the part's current one.
    expect(data.robotPart.history.map((h: any) => JSON.parse(h.old.configJson))).toEqual([{ version: 2 }, fromStruct(before.part.robot_config)]);
    expect(data.robotPart.history[0]).toMatchObject({ partId: secondId, robotId, editedBy: `api-key:${t.fleet.keyId}` });
    // The snapshot does not stand in for the part elsewhere in the same request.
    expect(data.robotPart.config).toEqual({ version: 3 });
  });

  it('names editors that were not API keys by how they authenticated', async () => {
    const { secondId, robotId } = freshRobot('edited-by-robot');
    // The embedded server lets only API keys edit parts; Viam's cloud also records edits made with
    // a part or location secret. Such history rows are fixtures here.
    const insert = t.fleet.server.db.prepare('INSERT INTO part_history (part_id, robot_id, edited_on, old_part, edited_by) VALUES (?, ?, ?, ?, ?)');
    const editors = [
      ['AUTHENTICATION_TYPE_ROBOT_PART_SECRET', `robot-part:${secondId}`],
      ['AUTHENTICATION_TYPE_LOCATION_SECRET', `location:${hq}`],
      ['AUTHENTICATION_TYPE_WEB_OAUTH', 'user:someone@example.com'],
    ] as const;
    editors.forEach(([type, expected], i) =>
      insert.run(secondId, robotId, Date.now() + i, JSON.stringify({ id: secondId, name: `v${i}` }), JSON.stringify({ type, value: expected.slice(expected.indexOf(':') + 1) })),
    );
    const data = await t.ok('query($id: ID!) { robotPart(id: $id) { history { editedBy old { name } } } }', { id: secondId });
    expect(data.robotPart.history).toEqual(editors.map(([, expected], i) => ({ editedBy: expected, old: { name: `v${i}` } })).reverse());
  });

  it('rejects an empty name, a taken name, a non-object config and non-finite numbers, changing nothing', async () => {
    const { secondId } = freshRobot('strict-bot');
    const before = await upstreamPart(secondId);
    expectOnlyError(await t.gql(UPDATE, { id: secondId, name: '', config: {} }), ['updateRobotPart'], 'BAD_USER_INPUT', 'INVALID_ARGUMENT');
    expectOnlyError(await t.gql(UPDATE, { id: secondId, name: 'strict-bot-main', config: {} }), ['updateRobotPart'], 'ALREADY_EXISTS', 'ALREADY_EXISTS');
    expectOnlyError(await t.gql(UPDATE, { id: secondId, name: 'ok', config: [1, 2] }), ['updateRobotPart'], 'BAD_USER_INPUT');
    expectOnlyError(await t.gql(UPDATE, { id: secondId, name: 'ok', config: 'text' }), ['updateRobotPart'], 'BAD_USER_INPUT');
    expectOnlyError(await t.gql(`mutation($id: ID!) { updateRobotPart(id: $id, name: "ok", config: { big: 1e400 }) { id } }`, { id: secondId }), ['updateRobotPart'], 'BAD_USER_INPUT', 'INVALID_ARGUMENT');
    expectOnlyError(await t.gql(UPDATE, { id: UNKNOWN_ID, name: 'ok', config: {} }), ['updateRobotPart'], 'NOT_FOUND', 'NOT_FOUND');
    const after = await upstreamPart(secondId);
    expect(after).toEqual(before);
    expect((await t.fleet.app.call('GetRobotPartHistory', { id: secondId })).history).toEqual([]);
  });
});

describe('Mutation.newRobotPart and Mutation.deleteRobotPart', () => {
  it('adds a part to a robot, then deletes it', async () => {
    const { robotId } = freshRobot('growing');
    const data = await t.ok('mutation($robot: ID!) { newRobotPart(robotId: $robot, name: "growing-arm") { id name mainPart robot { id parts { name } } } }', { robot: robotId });
    const part = data.newRobotPart;
    expect(part).toMatchObject({ name: 'growing-arm', mainPart: false, robot: { id: robotId } });
    expect(part.robot.parts.map((p: any) => p.name).sort()).toEqual(['growing-arm', 'growing-main', 'growing-second']);
    expect((await upstreamPart(part.id)).part.robot).toBe(robotId);

    const deleted = await t.ok('mutation($id: ID!) { deleteRobotPart(id: $id) }', { id: part.id });
    expect(deleted.deleteRobotPart).toBe(part.id);
    await expectStatus(t.fleet.app.call('GetRobotPart', { id: part.id }), grpc.status.NOT_FOUND);
  });

  it('refuses an empty or taken name, an unknown robot, and deleting the main part', async () => {
    const { robotId, mainId } = freshRobot('picky');
    const partNames = async () => (await t.fleet.app.call('GetRobotParts', { robot_id: robotId })).parts.map((p: any) => p.name);
    const before = await partNames();
    const add = 'mutation($robot: ID!, $name: String!) { newRobotPart(robotId: $robot, name: $name) { id } }';
    expectOnlyError(await t.gql(add, { robot: robotId, name: ' ' }), ['newRobotPart'], 'BAD_USER_INPUT', 'INVALID_ARGUMENT');
    expectOnlyError(await t.gql(add, { robot: robotId, name: 'picky-second' }), ['newRobotPart'], 'ALREADY_EXISTS', 'ALREADY_EXISTS');
    expectOnlyError(await t.gql(add, { robot: UNKNOWN_ID, name: 'x' }), ['newRobotPart'], 'NOT_FOUND', 'NOT_FOUND');
    expectOnlyError(await t.gql('mutation($id: ID!) { deleteRobotPart(id: $id) }', { id: mainId }), ['deleteRobotPart'], 'FAILED_PRECONDITION', 'FAILED_PRECONDITION');
    expect(await partNames()).toEqual(before);
  });
});

describe('Mutation.markPartAsMain', () => {
  it('makes another part the main part', async () => {
    const { robotId, mainId, secondId } = freshRobot('switcher');
    const data = await t.ok('mutation($id: ID!) { markPartAsMain(id: $id) { id mainPart robot { mainPart { id } } } }', { id: secondId });
    expect(data.markPartAsMain).toEqual({ id: secondId, mainPart: true, robot: { mainPart: { id: secondId } } });
    const { parts } = await t.fleet.app.call('GetRobotParts', { robot_id: robotId });
    expect(parts.map((p: any) => [p.id, p.main_part])).toEqual([
      [secondId, true],
      [mainId, false],
    ]);
  });
});

describe('Mutation.markPartForRestart', () => {
  it('makes the robot\'s next NeedsRestart answer true, once', async () => {
    const { secondId } = freshRobot('restarter');
    const data = await t.ok('mutation($id: ID!) { markPartForRestart(id: $id) { id secrets { secret } } }', { id: secondId });
    expect(data.markPartForRestart.id).toBe(secondId);
    const robot = await t.fleet.robotAs(secondId, data.markPartForRestart.secrets[0].secret);
    expect((await robot.call('NeedsRestart', { id: secondId })).must_restart).toBe(true);
    expect((await robot.call('NeedsRestart', { id: secondId })).must_restart).toBe(false);
  });

  it('answers NOT_FOUND for an unknown part', async () => {
    expectOnlyError(await t.gql('mutation($id: ID!) { markPartForRestart(id: $id) { id } }', { id: UNKNOWN_ID }), ['markPartForRestart'], 'NOT_FOUND', 'NOT_FOUND');
  });
});

describe('part secrets (CreateRobotPartSecret, DeleteRobotPartSecret)', () => {
  it('creates a secret the robot can authenticate with, then deletes it', async () => {
    const { secondId } = freshRobot('keyring');
    const [first] = (await upstreamPart(secondId)).part.secrets;
    const created = await t.ok('mutation($id: ID!) { createRobotPartSecret(partId: $id) { id secrets { id secret } } }', { id: secondId });
    const secrets = created.createRobotPartSecret.secrets;
    expect(secrets).toHaveLength(2);
    expect((await upstreamPart(secondId)).part.secrets.map((s: any) => s.id)).toEqual(secrets.map((s: any) => s.id));
    const added = secrets.find((s: any) => s.id !== first.id);
    await t.fleet.robotAs(secondId, added.secret);

    const deleted = await t.ok('mutation($id: ID!, $secret: ID!) { deleteRobotPartSecret(partId: $id, secretId: $secret) }', { id: secondId, secret: added.id });
    expect(deleted.deleteRobotPartSecret).toBe(added.id);
    expect((await upstreamPart(secondId)).part.secrets.map((s: any) => s.id)).toEqual([first.id]);
    await expectStatus(t.fleet.robotAs(secondId, added.secret), grpc.status.UNAUTHENTICATED);
  });

  it('refuses to delete the last secret or an unknown one, keeping the secrets', async () => {
    const { secondId } = freshRobot('last-key');
    const before = (await upstreamPart(secondId)).part.secrets;
    const remove = 'mutation($id: ID!, $secret: ID!) { deleteRobotPartSecret(partId: $id, secretId: $secret) }';
    expectOnlyError(await t.gql(remove, { id: secondId, secret: before[0].id }), ['deleteRobotPartSecret'], 'FAILED_PRECONDITION', 'FAILED_PRECONDITION');
    expectOnlyError(await t.gql(remove, { id: secondId, secret: UNKNOWN_ID }), ['deleteRobotPartSecret'], 'NOT_FOUND', 'NOT_FOUND');
    expect((await upstreamPart(secondId)).part.secrets).toEqual(before);
  });
});
