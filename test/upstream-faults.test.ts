/**
 * Upstream faults as the gateway meets them: an UNAVAILABLE upstream (reads retried within a
 * budget, mutations never), bounded calls in flight, a stopped fleet server (fail fast, recover
 * by itself), a slow one (UPSTREAM_TIMEOUT, the call cancelled upstream), an abandoned request
 * (its calls cancelled upstream), and a fleet server process killed and restarted under load.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { status } from '@grpc/grpc-js';
import { apiKeyHeaders, errorCode, startTestGateway, type GraphQLResponse, type TestGateway } from './support/gateway.ts';
import { waitFor } from './support/live-logs.ts';
import { postGraphQL } from './support/cli.ts';
import { startFleetProcess, type FleetProcess } from './support/fleet-process.ts';
import { UNKNOWN_ID } from './support/fixtures.ts';
import { startFleetServer, type FleetServer } from '../src/fleet-server/server.ts';
import { startGateway, type Gateway } from '../src/gateway/server.ts';
import { parseUpstreamUrl } from '../src/upstream/target.ts';

const ROBOT = 'query Robot($id: ID!) { robot(id: $id) { id name } }';
const RENAME = 'mutation Rename($id: ID!, $location: ID!, $name: String!) { updateRobot(id: $id, locationId: $location, name: $name) { name } }';
const TREE = '{ organizations { id name locations { id name robots { id name parts { id name } } } } }';
/** The demo robots by id, each its own GetRobot: a fan-out of 4 calls in one wave. */
const robotsByIdQuery = (ids: string[]) => `{ ${ids.map((id, i) => `r${i}: robot(id: ${JSON.stringify(id)}) { id name }`).join(' ')} }`;
const RETRY_ATTEMPTS = 3;

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fleetgraph-faults-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
};

const robotRow = (t: TestGateway, name: string) =>
  t.fleet.server.db.prepare('SELECT id, name, location_id AS locationId FROM robots WHERE name = ?').get(name) as { id: string; name: string; locationId: string };

describe('an UNAVAILABLE upstream', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ gateway: { upstreamRetry: { attempts: RETRY_ATTEMPTS, baseDelayMs: 5, maxDelayMs: 20 } } });
    await t.ok('{ organizations { id } }'); // the key is exchanged; the counts below are the operations alone
  });
  afterAll(() => t.close());
  afterEach(() => {
    t.fleet.server.calls.fail('GetRobot', status.OK, 0);
    t.fleet.server.calls.fail('UpdateRobot', status.OK, 0);
  });

  it('sends a mutation exactly once, never retried, and reports UPSTREAM_UNAVAILABLE', async () => {
    const robot = robotRow(t, 'rover-2');
    const calls = t.fleet.server.calls;
    const before = calls.count('UpdateRobot');
    calls.fail('UpdateRobot', status.UNAVAILABLE);
    const result = await t.gql(RENAME, { id: robot.id, location: robot.locationId, name: 'renamed-in-outage' });
    expect(errorCode(result)).toBe('UPSTREAM_UNAVAILABLE');
    expect(result.data).toEqual({ updateRobot: null });
    expect(calls.count('UpdateRobot') - before).toBe(1);
    expect(robotRow(t, 'rover-2')).toEqual(robot);
  });

  it('retries a read that failed with UNAVAILABLE, and answers once the upstream does', async () => {
    const robot = robotRow(t, 'rover-1');
    const calls = t.fleet.server.calls;
    const before = calls.count('GetRobot');
    calls.fail('GetRobot', status.UNAVAILABLE, RETRY_ATTEMPTS - 1);
    expect(await t.gql(ROBOT, { id: robot.id })).toEqual({ data: { robot: { id: robot.id, name: 'rover-1' } } });
    expect(calls.count('GetRobot') - before).toBe(RETRY_ATTEMPTS);
  });

  it('gives up on a read after the configured attempts with UPSTREAM_UNAVAILABLE', async () => {
    const robot = robotRow(t, 'rover-1');
    const calls = t.fleet.server.calls;
    const before = calls.count('GetRobot');
    calls.fail('GetRobot', status.UNAVAILABLE);
    const result = await t.gql(ROBOT, { id: robot.id });
    expect(errorCode(result)).toBe('UPSTREAM_UNAVAILABLE');
    expect(result.errors![0]!.message).toBe('the fleet upstream is unavailable');
    expect(calls.count('GetRobot') - before).toBe(RETRY_ATTEMPTS);
  });

  it('does not retry other failures (NOT_FOUND, PERMISSION_DENIED)', async () => {
    const calls = t.fleet.server.calls;
    const before = calls.count('GetRobot');
    const result = await t.gql(ROBOT, { id: UNKNOWN_ID });
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(errorCode(result));
    expect(calls.count('GetRobot') - before).toBe(1);
  });

  it('spends at most the retry budget when every read fails: no retry storm', async () => {
    const robot = robotRow(t, 'rover-1');
    const calls = t.fleet.server.calls;
    const before = calls.count('GetRobot');
    calls.fail('GetRobot', status.UNAVAILABLE);
    const operations = 200;
    const results = await Promise.all(Array.from({ length: operations }, () => t.gql(ROBOT, { id: robot.id })));
    expect(results.every((r) => errorCode(r) === 'UPSTREAM_UNAVAILABLE')).toBe(true);
    // The budget holds at most 20 retries and earns 0.1 per call; without it there would be 3 × 200.
    const attempts = calls.count('GetRobot') - before;
    expect(attempts).toBeLessThanOrEqual(operations + 20 + operations * 0.1);
    expect(attempts).toBeGreaterThan(operations);
  });
});

describe('calls in flight', () => {
  it('bounds the upstream calls of one operation, and of the whole gateway', async () => {
    const perOperation = 3;
    const total = 5;
    const t = await startTestGateway({ gateway: { maxUpstreamCallsPerRequest: perOperation, maxUpstreamCallsInFlight: total } });
    cleanups.push(() => t.close());
    await t.ok('{ organizations { id } }');
    const ids = (t.fleet.server.db.prepare('SELECT id FROM robots WHERE location_id IN (SELECT id FROM locations WHERE organization_id = ?)').all(t.fleet.orgId) as { id: string }[]).map((r) => r.id);
    expect(ids).toHaveLength(4);
    const query = robotsByIdQuery(ids);
    const calls = t.fleet.server.calls;
    // Held for a while, the calls issued together pile up to whichever bound applies.
    calls.delay('GetRobot', 100);
    cleanups.push(() => calls.delay('GetRobot', 0));
    calls.reset();
    expect(Object.keys(await t.ok(query))).toHaveLength(4);
    expect(calls.count('GetRobot')).toBe(4);
    expect(calls.peak('GetRobot')).toBe(perOperation);

    calls.reset();
    const results = await Promise.all(Array.from({ length: 4 }, () => t.gql(query)));
    expect(results.every((r) => !r.errors && Object.values(r.data).every((robot: any) => ids.includes(robot.id)))).toBe(true);
    expect(calls.count('GetRobot')).toBe(16);
    expect(calls.peak('GetRobot')).toBe(total);
  });
});

describe('a stopped fleet server', () => {
  it('fails fast with UPSTREAM_UNAVAILABLE, and the gateway recovers by itself when it is back on the same port', async () => {
    const dataDir = tempDir();
    let fleet: FleetServer = await startFleetServer({ dataDir, port: 0, log: () => {} });
    cleanups.push(() => fleet.close());
    // A deadline far beyond the test's timeout: an answer at all means the call did not wait for it.
    const gateway: Gateway = await startGateway({ upstream: parseUpstreamUrl(`http://${fleet.address}`), port: 0, upstreamDeadlineMs: 120_000 });
    cleanups.push(() => gateway.close());
    const headers = apiKeyHeaders({ id: fleet.demo!.apiKeyId, key: fleet.demo!.apiKey });
    const ask = () => postGraphQL(gateway.url, '{ organizations { name } }', headers);
    expect(await ask()).toEqual({ data: { organizations: [{ name: 'Demo Fleet' }] } });

    const port = fleet.port;
    await fleet.close();
    for (let i = 0; i < 3; i++) {
      const down = await ask();
      expect(errorCode(down)).toBe('UPSTREAM_UNAVAILABLE');
      expect(down.data).toEqual({ organizations: null });
    }

    fleet = await startFleetServer({ dataDir, port, log: () => {} });
    const back = await waitFor('the gateway to answer again', async () => {
      const result = await ask();
      return result.errors ? false : result;
    });
    expect(back).toEqual({ data: { organizations: [{ name: 'Demo Fleet' }] } });
  });
});

describe('a slow or abandoned upstream call', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ gateway: { upstreamDeadlineMs: 300 } });
    await t.ok('{ organizations { id } }');
  });
  afterAll(() => t.close());

  it('answers UPSTREAM_TIMEOUT at the deadline, and the upstream call is cancelled', async () => {
    const robot = robotRow(t, 'arm-1');
    const calls = t.fleet.server.calls;
    const cancelled = calls.cancelled('GetRobot');
    calls.delay('GetRobot', 5_000);
    try {
      const result = await t.gql(`${ROBOT} `, { id: robot.id });
      expect(errorCode(result)).toBe('UPSTREAM_TIMEOUT');
      expect(result.errors![0]!.message).toBe('the fleet upstream did not answer before the deadline');
      await waitFor('the fleet server to see the call cancelled', () => calls.cancelled('GetRobot') === cancelled + 1);
    } finally {
      calls.delay('GetRobot', 0);
    }
  });
});

describe('an abandoned request', () => {
  it('cancels its upstream calls when the client goes away', async () => {
    // The deadline is far off: only the gateway cancelling can end the upstream call early.
    const t = await startTestGateway({ gateway: { upstreamDeadlineMs: 120_000 } });
    cleanups.push(() => t.close());
    await t.ok('{ organizations { id } }');
    const robot = robotRow(t, 'arm-2');
    const calls = t.fleet.server.calls;
    calls.delay('GetRobot', 60_000);
    cleanups.push(() => calls.delay('GetRobot', 0));
    const abort = new AbortController();
    const request = fetch(t.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...t.demoHeaders },
      body: JSON.stringify({ query: ROBOT, variables: { id: robot.id } }),
      signal: abort.signal,
    }).catch((error: Error) => error);
    await waitFor('the call upstream', () => calls.count('GetRobot') === 1);
    abort.abort();
    expect(await request).toBeInstanceOf(Error);
    await waitFor('the upstream call cancelled', () => calls.cancelled('GetRobot') === 1);
  });
});

interface Outcome {
  phase: string;
  status: number;
  body: GraphQLResponse | string;
}

/** Sends `query` from `workers` loops until stopped, recording every outcome with the phase it was sent in. */
function loadLoop(url: string, query: string, headers: () => Record<string, string>, workers: number) {
  const outcomes: Outcome[] = [];
  let phase = 'before';
  let running = true;
  const loops = Array.from({ length: workers }, async () => {
    while (running) {
      const sentIn = phase;
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers() },
        body: JSON.stringify({ query }),
        signal: AbortSignal.timeout(20_000),
      });
      const text = await response.text();
      let body: GraphQLResponse | string = text;
      try {
        body = JSON.parse(text) as GraphQLResponse;
      } catch {
        // kept as text: the assertions below report it
      }
      outcomes.push({ phase: sentIn, status: response.status, body });
    }
  });
  return {
    outcomes,
    setPhase: (next: string) => void (phase = next),
    count: (inPhase: string, ok?: boolean) =>
      outcomes.filter((o) => o.phase === inPhase && (ok === undefined || (typeof o.body !== 'string' && !o.body.errors) === ok)).length,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

describe('the fleet server process killed and restarted under load', () => {
  const WORKERS = 8;

  it('answers UPSTREAM_UNAVAILABLE during the outage (never a 5xx), and succeeds again after the restart', async () => {
    const dataDir = tempDir();
    let fleet: FleetProcess = await startFleetProcess(dataDir);
    cleanups.push(() => fleet.kill());
    const gateway = await startGateway({ upstream: parseUpstreamUrl(`http://${fleet.address}`), port: 0, upstreamDeadlineMs: 15_000 });
    cleanups.push(() => gateway.close());

    const load = loadLoop(gateway.url, TREE, () => fleet.demoHeaders, WORKERS);
    cleanups.push(() => load.stop());
    await waitFor('successes before the outage', () => load.count('before', true) >= 50, 20_000);

    load.setPhase('outage');
    await fleet.kill();
    await waitFor('failures during the outage', () => load.count('outage', false) >= 50, 20_000);

    load.setPhase('restarting');
    fleet = await startFleetProcess(dataDir, fleet.port);
    load.setPhase('after');
    await waitFor('successes after the restart', () => load.count('after', true) >= 50, 30_000);
    await load.stop();

    const { outcomes } = load;
    const malformed = outcomes.filter((o) => typeof o.body === 'string' || !('data' in o.body || o.body.errors?.length));
    expect(malformed).toEqual([]);
    expect(outcomes.filter((o) => o.status >= 500)).toEqual([]);
    const codes = new Set(outcomes.flatMap((o) => (typeof o.body === 'string' ? [] : (o.body.errors ?? []).map((e) => e.extensions?.code))));
    expect([...codes]).toEqual(['UPSTREAM_UNAVAILABLE']);
    // Before the kill only the requests in flight at that moment (one per worker at most) can fail.
    expect(load.count('before', false)).toBeLessThanOrEqual(WORKERS);
    // Once the gateway answered again after the restart, it kept answering.
    const after = outcomes.filter((o) => o.phase === 'after');
    const firstSuccess = after.findIndex((o) => typeof o.body !== 'string' && !o.body.errors);
    expect(after.slice(firstSuccess).filter((o) => typeof o.body === 'string' || o.body.errors)).toEqual([]);
    const tally = Object.fromEntries(['before', 'outage', 'restarting', 'after'].map((p) => [p, `${load.count(p, true)} ok / ${load.count(p, false)} failed`]));
    console.log('kill/restart under load:', JSON.stringify(tally));
  });
});
