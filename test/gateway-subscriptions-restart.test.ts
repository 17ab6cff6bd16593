/**
 * Live logs across an upstream outage: the fleet server (SQLite file) is restarted on the same
 * port in the middle of a subscription, and later stopped for good.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFleetServer, type FleetServer } from '../src/fleet-server/server.ts';
import { startGateway, type Gateway } from '../src/gateway/server.ts';
import { parseUpstreamUrl } from '../src/upstream/target.ts';
import { PART_LOGS_AFTER, robotLogger, sseSubscribe, waitFor, wsClient, type WsTestClient } from './support/live-logs.ts';
import { postGraphQL } from './support/cli.ts';
import { firstSecret, idByName } from './support/graph.ts';
import { apiKeyHeaders } from './support/gateway.ts';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function fleetOnDisk(options: { dataDir: string; port?: number }): Promise<FleetServer> {
  return startFleetServer({ dataDir: options.dataDir, port: options.port ?? 0, log: () => {} });
}

function partOf(fleet: FleetServer, name: string): { id: string; secret: string } {
  const id = idByName(fleet.db, 'robot_parts', name);
  return { id, secret: firstSecret(fleet.db, id) };
}

function keyHeaders(fleet: FleetServer): Record<string, string> {
  return apiKeyHeaders({ id: fleet.demo!.apiKeyId, key: fleet.demo!.apiKey });
}

describe('an upstream outage during a subscription', () => {
  it('reopens the tail and backfills: entries from before, during and after the outage arrive once, in order', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fleetgraph-restart-'));
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    let fleet = await fleetOnDisk({ dataDir });
    const port = fleet.port;
    cleanups.push(() => fleet.close());
    // Slow reconnects leave time to log while the tail is down; the live fallback stays out of the way.
    const gateway: Gateway = await startGateway({
      upstream: parseUpstreamUrl(`http://${fleet.address}`),
      port: 0,
      liveLogs: { reconnectBaseDelayMs: 400, liveTimeoutMs: 60_000 },
    });
    cleanups.push(() => gateway.close());
    const headers = keyHeaders(fleet);
    const part = partOf(fleet, 'arm-1-main');

    const client: WsTestClient = wsClient(gateway.url, headers);
    cleanups.push(() => client.dispose());
    const overWs = client.subscribe({ partId: part.id, errorsOnly: false });
    const overSse = sseSubscribe(gateway.url, headers, { partId: part.id, errorsOnly: false });
    cleanups.push(() => overSse.unsubscribe());
    await waitFor('both subscribers on one tail', () => gateway.logStreams.subscriberCount === 2 && fleet.fleet.logBus.count(part.id) === 1);

    let robot = await robotLogger(fleet.address, part.id, part.secret);
    await robot.log([{ level: 'info', message: 'before 1' }, { level: 'error', message: 'before 2' }]);
    await robot.log([{ level: 'warn', message: 'before 3' }]);
    await waitFor('the entries before the outage', () => overWs.messages().length === 3 && overSse.messages().length === 3);
    robot.close();

    await fleet.close();
    fleet = await fleetOnDisk({ dataDir, port });
    // Hold the reopened tail back so these entries are logged while it is certainly not live, and
    // the backfill after it, so entries logged once it is live come both live and in the backfill.
    fleet.calls.delay('TailRobotPartLogs', 2_000);
    fleet.calls.delay('GetRobotPartLogs', 1_500);
    robot = await robotLogger(fleet.address, part.id, part.secret);
    cleanups.push(() => robot.close());
    await robot.log([{ level: 'info', message: 'during 1' }]);
    await robot.log([{ level: 'error', message: 'during 2' }, { level: 'info', message: 'during 3' }]);
    expect(fleet.fleet.logBus.count(part.id)).toBe(0);

    await waitFor('the tail reopened', () => fleet.fleet.logBus.count(part.id) === 1, 20_000);
    fleet.calls.delay('TailRobotPartLogs', 0);
    // The backfill has been asked for and is held; these come live and are also in its answer.
    await waitFor('the backfill under way', () => fleet.calls.count('GetRobotPartLogs') === 1);
    await robot.log([{ level: 'info', message: 'after 1' }]);
    await robot.log([{ level: 'fatal', message: 'after 2' }, { level: 'info', message: 'after 3' }]);
    fleet.calls.delay('GetRobotPartLogs', 0);

    const expected = ['before 1', 'before 2', 'before 3', 'during 1', 'during 2', 'during 3', 'after 1', 'after 2', 'after 3'];
    await waitFor('every entry', () => overWs.messages().length >= expected.length && overSse.messages().length >= expected.length, 20_000);
    // Late duplicates would arrive right behind; give them a moment to show up.
    await robot.log([{ level: 'info', message: 'marker' }]);
    await waitFor('the marker', () => overWs.messages().includes('marker') && overSse.messages().includes('marker'));
    expect(overWs.messages()).toEqual([...expected, 'marker']);
    expect(overSse.messages()).toEqual([...expected, 'marker']);
    expect([overWs.errors, overSse.errors]).toEqual([[], []]);
    expect(fleet.calls.count('GetRobotPartLogs')).toBeGreaterThanOrEqual(1);
    expect(gateway.logStreams.openTails).toBe(1);
  });

  it('a client resuming while the tail is down gets neither what it had nor the backfill twice when the tail comes back', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fleetgraph-resume-down-'));
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    let fleet = await fleetOnDisk({ dataDir });
    const port = fleet.port;
    cleanups.push(() => fleet.close());
    const gateway = await startGateway({ upstream: parseUpstreamUrl(`http://${fleet.address}`), port: 0, liveLogs: { reconnectBaseDelayMs: 50, liveTimeoutMs: 60_000 } });
    cleanups.push(() => gateway.close());
    const headers = keyHeaders(fleet);
    const part = partOf(fleet, 'arm-1-main');
    const client = wsClient(gateway.url, headers);
    cleanups.push(() => client.dispose());
    const watching = client.subscribe({ partId: part.id, errorsOnly: false });
    await waitFor('the tail', () => fleet.fleet.logBus.count(part.id) === 1);
    let robot = await robotLogger(fleet.address, part.id, part.secret);
    await robot.log([{ level: 'info', message: 'seen 1' }]);
    await waitFor('the first entry', () => watching.messages().length === 1);
    robot.close();

    await fleet.close();
    fleet = await fleetOnDisk({ dataDir, port });
    // The tail stays down (its reopening is held) while a client that already had 'missed 2' resumes.
    fleet.calls.delay('TailRobotPartLogs', 5_000);
    robot = await robotLogger(fleet.address, part.id, part.secret);
    cleanups.push(() => robot.close());
    await robot.log([{ level: 'info', message: 'missed 1' }, { level: 'info', message: 'missed 2' }]);
    const page = await postGraphQL(gateway.url, 'query($id: ID!) { robotPart(id: $id) { logs(first: 1) { nodes { id message } } } }', headers, { id: part.id });
    expect(page.data.robotPart.logs.nodes[0].message).toBe('missed 2');
    const resumed = client.subscribe({ partId: part.id, errorsOnly: false, after: page.data.robotPart.logs.nodes[0].id }, PART_LOGS_AFTER);
    await waitFor('the resumed subscriber attached', () => gateway.logStreams.subscriberCount === 2);
    expect(fleet.fleet.logBus.count(part.id)).toBe(0);
    fleet.calls.delay('TailRobotPartLogs', 0);

    // The tail reopens and backfills 'missed 1' and 'missed 2' from where it was: the resumed client had them.
    await waitFor('the tail reopened', () => watching.messages().length === 3, 20_000);
    await robot.log([{ level: 'info', message: 'new 1' }]);
    await waitFor('the new entry on both', () => watching.messages().includes('new 1') && resumed.messages().includes('new 1'));
    expect(watching.messages()).toEqual(['seen 1', 'missed 1', 'missed 2', 'new 1']);
    expect(resumed.messages()).toEqual(['new 1']);
    expect([watching.errors, resumed.errors]).toEqual([[], []]);
  });

  it('ends the subscription with UPSTREAM_UNAVAILABLE when the upstream does not come back', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fleetgraph-gone-'));
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    const fleet = await fleetOnDisk({ dataDir });
    const gateway = await startGateway({
      upstream: parseUpstreamUrl(`http://${fleet.address}`),
      port: 0,
      liveLogs: { reconnectAttempts: 3, reconnectBaseDelayMs: 50 },
    });
    cleanups.push(() => gateway.close());
    const part = partOf(fleet, 'rover-2-main');
    const client = wsClient(gateway.url, keyHeaders(fleet));
    cleanups.push(() => client.dispose());
    const subscription = client.subscribe({ partId: part.id });
    await waitFor('the tail', () => fleet.fleet.logBus.count(part.id) === 1);

    await fleet.close();
    await waitFor('the end of the subscription', () => subscription.completed, 20_000);
    expect(subscription.errors).toHaveLength(1);
    expect(subscription.errors[0]!.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(subscription.errors[0]!.message).toMatch(/could not be reopened after 3 attempts/);
    expect(gateway.logStreams.openTails).toBe(0);
  });
});
