import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestFleet, appWithRole, expectStatus, grpc, keyWithRole, ownedOrganization, type RpcClient, type TestFleet } from './support/fleet.ts';
import { UNKNOWN_ID } from './support/fixtures.ts';
import { idByName, mainPartId, storedPart } from './support/graph.ts';
import { insertRobot } from '../src/fleet-server/robots.ts';
import { insertPart } from '../src/fleet-server/parts.ts';
import { fromStruct, fromTimestamp, toStruct, type JsonObject } from '../src/wire/struct.ts';

let fleet: TestFleet;
let headquartersId: string;
beforeAll(async () => {
  fleet = await startTestFleet();
  headquartersId = idByName(fleet.server.db, 'locations', 'Headquarters');
});
afterAll(() => fleet.close());

const db = () => fleet.server.db;
const storedSecrets = (partId: string) =>
  db().prepare('SELECT id, secret FROM part_secrets WHERE part_id = ? ORDER BY created_on, id').all(partId) as { id: string; secret: string }[];
const historyCount = (partId: string) => (db().prepare('SELECT count(*) AS n FROM part_history WHERE part_id = ?').get(partId) as { n: number }).n;

let robotCounter = 0;
/** A fresh robot in Headquarters (main part `<name>-main`) so tests do not disturb each other. */
function newRobot(extraParts: string[] = []): { robotId: string; mainId: string; partIds: string[] } {
  const name = `parts-robot-${++robotCounter}`;
  const robot = insertRobot(db(), headquartersId, name);
  const mainId = mainPartId(db(), robot.id);
  const partIds = extraParts.map((part) => insertPart(db(), robot.id, part).id);
  return { robotId: robot.id, mainId, partIds };
}

async function expectInvalid(promise: Promise<unknown>, field: string): Promise<void> {
  const error = await expectStatus(promise, grpc.status.INVALID_ARGUMENT);
  expect(error.details).toContain(field);
}

describe('GetRobotParts', () => {
  it('lists the parts of a robot, main part first, each with its own secrets', async () => {
    const { parts } = await fleet.app.call('GetRobotParts', { robot_id: idByName(db(), 'robots', 'rover-1') });
    expect(parts.map((p: any) => [p.name, p.main_part])).toEqual([
      ['rover-1-main', true],
      ['rover-1-camera', false],
    ]);
    for (const part of parts) {
      expect(part.robot).toBe(idByName(db(), 'robots', 'rover-1'));
      expect(part.location_id).toBe(headquartersId);
      expect(part.secrets.map((s: any) => s.secret)).toEqual(storedSecrets(part.id).map((s) => s.secret));
      expect(part.secret).toBe(storedSecrets(part.id)[0]!.secret);
    }
  });

  it('puts the main part first even when it is the newest', async () => {
    const { robotId, mainId, partIds } = newRobot(['second', 'third']);
    // Distinct creation times: parts created within one millisecond are ordered by id.
    [mainId, ...partIds].forEach((id, i) => db().prepare('UPDATE robot_parts SET created_on = ? WHERE id = ?').run(1_700_000_000_000 + i, id));
    await fleet.app.call('MarkPartAsMain', { part_id: partIds[1] });
    const { parts } = await fleet.app.call('GetRobotParts', { robot_id: robotId });
    expect(parts.map((p: any) => p.id)).toEqual([partIds[1], mainId, partIds[0]]);
  });

  it('checks robot_id', async () => {
    await expectInvalid(fleet.app.call('GetRobotParts', { robot_id: '' }), 'robot_id');
    await expectInvalid(fleet.app.call('GetRobotParts', { robot_id: 'rover-1' }), 'robot_id');
    await expectStatus(fleet.app.call('GetRobotParts', { robot_id: UNKNOWN_ID }), grpc.status.NOT_FOUND);
  });
});

describe('GetRobotPart', () => {
  it('returns the part and its config as pretty JSON text', async () => {
    const id = idByName(db(), 'robot_parts', 'rover-1-camera');
    const { part, config_json } = await fleet.app.call('GetRobotPart', { id });
    expect(part).toMatchObject({ id, name: 'rover-1-camera', main_part: false, robot: idByName(db(), 'robots', 'rover-1') });
    const config = JSON.parse(storedPart(db(), id)!.robot_config);
    expect(config.components).toHaveLength(2);
    expect(fromStruct(part.robot_config)).toEqual(config);
    expect(config_json).toBe(JSON.stringify(config, null, 2));
    expect(config_json).toContain('\n  "components"');
  });

  it('checks id', async () => {
    await expectInvalid(fleet.app.call('GetRobotPart', {}), 'id');
    await expectInvalid(fleet.app.call('GetRobotPart', { id: 'x' }), 'id');
    await expectStatus(fleet.app.call('GetRobotPart', { id: UNKNOWN_ID }), grpc.status.NOT_FOUND);
  });
});

describe('UpdateRobotPart and GetRobotPartHistory', () => {
  it('changes name and config, bumps last_updated and records who edited what', async () => {
    const { partIds } = newRobot(['sensor']);
    const id = partIds[0]!;
    const before = (await fleet.app.call('GetRobotPart', { id })).part;

    const first = await fleet.app.call('UpdateRobotPart', { id, name: 'sensor-a', robot_config: toStruct({ components: [{ name: 'a' }], n: 1.5 }) });
    expect(first.part).toMatchObject({ id, name: 'sensor-a' });
    expect(fromStruct(first.part.robot_config)).toEqual({ components: [{ name: 'a' }], n: 1.5 });
    expect(fromTimestamp(first.part.last_updated)!.getTime()).toBeGreaterThan(fromTimestamp(before.last_updated)!.getTime());

    // Without robot_config the stored config stays.
    const second = await fleet.app.call('UpdateRobotPart', { id, name: '  sensor-b  ', last_known_update: first.part.last_updated });
    expect(second.part.name).toBe('sensor-b');
    expect(fromStruct(second.part.robot_config)).toEqual({ components: [{ name: 'a' }], n: 1.5 });
    expect(JSON.parse(storedPart(db(), id)!.robot_config)).toEqual({ components: [{ name: 'a' }], n: 1.5 });

    const { history } = await fleet.app.call('GetRobotPartHistory', { id });
    expect(history).toHaveLength(2);
    // Newest first: the entry of the second edit holds the part as the first edit left it.
    expect(history[0].old).toMatchObject({ id, name: 'sensor-a' });
    expect(fromStruct(history[0].old.robot_config)).toEqual({ components: [{ name: 'a' }], n: 1.5 });
    expect(history[1].old).toMatchObject({ id, name: 'sensor', main_part: false });
    expect(fromStruct(history[1].old.robot_config)).toEqual({});
    for (const entry of history) {
      expect(entry).toMatchObject({ part: id, robot: before.robot, edited_by: { type: 'AUTHENTICATION_TYPE_API_KEY', value: fleet.keyId } });
      expect(entry.old.secrets).toEqual([]);
      expect(Math.abs(fromTimestamp(entry.when)!.getTime() - Date.now())).toBeLessThan(60_000);
    }
    expect(fromTimestamp(history[0].when)!.getTime()).toBeGreaterThanOrEqual(fromTimestamp(history[1].when)!.getTime());
  });

  it('refuses bad input and a stale last_known_update, leaving the part and its history unchanged', async () => {
    const { mainId, partIds } = newRobot(['sensor']);
    const id = partIds[0]!;
    const { part } = await fleet.app.call('UpdateRobotPart', { id, name: 'sensor', robot_config: toStruct({ keep: true }) });
    const stored = storedPart(db(), id);
    const entries = historyCount(id);

    await expectInvalid(fleet.app.call('UpdateRobotPart', { id, name: '', robot_config: toStruct({ x: 1 }) }), 'name');
    await expectInvalid(fleet.app.call('UpdateRobotPart', { id, name: 'a\u0007b' }), 'name');
    await expectInvalid(fleet.app.call('UpdateRobotPart', { id, name: 'x'.repeat(201) }), 'name');
    await expectInvalid(fleet.app.call('UpdateRobotPart', { id: 'nope', name: 'ok' }), 'id');
    await expectInvalid(fleet.app.call('UpdateRobotPart', { id, name: 'ok', robot_config: toStruct({ a: { b: [1, Number.NaN] } }) }), 'robot_config.a.b[1]');
    await expectInvalid(fleet.app.call('UpdateRobotPart', { id, name: 'ok', robot_config: toStruct({ a: Number.POSITIVE_INFINITY }) }), 'robot_config.a');
    const taken = await expectStatus(fleet.app.call('UpdateRobotPart', { id, name: storedPart(db(), mainId)!.name }), grpc.status.ALREADY_EXISTS);
    expect(taken.details).toContain('name');
    const stale = { seconds: part.last_updated.seconds - 10, nanos: 0 };
    const conflict = await expectStatus(fleet.app.call('UpdateRobotPart', { id, name: 'ok', last_known_update: stale }), grpc.status.ABORTED);
    expect(conflict.details).toContain('last_known_update');
    await expectStatus(fleet.app.call('UpdateRobotPart', { id: UNKNOWN_ID, name: 'ok' }), grpc.status.NOT_FOUND);

    expect(storedPart(db(), id)).toEqual(stored);
    expect(historyCount(id)).toBe(entries);
  });

  it('answers history errors and an empty history', async () => {
    const { mainId } = newRobot();
    expect((await fleet.app.call('GetRobotPartHistory', { id: mainId })).history).toEqual([]);
    await expectInvalid(fleet.app.call('GetRobotPartHistory', { id: '' }), 'id');
    await expectStatus(fleet.app.call('GetRobotPartHistory', { id: UNKNOWN_ID }), grpc.status.NOT_FOUND);
  });
});

describe('NewRobotPart', () => {
  it('adds a second, non-main part with its own secret', async () => {
    const { robotId, mainId } = newRobot();
    const { part_id } = await fleet.app.call('NewRobotPart', { robot_id: robotId, part_name: 'gripper' });
    const { parts } = await fleet.app.call('GetRobotParts', { robot_id: robotId });
    expect(parts.map((p: any) => [p.id, p.main_part])).toEqual([
      [mainId, true],
      [part_id, false],
    ]);
    expect(parts[1].secrets).toHaveLength(1);
  });

  it('makes the first part of a robot its main part', async () => {
    const robotId = crypto.randomUUID();
    db().prepare('INSERT INTO robots (id, location_id, name, created_on) VALUES (?, ?, ?, ?)').run(robotId, headquartersId, 'no-parts-yet', Date.now());
    const first = await fleet.app.call('NewRobotPart', { robot_id: robotId, part_name: 'first' });
    const second = await fleet.app.call('NewRobotPart', { robot_id: robotId, part_name: 'second' });
    expect(storedPart(db(), first.part_id)!.main_part).toBe(1);
    expect(storedPart(db(), second.part_id)!.main_part).toBe(0);
  });

  it('refuses a taken or bad name and an unknown robot, adding nothing', async () => {
    const { robotId } = newRobot(['taken']);
    const count = () => (db().prepare('SELECT count(*) AS n FROM robot_parts WHERE robot_id = ?').get(robotId) as { n: number }).n;
    const error = await expectStatus(fleet.app.call('NewRobotPart', { robot_id: robotId, part_name: 'taken' }), grpc.status.ALREADY_EXISTS);
    expect(error.details).toContain('part_name');
    await expectInvalid(fleet.app.call('NewRobotPart', { robot_id: robotId, part_name: ' ' }), 'part_name');
    await expectInvalid(fleet.app.call('NewRobotPart', { robot_id: 'x', part_name: 'ok' }), 'robot_id');
    await expectStatus(fleet.app.call('NewRobotPart', { robot_id: UNKNOWN_ID, part_name: 'ok' }), grpc.status.NOT_FOUND);
    expect(count()).toBe(2);
  });
});

describe('DeleteRobotPart', () => {
  it('deletes a non-main part with its secrets and history', async () => {
    const { robotId, partIds } = newRobot(['doomed']);
    const id = partIds[0]!;
    await fleet.app.call('UpdateRobotPart', { id, name: 'doomed-2' });
    await fleet.app.call('DeleteRobotPart', { part_id: id });
    expect(storedPart(db(), id)).toBeUndefined();
    expect(storedSecrets(id)).toEqual([]);
    expect(historyCount(id)).toBe(0);
    expect((await fleet.app.call('GetRobotParts', { robot_id: robotId })).parts).toHaveLength(1);
    await expectStatus(fleet.app.call('DeleteRobotPart', { part_id: id }), grpc.status.NOT_FOUND);
  });

  it('refuses the main part while others exist, and the only part of a robot', async () => {
    const { mainId, partIds } = newRobot(['other']);
    const withOthers = await expectStatus(fleet.app.call('DeleteRobotPart', { part_id: mainId }), grpc.status.FAILED_PRECONDITION);
    expect(withOthers.details).toMatch(/main part/);
    await fleet.app.call('DeleteRobotPart', { part_id: partIds[0] });
    const only = await expectStatus(fleet.app.call('DeleteRobotPart', { part_id: mainId }), grpc.status.FAILED_PRECONDITION);
    expect(only.details).toMatch(/only part/);
    expect(storedPart(db(), mainId)!.main_part).toBe(1);
    await expectInvalid(fleet.app.call('DeleteRobotPart', { part_id: '' }), 'part_id');
  });
});

describe('MarkPartAsMain', () => {
  it('moves the main flag so exactly one part is main', async () => {
    const { robotId, mainId, partIds } = newRobot(['b', 'c']);
    await fleet.app.call('MarkPartAsMain', { part_id: partIds[0] });
    const mains = () => db().prepare('SELECT id FROM robot_parts WHERE robot_id = ? AND main_part = 1').all(robotId) as { id: string }[];
    expect(mains()).toEqual([{ id: partIds[0] }]);
    // The old main part can now be deleted, the new one cannot.
    await fleet.app.call('DeleteRobotPart', { part_id: mainId });
    await expectStatus(fleet.app.call('DeleteRobotPart', { part_id: partIds[0] }), grpc.status.FAILED_PRECONDITION);
    await fleet.app.call('MarkPartAsMain', { part_id: partIds[0] });
    expect(mains()).toEqual([{ id: partIds[0] }]);
  });

  it('checks part_id', async () => {
    await expectInvalid(fleet.app.call('MarkPartAsMain', { part_id: 'main' }), 'part_id');
    await expectStatus(fleet.app.call('MarkPartAsMain', { part_id: UNKNOWN_ID }), grpc.status.NOT_FOUND);
  });
});

describe('MarkPartForRestart', () => {
  it('stores the restart flag on the part only', async () => {
    const { mainId, partIds } = newRobot(['other']);
    const flag = (id: string) => storedPart(db(), id)!.needs_restart;
    expect(flag(mainId)).toBe(0);
    await fleet.app.call('MarkPartForRestart', { part_id: mainId });
    expect(flag(mainId)).toBe(1);
    expect(flag(partIds[0]!)).toBe(0);
    await expectInvalid(fleet.app.call('MarkPartForRestart', { part_id: '' }), 'part_id');
    await expectStatus(fleet.app.call('MarkPartForRestart', { part_id: UNKNOWN_ID }), grpc.status.NOT_FOUND);
  });
});

describe('robot part secrets', () => {
  it('are random, listable, creatable and deletable, but never the last one', async () => {
    const { mainId, partIds } = newRobot(['other']);
    const [original] = storedSecrets(mainId);
    expect(original!.secret).toMatch(/^[a-z0-9]{32}$/);
    expect(original!.secret).not.toBe(storedSecrets(partIds[0]!)[0]!.secret);

    const { part } = await fleet.app.call('CreateRobotPartSecret', { part_id: mainId });
    expect(part.secrets).toHaveLength(2);
    const created = part.secrets.find((s: any) => s.id !== original!.id);
    expect(created.secret).toMatch(/^[a-z0-9]{32}$/);
    expect(created.secret).not.toBe(original!.secret);
    expect(created.state).toBe('STATE_ENABLED');
    const listed = (await fleet.app.call('GetRobotPart', { id: mainId })).part.secrets.map((s: any) => s.id);
    expect(listed.sort()).toEqual([original!.id, created.id].sort());
    // Both secrets authenticate the part as a robot.
    expect(await fleet.authenticate(mainId, created.secret, 'robot-secret')).toBeTruthy();

    await fleet.app.call('DeleteRobotPartSecret', { part_id: mainId, secret_id: original!.id });
    expect(storedSecrets(mainId).map((s) => s.id)).toEqual([created.id]);
    await expectStatus(fleet.authenticate(mainId, original!.secret, 'robot-secret'), grpc.status.UNAUTHENTICATED);

    const last = await expectStatus(fleet.app.call('DeleteRobotPartSecret', { part_id: mainId, secret_id: created.id }), grpc.status.FAILED_PRECONDITION);
    expect(last.details).toContain('last secret');
    expect(storedSecrets(mainId).map((s) => s.id)).toEqual([created.id]);
  });

  it('locks out the holder of a deleted secret at once, token included, and never hands it the new one (finding 5)', async () => {
    const { mainId } = newRobot();
    const [old] = storedSecrets(mainId);
    const oldHolder = await fleet.robotAs(mainId, old!.secret);
    expect((await oldHolder.call('Config', { id: mainId })).config.cloud.secret).toBe(old!.secret);

    const { part } = await fleet.app.call('CreateRobotPartSecret', { part_id: mainId });
    const fresh = part.secrets.find((s: any) => s.id !== old!.id);
    // While both secrets live, each holder's Config names its own secret, never the other one.
    expect((await oldHolder.call('Config', { id: mainId })).config.cloud.secret).toBe(old!.secret);
    const newHolder = await fleet.robotAs(mainId, fresh.secret);
    expect((await newHolder.call('Config', { id: mainId })).config.cloud.secret).toBe(fresh.secret);

    await fleet.app.call('DeleteRobotPartSecret', { part_id: mainId, secret_id: old!.id });
    const before = storedPart(db(), mainId)!;
    for (const method of ['Config', 'NeedsRestart']) {
      const error = await expectStatus(oldHolder.call(method, { id: mainId }), grpc.status.UNAUTHENTICATED);
      expect(error.details).toContain('secret');
      expect(error.details).not.toContain(fresh.secret);
    }
    await expectStatus(oldHolder.call('Log', { id: mainId, logs: [{ level: 'error', message: 'forged' }] }), grpc.status.UNAUTHENTICATED);
    expect(db().prepare('SELECT count(*) AS n FROM logs WHERE part_id = ?').get(mainId)).toEqual({ n: 0 });
    expect(storedPart(db(), mainId)!.last_access).toBe(before.last_access);
    expect((await newHolder.call('Config', { id: mainId })).config.cloud.secret).toBe(fresh.secret);
  });

  it('answers NOT_FOUND for an unknown secret or one of another part', async () => {
    const { mainId, partIds } = newRobot(['other']);
    await fleet.app.call('CreateRobotPartSecret', { part_id: mainId });
    const otherSecret = storedSecrets(partIds[0]!)[0]!.id;
    for (const secretId of [UNKNOWN_ID, otherSecret]) {
      const error = await expectStatus(fleet.app.call('DeleteRobotPartSecret', { part_id: mainId, secret_id: secretId }), grpc.status.NOT_FOUND);
      expect(error.details).toContain('secret_id');
    }
    expect(storedSecrets(mainId)).toHaveLength(2);
    expect(storedSecrets(partIds[0]!)).toHaveLength(1);
    await expectInvalid(fleet.app.call('DeleteRobotPartSecret', { part_id: mainId, secret_id: 'x' }), 'secret_id');
    await expectInvalid(fleet.app.call('DeleteRobotPartSecret', { part_id: '', secret_id: UNKNOWN_ID }), 'part_id');
    await expectInvalid(fleet.app.call('CreateRobotPartSecret', { part_id: 'x' }), 'part_id');
    await expectStatus(fleet.app.call('CreateRobotPartSecret', { part_id: UNKNOWN_ID }), grpc.status.NOT_FOUND);
  });
});

describe('access to parts', () => {
  type Call = [method: string, request: Record<string, unknown>];
  const readCalls = (robotId: string, partId: string): Call[] => [
    ['GetRobotParts', { robot_id: robotId }],
    ['GetRobotPart', { id: partId }],
    ['GetRobotPartHistory', { id: partId }],
  ];
  const ownerCalls = (robotId: string, partId: string, mainId: string, secretId: string): Call[] => [
    ['UpdateRobotPart', { id: partId, name: 'hijacked', robot_config: toStruct({ evil: true }) }],
    ['NewRobotPart', { robot_id: robotId, part_name: 'intruder' }],
    ['DeleteRobotPart', { part_id: partId }],
    ['MarkPartAsMain', { part_id: partId }],
    ['CreateRobotPartSecret', { part_id: mainId }],
    ['DeleteRobotPartSecret', { part_id: mainId, secret_id: secretId }],
  ];

  /** Everything the RPCs could change for the robot, to compare before and after. */
  const snapshot = (robotId: string) => ({
    parts: db().prepare('SELECT * FROM robot_parts WHERE robot_id = ? ORDER BY id').all(robotId),
    secrets: db().prepare('SELECT s.* FROM part_secrets s JOIN robot_parts p ON p.id = s.part_id WHERE p.robot_id = ? ORDER BY s.id').all(robotId),
    history: db().prepare('SELECT count(*) AS n FROM part_history WHERE robot_id = ?').get(robotId),
  });

  function demoTargets() {
    const robotId = idByName(db(), 'robots', 'arm-2');
    const mainId = idByName(db(), 'robot_parts', 'arm-2-main');
    const partId = idByName(db(), 'robot_parts', 'arm-2-camera');
    // A second secret so that deleting one would succeed for an owner.
    db().prepare('INSERT OR IGNORE INTO part_secrets (id, part_id, secret, created_on) VALUES (?, ?, ?, ?)').run(
      '11111111-1111-4111-8111-111111111111',
      mainId,
      'x'.repeat(32),
      Date.now(),
    );
    return { robotId, mainId, partId, secretId: '11111111-1111-4111-8111-111111111111' };
  }

  it('denies every part RPC to a key of another organization and reveals nothing', async () => {
    const { owner } = ownedOrganization(db(), 'Other Org');
    const client: RpcClient = await fleet.appAs(owner.id, owner.key);
    const { robotId, mainId, partId, secretId } = demoTargets();
    const before = snapshot(robotId);
    for (const [method, request] of [...readCalls(robotId, partId), ...ownerCalls(robotId, partId, mainId, secretId), ['MarkPartForRestart', { part_id: partId }] as Call]) {
      const error = await expectStatus(client.call(method, request), grpc.status.PERMISSION_DENIED);
      expect(error.details, method).not.toContain('arm-2');
    }
    expect(snapshot(robotId)).toEqual(before);
  });

  it('lets an operator read and mark for restart, but not change parts', async () => {
    const operator = await appWithRole(fleet, 'organization_operator', fleet.orgId);
    const { robotId, mainId, partId, secretId } = demoTargets();
    for (const [method, request] of readCalls(robotId, partId)) await operator.call(method, request);
    expect((await operator.call('GetRobotPart', { id: partId })).part.name).toBe('arm-2-camera');

    const before = snapshot(robotId);
    for (const [method, request] of ownerCalls(robotId, partId, mainId, secretId)) {
      await expectStatus(operator.call(method, request), grpc.status.PERMISSION_DENIED);
    }
    expect(snapshot(robotId)).toEqual(before);

    await operator.call('MarkPartForRestart', { part_id: partId });
    expect(storedPart(db(), partId)!.needs_restart).toBe(1);
  });

  it('gives operators every part without its secrets, and owners with them (finding 3)', async () => {
    const { robotId, mainId, partIds } = newRobot(['arm']);
    const keys = {
      organizationOperator: keyWithRole(db(), fleet.orgId, 'organization_operator', fleet.orgId),
      locationOperator: keyWithRole(db(), fleet.orgId, 'location_operator', headquartersId),
      robotOperator: keyWithRole(db(), fleet.orgId, 'robot_operator', robotId),
      robotOwner: keyWithRole(db(), fleet.orgId, 'robot_owner', robotId),
    };
    // A snapshot in the history, as an owner's edit leaves it.
    await fleet.app.call('UpdateRobotPart', { id: mainId, name: 'renamed-main' });
    const secretsSeen = async (client: RpcClient) => {
      const { parts } = await client.call('GetRobotParts', { robot_id: robotId });
      const singles = await Promise.all([mainId, ...partIds].map(async (id) => (await client.call('GetRobotPart', { id })).part));
      const { history } = await client.call('GetRobotPartHistory', { id: mainId });
      return [...parts, ...singles, ...history.map((entry: any) => entry.old)].flatMap((part: any) => [part.secret, ...part.secrets.map((s: any) => s.secret)]).filter(Boolean);
    };
    for (const [name, key] of Object.entries(keys)) {
      const client = await fleet.appAs(key.id, key.key);
      const seen = await secretsSeen(client);
      if (name === 'robotOwner') expect(seen, name).toEqual(expect.arrayContaining([storedSecrets(mainId)[0]!.secret, storedSecrets(partIds[0]!)[0]!.secret]));
      else expect(seen, name).toEqual([]);
      // The part itself is all there.
      expect((await client.call('GetRobotPart', { id: mainId })).part).toMatchObject({ id: mainId, name: 'renamed-main', main_part: true });
    }
  });

  it('lets a robot operator key see only its robot', async () => {
    const rover = idByName(db(), 'robots', 'rover-2');
    const client = await appWithRole(fleet, 'robot_operator', rover);
    expect((await client.call('GetRobotParts', { robot_id: rover })).parts).toHaveLength(2);
    await expectStatus(client.call('GetRobotParts', { robot_id: idByName(db(), 'robots', 'rover-1') }), grpc.status.PERMISSION_DENIED);
    await expectStatus(client.call('GetRobotPart', { id: idByName(db(), 'robot_parts', 'rover-1-main') }), grpc.status.PERMISSION_DENIED);
  });
});
