import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestFleet, appWithRole, expectStatus, grpc, keyWithRole, ownedOrganization, robotWithClient, type RpcClient, type TestFleet } from './support/fleet.ts';
import { UNKNOWN_ID } from './support/fixtures.ts';
import { firstSecret, idByName } from './support/graph.ts';
import { waitFor } from './support/wait.ts';
import { insertLocation } from '../src/fleet-server/locations.ts';
import { fromTimestamp } from '../src/wire/struct.ts';
import { MAX_QUEUED_TAIL_BATCHES } from '../src/fleet-server/logs.ts';
import { LOG_ENTRY_LIMITS } from '../src/fleet-server/log-limits.ts';
import { deleteApiKey } from '../src/fleet-server/keys.ts';

let fleet: TestFleet;
let headquartersId: string;
let assemblyId: string;
beforeAll(async () => {
  fleet = await startTestFleet();
  headquartersId = idByName(db(), 'locations', 'Headquarters');
  assemblyId = idByName(db(), 'locations', 'Assembly Line');
});
afterAll(() => fleet.close());

const db = () => fleet.server.db;
const bus = () => fleet.server.fleet.logBus;

interface Entry {
  level: string;
  message: string;
  time?: { seconds: number; nanos: number };
}

let robotCounter = 0;
/** A fresh robot (in Headquarters unless told) and a RobotService client for its main part. */
async function newRobot(locationId = headquartersId): Promise<{ partId: string; send: (logs: Entry[]) => Promise<unknown> }> {
  const { partId, robot } = await robotWithClient(fleet, locationId, `logs-robot-${++robotCounter}`);
  return { partId, send: (logs) => robot.call('Log', { id: partId, logs }) };
}

const messages = (response: { logs: { message: string }[] }) => response.logs.map((l) => l.message);
const numbered = (from: number, to: number): Entry[] =>
  Array.from({ length: to - from }, (_, i) => ({ level: 'info', message: `entry ${from + i}` }));
const descending = (from: number, to: number) => numbered(from, to).map((e) => e.message).reverse();

/** An open TailRobotPartLogs stream that collects what arrives. */
interface Tail {
  batches: string[][];
  /** Resolves when the server sent its headers. */
  live: Promise<void>;
  ended: Promise<grpc.StatusObject>;
  cancel(): void;
  next(count: number): Promise<string[][]>;
}

function openTail(client: RpcClient, request: Record<string, unknown>): Tail {
  const stream = client.stream('TailRobotPartLogs', request);
  const batches: string[][] = [];
  stream.on('data', (response: { logs: { message: string }[] }) => batches.push(messages(response)));
  const ended = new Promise<grpc.StatusObject>((resolve) => {
    stream.on('status', resolve);
    stream.on('error', () => {});
  });
  const live = new Promise<void>((resolve) => stream.on('metadata', () => resolve()));
  return {
    batches,
    live,
    ended,
    cancel: () => stream.cancel(),
    next: async (count) => {
      await waitFor(`${count} tail batches`, () => batches.length >= count);
      return batches.slice(0, count);
    },
  };
}

async function tailFor(client: RpcClient, partId: string, request: Record<string, unknown> = {}): Promise<Tail> {
  const before = bus().count(partId);
  const tail = openTail(client, { id: partId, ...request });
  await waitFor('the tail to subscribe', () => bus().count(partId) === before + 1);
  return tail;
}

async function closeTail(tail: Tail, partId: string): Promise<void> {
  tail.cancel();
  expect((await tail.ended).code).toBe(grpc.status.CANCELLED);
  await waitFor('the tail to unsubscribe', () => bus().count(partId) === 0);
}

/** A second organization with its own owner key, and keys scoped inside the demo organization. */
async function otherOrgClient(): Promise<RpcClient> {
  const { orgId, owner } = ownedOrganization(db(), `Other ${++robotCounter}`);
  insertLocation(db(), orgId, 'Elsewhere', null);
  return fleet.appAs(owner.id, owner.key);
}

describe('GetRobotPartLogs paging', () => {
  it('pages newest first and a token stays correct while new entries arrive', async () => {
    const { partId, send } = await newRobot();
    await send(numbered(0, 250));

    const first = await fleet.app.call('GetRobotPartLogs', { id: partId });
    expect(messages(first)).toEqual(descending(150, 250));
    expect(first.next_page_token).not.toBe('');

    await send(numbered(250, 255));
    const second = await fleet.app.call('GetRobotPartLogs', { id: partId, page_token: first.next_page_token });
    expect(messages(second)).toEqual(descending(50, 150));

    await send(numbered(255, 260));
    const third = await fleet.app.call('GetRobotPartLogs', { id: partId, page_token: second.next_page_token });
    expect(messages(third)).toEqual(descending(0, 50));
    expect(third.next_page_token).toBe('');

    // A fresh query sees the new entries first.
    expect(messages(await fleet.app.call('GetRobotPartLogs', { id: partId, limit: 10 }))).toEqual(descending(250, 260));
  });

  it('honours limit, caps it at 1000, and ends exactly at the last entry', async () => {
    const { partId, send } = await newRobot();
    await send(numbered(0, 1000));
    await send(numbered(1000, 1100));
    const seven = await fleet.app.call('GetRobotPartLogs', { id: partId, limit: 7 });
    expect(messages(seven)).toEqual(descending(1093, 1100));
    const capped = await fleet.app.call('GetRobotPartLogs', { id: partId, limit: 5000 });
    expect(capped.logs).toHaveLength(1000);
    const rest = await fleet.app.call('GetRobotPartLogs', { id: partId, limit: 100, page_token: capped.next_page_token });
    expect(messages(rest)).toEqual(descending(0, 100));
    expect(rest.next_page_token).toBe('');

    const small = await newRobot();
    await small.send(numbered(0, 10));
    const exact = await fleet.app.call('GetRobotPartLogs', { id: small.partId, limit: 10 });
    expect(exact.logs).toHaveLength(10);
    expect(exact.next_page_token).toBe('');
    const none = await fleet.app.call('GetRobotPartLogs', { id: (await newRobot()).partId });
    expect(none).toEqual({ logs: [], next_page_token: '' });
  });

  it('pages through filtered results without gaps', async () => {
    const { partId, send } = await newRobot();
    await send(numbered(0, 30).map((e, i) => ({ ...e, level: i % 3 === 0 ? 'error' : 'info' })));
    const seen: string[] = [];
    let token = '';
    do {
      const page = await fleet.app.call('GetRobotPartLogs', { id: partId, errors_only: true, limit: 4, page_token: token || undefined });
      seen.push(...messages(page));
      token = page.next_page_token;
    } while (token);
    expect(seen).toEqual(descending(0, 30).filter((m) => Number(m.split(' ')[1]) % 3 === 0));
  });

  it('refuses malformed tokens, negative limits and bad ids', async () => {
    const { partId, send } = await newRobot();
    await send(numbered(0, 3));
    const forged = [
      'garbage!',
      'bm90LWEtdG9rZW4',
      Buffer.from('logs1:abc').toString('base64url'),
      Buffer.from('logs1:-5').toString('base64url'),
      Buffer.from('logs1:0').toString('base64url'),
      Buffer.from('logs1:99999999999999999999').toString('base64url'),
    ];
    for (const page_token of forged) {
      const error = await expectStatus(fleet.app.call('GetRobotPartLogs', { id: partId, page_token }), grpc.status.INVALID_ARGUMENT);
      expect(error.details).toContain('page_token');
    }
    const error = await expectStatus(fleet.app.call('GetRobotPartLogs', { id: partId, limit: -1 }), grpc.status.INVALID_ARGUMENT);
    expect(error.details).toContain('limit');
    await expectStatus(fleet.app.call('GetRobotPartLogs', { id: 'nope' }), grpc.status.INVALID_ARGUMENT);
    await expectStatus(fleet.app.call('GetRobotPartLogs', {}), grpc.status.INVALID_ARGUMENT);
    await expectStatus(fleet.app.call('GetRobotPartLogs', { id: UNKNOWN_ID }), grpc.status.NOT_FOUND);
  });
});

describe('GetRobotPartLogs filters', () => {
  let partId: string;
  const at = (second: number, nanos = 0) => ({ seconds: 1_700_000_000 + second, nanos });
  beforeAll(async () => {
    const robot = await newRobot();
    partId = robot.partId;
    await robot.send([
      { level: 'debug', message: 'Motor warming up', time: at(0) },
      { level: 'info', message: 'camera ready', time: at(1) },
      { level: 'warn', message: 'MOTOR hot', time: at(2) },
      { level: 'error', message: 'motor stalled', time: at(3) },
      { level: 'fatal', message: 'échec du capteur', time: at(4) },
      { level: 'error', message: 'battery at 5% (_low_)', time: at(4, 500) },
    ]);
  });
  const query = async (request: Record<string, unknown>) => messages(await fleet.app.call('GetRobotPartLogs', { id: partId, ...request }));

  it('filters the message case-insensitively as a plain substring', async () => {
    expect(await query({ filter: 'motor' })).toEqual(['motor stalled', 'MOTOR hot', 'Motor warming up']);
    expect(await query({ filter: 'ÉCHEC' })).toEqual(['échec du capteur']);
    expect(await query({ filter: '%' })).toEqual(['battery at 5% (_low_)']);
    expect(await query({ filter: '_low_' })).toEqual(['battery at 5% (_low_)']);
    expect(await query({ filter: 'nothing like this' })).toEqual([]);
    expect(await query({ filter: '' })).toHaveLength(6);
  });

  it('restricts levels, errors_only keeps error and fatal', async () => {
    expect(await query({ levels: ['WARN', 'error'] })).toEqual(['battery at 5% (_low_)', 'motor stalled', 'MOTOR hot']);
    expect(await query({ errors_only: true })).toEqual(['battery at 5% (_low_)', 'échec du capteur', 'motor stalled']);
    expect(await query({ errors_only: true, levels: ['info', 'fatal'] })).toEqual(['échec du capteur']);
    expect(await query({ errors_only: true, levels: ['info'] })).toEqual([]);
    expect(await query({ errors_only: true, filter: 'motor' })).toEqual(['motor stalled']);
    const error = await expectStatus(fleet.app.call('GetRobotPartLogs', { id: partId, levels: ['info', 'loud'] }), grpc.status.INVALID_ARGUMENT);
    expect(error.details).toContain('levels[1]');
  });

  it('bounds time with start inclusive and end exclusive, to the nanosecond', async () => {
    expect(await query({ start: at(1), end: at(3) })).toEqual(['MOTOR hot', 'camera ready']);
    expect(await query({ start: at(4, 1) })).toEqual(['battery at 5% (_low_)']);
    expect(await query({ end: at(4, 500) })).toEqual(['échec du capteur', 'motor stalled', 'MOTOR hot', 'camera ready', 'Motor warming up']);
    const times = (await fleet.app.call('GetRobotPartLogs', { id: partId, start: at(4) })).logs.map((l: any) => l.time);
    expect(times).toEqual([at(4, 500), at(4)]);
    expect(fromTimestamp(times[1])!.getTime()).toBe(1_700_000_004_000);
    const error = await expectStatus(fleet.app.call('GetRobotPartLogs', { id: partId, start: at(3), end: at(2) }), grpc.status.INVALID_ARGUMENT);
    expect(error.details).toContain('end');
    await expectStatus(fleet.app.call('GetRobotPartLogs', { id: partId, start: { seconds: 0, nanos: -1 } }), grpc.status.INVALID_ARGUMENT);
  });
});

describe('TailRobotPartLogs', () => {
  it('pushes each batch as the robot sends it, filtered, and unsubscribes on cancel', async () => {
    const { partId, send } = await newRobot();
    await send([{ level: 'error', message: 'motor before the tail' }]);
    const tail = await tailFor(fleet.app, partId, { errors_only: false, filter: 'motor' });

    await send([
      { level: 'info', message: 'motor a' },
      { level: 'info', message: 'camera b' },
      { level: 'error', message: 'MOTOR c' },
    ]);
    await send([{ level: 'info', message: 'camera only' }]);
    await send([{ level: 'debug', message: 'motor d' }]);
    expect(await tail.next(2)).toEqual([['motor a', 'MOTOR c'], ['motor d']]);

    await closeTail(tail, partId);
    await send([{ level: 'info', message: 'motor after cancel' }]);
    expect(tail.batches).toHaveLength(2);
  });

  it('with errors_only sends only error and fatal entries', async () => {
    const { partId, send } = await newRobot();
    const tail = await tailFor(fleet.app, partId, { errors_only: true });
    await tail.live; // headers arrive before any entry does
    await send([
      { level: 'warn', message: 'w' },
      { level: 'error', message: 'e' },
      { level: 'fatal', message: 'f' },
    ]);
    await send([{ level: 'info', message: 'i' }]);
    await send([{ level: 'ERROR', message: 'e2' }]);
    expect(await tail.next(2)).toEqual([['e', 'f'], ['e2']]);
    await closeTail(tail, partId);
  });

  it('selects exactly what GetRobotPartLogs selects for the same request', async () => {
    const { partId, send } = await newRobot();
    const requests = [{}, { errors_only: true }, { filter: 'ÉCHEC' }, { filter: 'motor', errors_only: true }, { filter: '%' }];
    const tails = [];
    for (const request of requests) tails.push(await tailFor(fleet.app, partId, request));
    await send([
      { level: 'debug', message: 'Motor warming up' },
      { level: 'error', message: 'motor stalled' },
      { level: 'fatal', message: 'échec du capteur' },
      { level: 'warn', message: '100% MOTOR load' },
      { level: 'info', message: 'Échec minor' },
    ]);
    // Matches every request; a stream delivers in order, so once it arrived all earlier batches did.
    const marker = 'marker: motor échec 100%';
    await send([{ level: 'error', message: marker }]);
    for (const [i, request] of requests.entries()) {
      const tail = tails[i]!;
      await waitFor('the marker', () => tail.batches.flat().includes(marker));
      const stored = messages(await fleet.app.call('GetRobotPartLogs', { id: partId, ...request }));
      const live = tail.batches.flat();
      expect(live, JSON.stringify(request)).toEqual([...stored].reverse());
      expect(live.length, JSON.stringify(request)).toBeGreaterThan(1);
    }
    for (const tail of tails) tail.cancel();
    await waitFor('all tails to unsubscribe', () => bus().count(partId) === 0);
  });

  it('never sees entries of a refused Log call', async () => {
    const { partId, send } = await newRobot();
    const tail = await tailFor(fleet.app, partId);
    await expectStatus(send([{ level: 'info', message: 'valid' }, { level: 'nope', message: 'invalid' }]), grpc.status.INVALID_ARGUMENT);
    await send([{ level: 'info', message: 'after' }]);
    expect(await tail.next(1)).toEqual([['after']]);
    await closeTail(tail, partId);
  });

  it('refuses bad callers with a status and never subscribes them', async () => {
    const { partId } = await newRobot();
    const robotToken = await fleet.authenticate(partId, firstSecret(db(), partId), 'robot-secret');
    const cases: [RpcClient, Record<string, unknown>, grpc.status][] = [
      [fleet.appClient(), { id: partId }, grpc.status.UNAUTHENTICATED],
      [fleet.appClient('bad-token'), { id: partId }, grpc.status.UNAUTHENTICATED],
      [fleet.appClient(robotToken), { id: partId }, grpc.status.PERMISSION_DENIED],
      [await otherOrgClient(), { id: partId }, grpc.status.PERMISSION_DENIED],
      [fleet.app, { id: 'not-a-uuid' }, grpc.status.INVALID_ARGUMENT],
      [fleet.app, { id: UNKNOWN_ID }, grpc.status.NOT_FOUND],
    ];
    for (const [client, request, code] of cases) {
      const status = await openTail(client, request).ended;
      expect(status.code, `${grpc.status[code]} for ${JSON.stringify(request)}`).toBe(code);
    }
    expect(bus().count()).toBe(0);
  });

  it('ends streams of clients that go away without reading', async () => {
    const { partId, send } = await newRobot();
    const tails = [await tailFor(fleet.app, partId), await tailFor(fleet.app, partId)];
    await send([{ level: 'info', message: 'to both' }]);
    await Promise.all(tails.map((t) => t.next(1)));
    tails[0]!.cancel();
    await waitFor('one tail to leave', () => bus().count(partId) === 1);
    await send([{ level: 'info', message: 'to the second' }]);
    expect(await tails[1]!.next(2)).toEqual([['to both'], ['to the second']]);
    await closeTail(tails[1]!, partId);
  });
});

describe('TailRobotPartLogs with a client that stops reading', () => {
  it('ends the stream with RESOURCE_EXHAUSTED instead of buffering without bound', async () => {
    const { partId, send } = await newRobot();
    const stream = fleet.app.stream('TailRobotPartLogs', { id: partId });
    const ended = new Promise<grpc.StatusObject>((resolve) => {
      stream.on('status', resolve);
      stream.on('error', () => {});
    });
    await waitFor('the tail to subscribe', () => bus().count(partId) === 1);
    // A consumer that read for a while and then stopped.
    stream.on('data', () => {});
    stream.pause();
    const big = 'x'.repeat(LOG_ENTRY_LIMITS.messageBytes - 10);
    try {
      // Flow control lets the first few megabytes through; after that batches queue on the server.
      for (let i = 0; i < MAX_QUEUED_TAIL_BATCHES + 3000 && bus().count(partId) > 0; i++) {
        await send([{ level: 'info', message: `${i} ${big}` }]);
      }
      expect(bus().count(partId)).toBe(0);
      stream.resume();
      const status = await ended;
      expect(status.code).toBe(grpc.status.RESOURCE_EXHAUSTED);
    } finally {
      stream.cancel();
    }
  });
});

describe('log access', () => {
  it('lets operators read and tail logs, and keeps other organizations and locations out', async () => {
    const rover = await newRobot(headquartersId);
    const arm = await newRobot(assemblyId);
    await rover.send([{ level: 'error', message: 'rover secret message' }]);
    await arm.send([{ level: 'error', message: 'arm message' }]);

    const operator = await appWithRole(fleet, 'organization_operator', fleet.orgId);
    expect(messages(await operator.call('GetRobotPartLogs', { id: rover.partId }))).toEqual(['rover secret message']);
    const tail = await tailFor(operator, rover.partId);
    await rover.send([{ level: 'info', message: 'live' }]);
    expect(await tail.next(1)).toEqual([['live']]);
    await closeTail(tail, rover.partId);

    const assembly = await appWithRole(fleet, 'location_operator', assemblyId);
    expect(messages(await assembly.call('GetRobotPartLogs', { id: arm.partId }))).toEqual(['arm message']);
    await expectStatus(assembly.call('GetRobotPartLogs', { id: rover.partId }), grpc.status.PERMISSION_DENIED);
    expect((await openTail(assembly, { id: rover.partId }).ended).code).toBe(grpc.status.PERMISSION_DENIED);

    const other = await otherOrgClient();
    const denied = await expectStatus(other.call('GetRobotPartLogs', { id: rover.partId, filter: 'secret' }), grpc.status.PERMISSION_DENIED);
    expect(denied.details).not.toContain('rover secret message');
    expect(bus().count()).toBe(0);
  });
});

// The ends are awaited as events; the re-check interval (about a second) is never asserted.
describe('revocation reaches open tails', () => {
  const removeRole = (identityId: string, role: string, resourceType: string, resourceId: string) =>
    fleet.app.call('RemoveRole', {
      authorization: { authorization_type: 'role', authorization_id: role, resource_type: resourceType, resource_id: resourceId, identity_id: identityId, organization_id: fleet.orgId },
    });

  it('ends an operator tail with PERMISSION_DENIED when RemoveRole takes the role away', async () => {
    const rover = await newRobot();
    const key = keyWithRole(db(), fleet.orgId, 'organization_operator', fleet.orgId);
    const tail = await tailFor(await fleet.appAs(key.id, key.key), rover.partId);
    await rover.send([{ level: 'info', message: 'before' }]);
    expect(await tail.next(1)).toEqual([['before']]);

    await removeRole(key.id, 'organization_operator', 'organization', fleet.orgId);
    const status = await tail.ended;
    expect(status.code).toBe(grpc.status.PERMISSION_DENIED);
    await rover.send([{ level: 'info', message: 'after' }]);
    expect(tail.batches).toEqual([['before']]);
    await waitFor('the tail to unsubscribe', () => bus().count(rover.partId) === 0);
  });

  it('ends a tail with UNAUTHENTICATED when its key is deleted outside the server (keys delete)', async () => {
    const rover = await newRobot();
    const key = keyWithRole(db(), fleet.orgId, 'robot_operator', (db().prepare('SELECT robot_id FROM robot_parts WHERE id = ?').get(rover.partId) as { robot_id: string }).robot_id);
    const tail = await tailFor(await fleet.appAs(key.id, key.key), rover.partId);
    // What `fleetgraph keys delete` does from another process: no in-process signal, the periodic re-check finds it.
    expect(deleteApiKey(db(), key.id)).toBe(true);
    expect((await tail.ended).code).toBe(grpc.status.UNAUTHENTICATED);
    await waitFor('the tail to unsubscribe', () => bus().count(rover.partId) === 0);
  });

  it('ends a location operator tail when its robot moves to a location out of reach', async () => {
    const rover = await newRobot(headquartersId);
    const robotId = (db().prepare('SELECT robot_id FROM robot_parts WHERE id = ?').get(rover.partId) as { robot_id: string }).robot_id;
    const key = keyWithRole(db(), fleet.orgId, 'location_operator', headquartersId);
    const tail = await tailFor(await fleet.appAs(key.id, key.key), rover.partId);
    const elsewhere = insertLocation(db(), fleet.orgId, `elsewhere ${++robotCounter}`, null);
    await fleet.app.call('UpdateRobot', { id: robotId, name: `moved-${robotCounter}`, location: elsewhere.id });
    expect((await tail.ended).code).toBe(grpc.status.PERMISSION_DENIED);
  });

  it('keeps a tail open while its caller keeps the right to it', async () => {
    const rover = await newRobot();
    const key = keyWithRole(db(), fleet.orgId, 'organization_operator', fleet.orgId);
    const tail = await tailFor(await fleet.appAs(key.id, key.key), rover.partId);
    // Another identity losing a role signals every tail; this one re-checks and stays.
    const other = keyWithRole(db(), fleet.orgId, 'organization_operator', fleet.orgId);
    await removeRole(other.id, 'organization_operator', 'organization', fleet.orgId);
    await rover.send([{ level: 'info', message: 'still here' }]);
    expect(await tail.next(1)).toEqual([['still here']]);
    await closeTail(tail, rover.partId);
  });
});
