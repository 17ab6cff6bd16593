/**
 * Durability of the fleet server's SQLite file: what a server acknowledged is there after a clean
 * restart, and after the process is killed with SIGKILL in the middle of a stream of writes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { appClientAt, authenticateAt, startTestFleet, grpc, type TestFleet } from './support/fleet.ts';
import { BIN, ROOT } from './support/cli.ts';
import { DEMO_CREDENTIALS_FILE, type DemoCredentials } from '../src/fleet-server/demo.ts';
import { toStruct, fromStruct, toTimestamp } from '../src/wire/struct.ts';

const cleanups: (() => unknown)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fleet-durability-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function readDemoCredentials(dataDir: string): { credentials: DemoCredentials; mode: number } {
  const file = path.join(dataDir, DEMO_CREDENTIALS_FILE);
  return { credentials: JSON.parse(fs.readFileSync(file, 'utf8')) as DemoCredentials, mode: fs.statSync(file).mode & 0o777 };
}

describe('clean restart on the same data dir', () => {
  it('keeps everything written through the server, and the demo credentials', async () => {
    const dataDir = tempDataDir();
    const first: TestFleet = await startTestFleet({ dataDir });
    let firstClosed = false;
    cleanups.push(() => (firstClosed ? undefined : first.close()));

    const { location } = await first.app.call('CreateLocation', { organization_id: first.orgId, name: 'Durable Depot' });
    const { id: robotId } = await first.app.call('NewRobot', { name: 'durable-rover', location: location.id });
    const { parts } = await first.app.call('GetRobotParts', { robot_id: robotId });
    const mainPart = parts[0];
    const config = { components: [{ name: 'wheel', api: 'rdk:component:motor', model: 'rdk:builtin:fake', attributes: { max_rpm: 120 } }] };
    await first.app.call('UpdateRobotPart', { id: mainPart.id, name: 'durable-rover-brain', robot_config: toStruct(config) });
    const { part_id: secondPartId } = await first.app.call('NewRobotPart', { robot_id: robotId, part_name: 'durable-rover-arm' });
    const { fragment } = await first.app.call('CreateFragment', {
      organization_id: first.orgId,
      name: 'durable-fragment',
      config: toStruct({ components: [] }),
    });
    const { organization } = await first.app.call('CreateOrganization', { name: 'Durable Org' });
    const newKey = await first.app.call('CreateKey', {
      name: 'durable key',
      authorizations: [
        { authorization_type: 'role', authorization_id: 'organization_operator', resource_type: 'organization', resource_id: organization.id },
      ],
    });
    const robot = await first.robotAs(mainPart.id, mainPart.secrets[0].secret);
    await robot.call('Log', {
      id: mainPart.id,
      logs: [{ host: 'h', level: 'warn', time: toTimestamp(Date.now()), logger_name: 'durable', message: 'written before the restart' }],
    });
    const tokenFromFirst = await first.authenticate(first.keyId, first.key);
    const firstCredentials = readDemoCredentials(dataDir).credentials;
    expect(firstCredentials.address).toBe(first.address);

    await first.close();
    firstClosed = true;

    const second = await startTestFleet({ dataDir });
    cleanups.push(() => second.close());
    expect(second.orgId).toBe(first.orgId);
    expect(second.keyId).toBe(first.keyId);
    expect(second.key).toBe(first.key);
    const { credentials, mode } = readDemoCredentials(dataDir);
    expect(mode).toBe(0o600);
    expect(credentials).toEqual({ organizationId: first.orgId, apiKeyId: first.keyId, apiKey: first.key, address: second.address });

    const app = second.app;
    expect((await app.call('GetLocation', { location_id: location.id })).location).toMatchObject({ id: location.id, name: 'Durable Depot' });
    expect((await app.call('GetRobot', { id: robotId })).robot).toMatchObject({ id: robotId, name: 'durable-rover', location: location.id });
    const after = (await app.call('GetRobotParts', { robot_id: robotId })).parts as any[];
    expect(after.map((p) => [p.id, p.name, p.main_part]).sort()).toEqual(
      [
        [mainPart.id, 'durable-rover-brain', true],
        [secondPartId, 'durable-rover-arm', false],
      ].sort(),
    );
    const brain = after.find((p) => p.id === mainPart.id);
    expect(fromStruct(brain.robot_config)).toMatchObject(config);
    expect(brain.secrets.map((s: any) => s.secret)).toEqual(mainPart.secrets.map((s: any) => s.secret));

    const { history } = await app.call('GetRobotPartHistory', { id: mainPart.id });
    expect(history).toHaveLength(1);
    expect(history[0].old).toMatchObject({ id: mainPart.id, name: 'durable-rover-main' });

    const stored = (await app.call('GetFragment', { id: fragment.id })).fragment;
    expect(stored).toMatchObject({ id: fragment.id, name: 'durable-fragment', organization_owner: first.orgId });

    const orgs = (await app.call('ListOrganizations')).organizations as any[];
    expect(orgs.map((o) => o.name).sort()).toEqual(['Demo Fleet', 'Durable Org']);
    const operator = await second.appAs(newKey.id, newKey.key);
    expect((await operator.call('GetOrganization', { organization_id: organization.id })).organization.name).toBe('Durable Org');

    const { logs } = await app.call('GetRobotPartLogs', { id: mainPart.id });
    expect(logs.map((l: any) => l.message)).toContain('written before the restart');

    // The token signing key is stored too: a token issued before the restart still works.
    expect((await second.appClient(tokenFromFirst).call('ListOrganizations')).organizations).toHaveLength(2);
  });
});

interface ChildServer {
  process: ChildProcess;
  address: string;
  exited: Promise<NodeJS.Signals | number | null>;
}

/** `fleetgraph fleet-server` as a real child process; resolves once it prints its address. */
async function spawnFleetServer(dataDir: string): Promise<ChildServer> {
  const child = spawn(process.execPath, [BIN, 'fleet-server', '--port', '0', '--data-dir', dataDir, '--max-organizations-per-key', '100000'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  cleanups.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    return exited;
  });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const address = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`fleet server did not start in time; stderr: ${stderr}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /listening on (\S+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    void exited.then((how) => {
      clearTimeout(timer);
      reject(new Error(`fleet server exited (${how}) before listening; stderr: ${stderr}`));
    });
  });
  return { process: child, address, exited };
}

describe('SIGKILL in the middle of a stream of writes', () => {
  it('loses no acknowledged write', async () => {
    const dataDir = tempDataDir();
    const child = await spawnFleetServer(dataDir);
    const { credentials } = readDemoCredentials(dataDir);
    expect(credentials.address).toBe(child.address);

    const app = appClientAt(child.address, await authenticateAt(child.address, credentials.apiKeyId, credentials.apiKey));
    cleanups.push(() => app.close());
    const createOrganization = async (name: string) => void (await app.call('CreateOrganization', { name }));

    const KILL_AFTER = 120;
    const WORKERS = 4;
    const attempted = new Set<string>();
    const acknowledged: string[] = [];
    const failures: grpc.ServiceError[] = [];
    let next = 1;
    let killed = false;
    let inFlight = 0;
    let inFlightAtKill = 0;
    const worker = async () => {
      // Runs until its call fails: after the kill every call does.
      for (;;) {
        const name = `w-${next++}`;
        attempted.add(name);
        inFlight++;
        try {
          await createOrganization(name);
        } catch (error) {
          failures.push(error as grpc.ServiceError);
          return;
        } finally {
          inFlight--;
        }
        acknowledged.push(name);
        if (acknowledged.length >= KILL_AFTER && !killed) {
          // Other workers have calls in flight right now; the kill lands between and inside them.
          killed = true;
          inFlightAtKill = inFlight;
          child.process.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, worker));
    expect(await child.exited).toBe('SIGKILL');
    expect(killed).toBe(true);
    // The kill really happened mid-stream: other writes were in flight when it landed.
    expect(inFlightAtKill).toBeGreaterThan(0);
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(failures.every((f) => f.code === grpc.status.UNAVAILABLE || f.code === grpc.status.INTERNAL || f.code === grpc.status.CANCELLED)).toBe(true);

    const restarted = await startTestFleet({ dataDir });
    cleanups.push(() => restarted.close());
    expect(restarted.keyId).toBe(credentials.apiKeyId);
    const names = new Set(((await restarted.app.call('ListOrganizations')).organizations as any[]).map((o) => o.name as string));
    const lost = acknowledged.filter((name) => !names.has(name));
    expect(lost).toEqual([]);
    // Nothing appears that was never sent.
    expect([...names].filter((n) => n.startsWith('w-') && !attempted.has(n))).toEqual([]);
  });
});
