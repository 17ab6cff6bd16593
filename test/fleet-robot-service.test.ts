import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestFleet, appWithRole, expectStatus, grpc, robotWithClient, type RpcClient, type TestFleet } from './support/fleet.ts';
import { firstSecret, idByName, storedPart } from './support/graph.ts';
import { fromStruct, fromTimestamp } from '../src/wire/struct.ts';
import { MAX_ENTRIES_PER_LOG_CALL, type StoredLogEntry } from '../src/fleet-server/log-store.ts';

let fleet: TestFleet;
let headquartersId: string;
beforeAll(async () => {
  fleet = await startTestFleet();
  headquartersId = idByName(fleet.server.db, 'locations', 'Headquarters');
});
afterAll(() => fleet.close());

const db = () => fleet.server.db;
const storedLogs = (partId: string) => db().prepare('SELECT * FROM logs WHERE part_id = ? ORDER BY seq').all(partId) as StoredLogEntry[];

let robotCounter = 0;
/** A fresh robot in Headquarters that has never called in, with a client authenticated as its main part. */
async function newRobot(): Promise<{ robotId: string; partId: string; robot: RpcClient }> {
  return robotWithClient(fleet, headquartersId, `robot-service-${++robotCounter}`);
}

describe('RobotService authentication', () => {
  it('refuses a wrong part secret', async () => {
    const partId = idByName(db(), 'robot_parts', 'rover-1-main');
    await expectStatus(fleet.robotAs(partId, 'not-the-secret'), grpc.status.UNAUTHENTICATED);
    await expectStatus(fleet.robotAs(idByName(db(), 'robot_parts', 'rover-2-main'), firstSecret(db(), partId)), grpc.status.UNAUTHENTICATED);
  });

  it('lets a part call only for its own id', async () => {
    const { robot, partId } = await newRobot();
    const other = idByName(db(), 'robot_parts', 'rover-1-main');
    for (const method of ['Config', 'Log', 'NeedsRestart']) {
      await expectStatus(robot.call(method, { id: other }), grpc.status.PERMISSION_DENIED);
      await expectStatus(robot.call(method, {}), grpc.status.PERMISSION_DENIED);
    }
    await expectStatus(robot.call('Log', { id: other, logs: [{ level: 'info', message: 'spoofed' }] }), grpc.status.PERMISSION_DENIED);
    expect(storedLogs(other)).toEqual([]);
    expect(storedPart(db(), other)!.last_access).toBeNull();
    await robot.call('NeedsRestart', { id: partId });
  });

  it('refuses an API key token on RobotService and a robot token on AppService', async () => {
    const { robot, partId, robotId } = await newRobot();
    const ownerToken = await fleet.authenticate(fleet.keyId, fleet.key);
    await expectStatus(fleet.robotClient(ownerToken).call('Config', { id: partId }), grpc.status.PERMISSION_DENIED);
    await expectStatus(fleet.robotClient(ownerToken).call('NeedsRestart', { id: partId }), grpc.status.PERMISSION_DENIED);
    await expectStatus(fleet.robotClient().call('Config', { id: partId }), grpc.status.UNAUTHENTICATED);

    const robotToken = await fleet.authenticate(partId, firstSecret(db(), partId), 'robot-secret');
    const asRobot = fleet.appClient(robotToken);
    await expectStatus(asRobot.call('GetRobotPartLogs', { id: partId }), grpc.status.PERMISSION_DENIED);
    await expectStatus(asRobot.call('GetRobot', { id: robotId }), grpc.status.PERMISSION_DENIED);
    await expectStatus(asRobot.call('MarkPartForRestart', { part_id: partId }), grpc.status.PERMISSION_DENIED);
    expect(storedPart(db(), partId)!.needs_restart).toBe(0);
    await robot.call('Config', { id: partId });
  });

  it('admits callers by one rule for every call shape: unary, client stream, server stream', async () => {
    const { partId } = await newRobot();
    const robotToken = await fleet.authenticate(partId, firstSecret(fleet.server.db, partId), 'robot-secret');
    const asRobot = fleet.appClient(robotToken);
    const tailStatus = (client: RpcClient) =>
      new Promise<grpc.StatusObject>((resolve) => {
        const stream = client.stream('TailRobotPartLogs', { id: partId });
        stream.on('status', resolve);
        stream.on('error', () => {});
      });
    const upload = (client: RpcClient) =>
      client.clientStream('UploadModuleFile', [{ module_file_info: { module_id: 'demo:any', version: '1.0.0', platform: 'any' } }, { file: Buffer.from('x') }]);

    const robotRefused = 'robots may only call RobotService';
    expect((await expectStatus(asRobot.call('GetRobotPart', { id: partId }), grpc.status.PERMISSION_DENIED)).details).toBe(robotRefused);
    expect((await expectStatus(upload(asRobot), grpc.status.PERMISSION_DENIED)).details).toBe(robotRefused);
    expect(await tailStatus(asRobot)).toMatchObject({ code: grpc.status.PERMISSION_DENIED, details: robotRefused });
    for (const anonymous of [fleet.appClient(), fleet.appClient('not-a-token')]) {
      await expectStatus(anonymous.call('GetRobotPart', { id: partId }), grpc.status.UNAUTHENTICATED);
      await expectStatus(upload(anonymous), grpc.status.UNAUTHENTICATED);
      expect((await tailStatus(anonymous)).code).toBe(grpc.status.UNAUTHENTICATED);
    }

    const ownerToken = await fleet.authenticate(fleet.keyId, fleet.key);
    const keyRefused = 'only the robot part itself may call RobotService for its id';
    expect((await expectStatus(fleet.robotClient(ownerToken).call('Log', { id: partId }), grpc.status.PERMISSION_DENIED)).details).toBe(keyRefused);
    // Authenticate is for callers without credentials; Viam refuses it with a token.
    const authenticate = fleet.authClient().call('Authenticate', { entity: fleet.keyId, credentials: { type: 'api-key', payload: fleet.key } }, {
      authorization: `Bearer ${ownerToken}`,
    });
    expect((await expectStatus(authenticate, grpc.status.INVALID_ARGUMENT)).details).toBe('Authenticate must not carry an authorization header');
  });

  it('answers NOT_FOUND once the part is deleted, even with a still valid token', async () => {
    const { robot, partId, robotId } = await newRobot();
    db().prepare('DELETE FROM robots WHERE id = ?').run(robotId);
    await expectStatus(robot.call('Config', { id: partId }), grpc.status.NOT_FOUND);
    await expectStatus(robot.call('Log', { id: partId, logs: [{ level: 'info', message: 'x' }] }), grpc.status.NOT_FOUND);
    await expectStatus(robot.call('NeedsRestart', { id: partId }), grpc.status.NOT_FOUND);
  });
});

describe('Config', () => {
  it('returns the stored config and the cloud identity of the part', async () => {
    const partId = idByName(db(), 'robot_parts', 'rover-1-camera');
    const robot = await fleet.robotAs(partId, firstSecret(db(), partId));
    const { config } = await robot.call('Config', { id: partId });

    expect(config.components.map((c: any) => [c.name, c.api, c.model, fromStruct(c.attributes)])).toEqual([
      ['camera', 'rdk:component:camera', 'rdk:builtin:fake', {}],
      ['base', 'rdk:component:base', 'rdk:builtin:fake', { width_mm: 400 }],
    ]);
    expect(config.services).toEqual([]);
    expect(config.modules).toEqual([]);

    const { part } = await fleet.app.call('GetRobotPart', { id: partId });
    expect(config.cloud).toMatchObject({
      id: partId,
      fqdn: part.fqdn,
      local_fqdn: part.local_fqdn,
      secret: firstSecret(db(), partId),
      location_id: headquartersId,
      machine_id: part.robot,
      primary_org_id: fleet.orgId,
    });
  });

  it('hands out no location secret: a robot_owner key that reads its part secret gains the part, not the location', async () => {
    const { robotId, partId } = await newRobot();
    const robotOwner = await appWithRole(fleet, 'robot_owner', robotId);
    const { part } = await robotOwner.call('GetRobotPart', { id: partId });
    expect(part.secrets.length).toBeGreaterThan(0);
    await expectStatus(robotOwner.call('LocationAuth', { location_id: headquartersId }), grpc.status.PERMISSION_DENIED);
    const { auth } = await fleet.app.call('LocationAuth', { location_id: headquartersId });
    expect(auth.secrets.length).toBeGreaterThan(0);

    const asRobot = await fleet.robotAs(partId, part.secrets[0].secret);
    const { config } = await asRobot.call('Config', { id: partId });
    expect(config.cloud).toMatchObject({ id: partId, secret: part.secrets[0].secret, location_secret: '', location_secrets: [] });
    const configText = JSON.stringify(config);
    for (const secret of auth.secrets) expect(configText).not.toContain(secret.secret);
  });

  it('maps components, services, modules and debug from Viam JSON', async () => {
    const { robot, partId } = await newRobot();
    const stored = {
      debug: true,
      components: [
        { name: 'left', namespace: 'rdk', type: 'motor', model: 'gpio', depends_on: ['board', 7], attributes: { pins: { pwm: '12' }, max_rpm: 300 } },
        'not a component',
      ],
      services: [{ name: 'nav', api: 'rdk:service:navigation', model: 'builtin', attributes: { store: { type: 'memory' } } }],
      modules: [
        { type: 'local', name: 'my-module', executable_path: '/opt/m/run.sh', log_level: 'debug', env: { A: '1', B: 2 } },
        { type: 'registry', name: 'viam_realsense', module_id: 'viam:realsense' },
      ],
    };
    db().prepare('UPDATE robot_parts SET robot_config = ? WHERE id = ?').run(JSON.stringify(stored), partId);

    const { config } = await robot.call('Config', { id: partId });
    expect(config.debug).toBe(true);
    expect(config.components).toHaveLength(1);
    expect(config.components[0]).toMatchObject({ name: 'left', namespace: 'rdk', type: 'motor', model: 'gpio', depends_on: ['board'] });
    expect(fromStruct(config.components[0].attributes)).toEqual({ pins: { pwm: '12' }, max_rpm: 300 });
    expect(config.services[0]).toMatchObject({ name: 'nav', api: 'rdk:service:navigation', model: 'builtin' });
    expect(fromStruct(config.services[0].attributes)).toEqual({ store: { type: 'memory' } });
    expect(config.modules).toEqual([
      { name: 'my-module', path: '/opt/m/run.sh', log_level: 'debug', type: 'local', module_id: '', env: { A: '1' } },
      { name: 'viam_realsense', path: '', log_level: '', type: 'registry', module_id: 'viam:realsense', env: {} },
    ]);
  });

  it('makes the part and its robot online', async () => {
    const { robot, partId, robotId } = await newRobot();
    const before = await fleet.app.call('GetRobotPart', { id: partId });
    expect(before.part.online_state).toBe('ONLINE_STATE_AWAITING_SETUP');
    expect((await fleet.app.call('GetRobot', { id: robotId })).robot.online_state).toBe('ONLINE_STATE_AWAITING_SETUP');

    const called = Date.now();
    await robot.call('Config', { id: partId });
    const { part } = await fleet.app.call('GetRobotPart', { id: partId });
    expect(part.online_state).toBe('ONLINE_STATE_ONLINE');
    expect(fromTimestamp(part.last_access)!.getTime()).toBeGreaterThanOrEqual(called - 1000);
    const { robot: robotMessage } = await fleet.app.call('GetRobot', { id: robotId });
    expect(robotMessage.online_state).toBe('ONLINE_STATE_ONLINE');
    expect(fromTimestamp(robotMessage.last_access)!.getTime()).toBe(fromTimestamp(part.last_access)!.getTime());
  });

  it('shows a part offline again once it stops calling in', async () => {
    const quick = await startTestFleet({ onlineWindowSeconds: 1 });
    try {
      const partId = idByName(quick.server.db, 'robot_parts', 'arm-1-main');
      const secret = firstSecret(quick.server.db, partId);
      await (await quick.robotAs(partId, secret)).call('Config', { id: partId });
      expect((await quick.app.call('GetRobotPart', { id: partId })).part.online_state).toBe('ONLINE_STATE_ONLINE');
      await new Promise((r) => setTimeout(r, 2100));
      expect((await quick.app.call('GetRobotPart', { id: partId })).part.online_state).toBe('ONLINE_STATE_OFFLINE');
    } finally {
      await quick.close();
    }
  });
});

describe('NeedsRestart', () => {
  it('answers true exactly once after MarkPartForRestart', async () => {
    const { robot, partId } = await newRobot();
    const first = await robot.call('NeedsRestart', { id: partId });
    expect(first).toMatchObject({ id: partId, must_restart: false, restart_check_interval: { seconds: 5, nanos: 0 } });
    expect(storedPart(db(), partId)!.last_access).not.toBeNull();

    await fleet.app.call('MarkPartForRestart', { part_id: partId });
    expect((await robot.call('NeedsRestart', { id: partId })).must_restart).toBe(true);
    expect((await robot.call('NeedsRestart', { id: partId })).must_restart).toBe(false);

    // Marking twice before the robot asks still means one restart.
    await fleet.app.call('MarkPartForRestart', { part_id: partId });
    await fleet.app.call('MarkPartForRestart', { part_id: partId });
    expect((await robot.call('NeedsRestart', { id: partId })).must_restart).toBe(true);
    expect((await robot.call('NeedsRestart', { id: partId })).must_restart).toBe(false);
  });

  it('is per part', async () => {
    const a = await newRobot();
    const b = await newRobot();
    await fleet.app.call('MarkPartForRestart', { part_id: a.partId });
    expect((await b.robot.call('NeedsRestart', { id: b.partId })).must_restart).toBe(false);
    expect((await a.robot.call('NeedsRestart', { id: a.partId })).must_restart).toBe(true);
  });
});

describe('Log', () => {
  it('stores entries exactly, levels lowercased, and marks the part online', async () => {
    const { robot, partId } = await newRobot();
    const before = Date.now();
    await robot.call('Log', {
      id: partId,
      logs: [
        {
          host: 'pi-1',
          level: 'WARN',
          time: { seconds: 1_700_000_000, nanos: 123_456_789 },
          logger_name: 'rdk.motor',
          message: 'motor hot',
          caller: { fields: { File: { stringValue: 'motor.go' }, Line: { numberValue: 42 } } },
          stack: 'goroutine 1',
          fields: [{ fields: { temp: { numberValue: 81.5 } } }],
        },
        { level: 'Info', message: 'no time given' },
      ],
    });
    const rows = storedLogs(partId);
    expect(rows.map((r) => [r.level, r.message])).toEqual([
      ['warn', 'motor hot'],
      ['info', 'no time given'],
    ]);
    expect(rows[1]!.time_ms).toBeGreaterThanOrEqual(before);
    expect(rows[1]!.time_ms).toBeLessThanOrEqual(Date.now());
    expect(storedPart(db(), partId)!.last_access).toBeGreaterThanOrEqual(before);

    const { logs } = await fleet.app.call('GetRobotPartLogs', { id: partId });
    const warn = logs.find((l: any) => l.level === 'warn');
    expect(warn).toMatchObject({ host: 'pi-1', logger_name: 'rdk.motor', message: 'motor hot', stack: 'goroutine 1', time: { seconds: 1_700_000_000, nanos: 123_456_789 } });
    expect(fromStruct(warn.caller)).toEqual({ File: 'motor.go', Line: 42 });
    expect(warn.fields.map((f: any) => fromStruct(f))).toEqual([{ temp: 81.5 }]);
    expect(logs.find((l: any) => l.level === 'info').caller).toBeNull();
  });

  it('refuses a bad entry, naming it, and stores none of the call', async () => {
    const { robot, partId } = await newRobot();
    const good = { level: 'info', message: 'fine' };
    const cases: [unknown, string][] = [
      [{ level: 'verbose', message: 'x' }, 'logs[1].level'],
      [{ level: '', message: 'x' }, 'logs[1].level'],
      [{ level: 'error', message: '' }, 'logs[1].message'],
      [{ level: 'error', message: 'x', time: { seconds: 1, nanos: 1_000_000_000 } }, 'logs[1].time.nanos'],
      [{ level: 'error', message: 'x', time: { seconds: 1e15, nanos: 0 } }, 'logs[1].time.seconds'],
    ];
    for (const [bad, field] of cases) {
      const error = await expectStatus(robot.call('Log', { id: partId, logs: [good, bad] }), grpc.status.INVALID_ARGUMENT);
      expect(error.details).toContain(field);
    }
    expect(storedLogs(partId)).toEqual([]);
    expect(storedPart(db(), partId)!.last_access).toBeNull();
  });

  it(`refuses more than ${MAX_ENTRIES_PER_LOG_CALL} entries in one call`, async () => {
    const { robot, partId } = await newRobot();
    const logs = Array.from({ length: MAX_ENTRIES_PER_LOG_CALL + 1 }, (_, i) => ({ level: 'debug', message: `m${i}` }));
    const error = await expectStatus(robot.call('Log', { id: partId, logs }), grpc.status.INVALID_ARGUMENT);
    expect(error.details).toContain('logs');
    expect(storedLogs(partId)).toEqual([]);
    await robot.call('Log', { id: partId, logs: logs.slice(0, MAX_ENTRIES_PER_LOG_CALL) });
    expect(storedLogs(partId)).toHaveLength(MAX_ENTRIES_PER_LOG_CALL);
  });

  it('accepts an empty batch as a sign of life', async () => {
    const { robot, partId } = await newRobot();
    await robot.call('Log', { id: partId, logs: [] });
    expect(storedLogs(partId)).toEqual([]);
    expect(storedPart(db(), partId)!.last_access).not.toBeNull();
  });
});
