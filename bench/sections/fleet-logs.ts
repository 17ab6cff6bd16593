/**
 * Section 5: fleetLogs at scale: `subscribers` graphql-ws subscribers (one socket each) on the
 * live logs of an organization of `parts` parts, each part's robot logging `linesPerSecond` lines a
 * second (one RobotService/Log call per part every `batchMs`, parts staggered over that time).
 *
 * Measured: upstream tails open (goal: one per part, whatever the number of subscribers), every
 * entry delivered once and in order per part to every subscriber, and delivery latency (the
 * robot's Log call → the subscriber) p50/p99. Processes as in bench/subscriptions.ts: fleet server
 * and robots here, the gateway alone in a child, the subscribers in another child.
 *
 * Part of `npm run bench` (`--only fleet-logs`); alone: `npx tsx bench/sections/fleet-logs.ts [--quick]`.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startFleetServer } from '../../src/fleet-server/server.ts';
import { insertLocation } from '../../src/fleet-server/locations.ts';
import { insertRobot } from '../../src/fleet-server/robots.ts';
import { RobotChannel } from '../../src/simulator/robot-client.ts';
import { parseUpstreamUrl } from '../../src/upstream/target.ts';
import { forkChild } from '../support/child.ts';
import { createOrganizationWithOwnerKey } from '../support/seed.ts';
import type { GatewayChildReply, GatewayChildRequest } from '../support/gateway-child.ts';
import type { LiveClientsReply, LiveClientsRequest } from '../support/live-clients-child.ts';

export interface FleetLogsOptions {
  parts: number;
  linesPerSecond: number;
  /** Each part's robot sends its lines once every batchMs (one Log call). */
  batchMs: number;
  subscribers: number;
  seconds: number;
  warmupSeconds: number;
  cpuProfileDir?: string;
  log: (line: string) => void;
}

export interface FleetLogsResult {
  options: Omit<FleetLogsOptions, 'log'>;
  connectSeconds: number;
  tailsWhileSubscribed: number;
  maxTails: number;
  tailCalls: number;
  logCalls: number;
  sendSeconds: number;
  delivered: number;
  expected: number;
  deliverySeconds: number;
  complete: number;
  overflowed: number;
  failed: number;
  disordered: number;
  latencyMs: { p50: number; p99: number; max: number };
  gatewayRss: { idle: number; subscribed: number; peak: number };
  gatewayCpuSeconds: number;
  errors: string[];
}

const QUERY = 'subscription($org: ID!) { fleetLogs(organizationId: $org) { partId message } }';
/** The subscribers' clock (live-clients-child.ts, which cannot be imported: it is a child's entry point). */
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

export async function runFleetLogs(options: FleetLogsOptions): Promise<FleetLogsResult> {
  const { parts: PARTS, linesPerSecond, batchMs, subscribers: SUBSCRIBERS, seconds, warmupSeconds, log } = options;
  const linesPerBatch = Math.max(1, Math.round((linesPerSecond * batchMs) / 1000));
  const fleet = await startFleetServer({ dataDir: ':memory:', port: 0, log: () => {} });
  const owner = createOrganizationWithOwnerKey(fleet.db, 'Bench Fleet Logs');
  const partIds = fleet.db.transaction(() => {
    const location = insertLocation(fleet.db, owner.organizationId, 'bench yard', null);
    return Array.from({ length: PARTS }, (_, i) => insertRobot(fleet.db, location.id, `logger-${i}`).id).map(
      (robotId) => (fleet.db.prepare('SELECT id FROM robot_parts WHERE robot_id = ?').get(robotId) as { id: string }).id,
    );
  })();
  const channel = new RobotChannel(parseUpstreamUrl(`http://${fleet.address}`));
  const robots = partIds.map((partId) => {
    const { secret } = fleet.db.prepare('SELECT secret FROM part_secrets WHERE part_id = ?').get(partId) as { secret: string };
    return channel.robot(partId, secret);
  });
  let logCalls = 0;
  /** Every part logs `batches` batches of linesPerBatch lines, one call per batchMs, parts staggered; each part's calls in order. */
  const stream = async (tag: string, batches: number) => {
    const begin = performance.now();
    const seqs = new Array<number>(PARTS).fill(0);
    await Promise.all(
      robots.map(async (robot, p) => {
        for (let b = 0; b < batches; b++) {
          await sleep(begin + (p * batchMs) / PARTS + b * batchMs - performance.now());
          const sentAt = now();
          await robot.log(Array.from({ length: linesPerBatch }, () => ({ level: 'info', message: `${tag}|${seqs[p]!++}|${sentAt}|${p}`, logger_name: 'bench' })));
          logCalls += 1;
        }
      }),
    );
    return (performance.now() - begin) / 1000;
  };

  const gatewayOptions = {
    wsMaxConnectionsPerAddress: SUBSCRIBERS + 100,
    liveLogs: { maxSubscriptionsPerCaller: SUBSCRIBERS + 100, fleetLogsMaxParts: Math.max(500, PARTS) },
  };
  const gateway = forkChild<GatewayChildRequest, GatewayChildReply>('gateway-child.ts', {
    args: [`http://${fleet.address}`, JSON.stringify(gatewayOptions)],
    nodeFlags: ['--expose-gc', ...(options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(options.cpuProfileDir)}`] : [])],
    core: 0,
  });
  const clients = forkChild<LiveClientsRequest, LiveClientsReply>('live-clients-child.ts', { core: 1 });
  try {
    const { url } = await gateway.next('ready');
    const stats = (gc = true) => gateway.ask({ type: 'stats', gc }, 'stats');
    await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    await sleep(300);
    const idle = await stats();
    await clients.next('ready');

    log(`fleet logs: ${SUBSCRIBERS} subscribers on ${PARTS} parts...`);
    const connecting = performance.now();
    const headers = { 'x-viam-api-key-id': owner.apiKeyId, 'x-viam-api-key': owner.apiKey };
    await clients.ask({ type: 'start', url, count: SUBSCRIBERS, partId: '', connectionParams: headers, query: QUERY, variables: { org: owner.organizationId } }, 'started');
    // Every subscriber holds one share of each part's tail; each share after a tail's first is
    // authorized on its own, but joiners of one credential arriving together share one
    // GetRobotPartLogs check per part (log-access.ts, JoinAccessChecks).
    for (;;) {
      const s = await stats(false);
      if (s.subscribers >= SUBSCRIBERS * PARTS) break;
      if (performance.now() - connecting > 600_000) throw new Error(`only ${s.subscribers} of ${SUBSCRIBERS * PARTS} part shares after 600 s`);
      await sleep(100);
    }
    const connectSeconds = (performance.now() - connecting) / 1000;
    const subscribed = await stats();
    const tailsWhileSubscribed = fleet.fleet.logBus.count();
    const tailCalls = fleet.calls.count('TailRobotPartLogs');

    const batchesIn = (s: number) => Math.max(1, Math.round((s * 1000) / batchMs));
    if (warmupSeconds > 0) {
      log(`warming up for ${warmupSeconds} s...`);
      await stream('warmup', batchesIn(warmupSeconds));
      await sleep(1000);
    }
    const warm = await stats(false);
    const batches = batchesIn(seconds);
    const expected = batches * linesPerBatch * PARTS;
    log(`sending ${batches * PARTS} Log calls (${PARTS} parts × ${linesPerSecond} lines/s, ${linesPerBatch} a call)...`);
    logCalls = 0;
    const startedAt = now();
    let peakRss = warm.memory.rss;
    let maxTails = tailsWhileSubscribed;
    const sampler = setInterval(() => {
      maxTails = Math.max(maxTails, fleet.fleet.logBus.count());
      void stats(false).then((s) => (peakRss = Math.max(peakRss, s.memory.rss)));
    }, 250);
    const sendSeconds = await stream('bench', batches);
    let progress = await clients.ask({ type: 'progress' }, 'progress');
    for (let stalled = 0; progress.fewest < expected && stalled < 3; ) {
      await sleep(1000);
      const next = await clients.ask({ type: 'progress' }, 'progress');
      stalled = next.total === progress.total ? stalled + 1 : 0;
      progress = next;
    }
    clearInterval(sampler);
    const after = await stats(false);
    const collected = await clients.ask({ type: 'collect', expected }, 'collected');
    const { log: _, ...figures } = options;
    return {
      options: figures,
      connectSeconds,
      tailsWhileSubscribed,
      maxTails,
      tailCalls,
      logCalls,
      sendSeconds,
      delivered: collected.total,
      expected: expected * SUBSCRIBERS,
      deliverySeconds: Math.max(sendSeconds, (collected.lastAt - startedAt) / 1000),
      complete: collected.complete,
      overflowed: collected.overflowed,
      failed: collected.failed,
      disordered: collected.disordered,
      latencyMs: collected.latency,
      gatewayRss: { idle: idle.memory.rss, subscribed: subscribed.memory.rss, peak: peakRss },
      gatewayCpuSeconds: (after.cpu.user + after.cpu.system - warm.cpu.user - warm.cpu.system) / 1e6,
      errors: collected.errors,
    };
  } finally {
    await clients.stop();
    await gateway.stop();
    channel.close();
    await fleet.close();
  }
}

/** The figures as label/value rows. */
export function fleetLogsRows(r: FleetLogsResult): [string, string][] {
  const { parts, linesPerSecond, subscribers } = r.options;
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  const rows: [string, string][] = [
    ['parts × lines/s, subscribers (graphql-ws sockets)', `${parts} × ${linesPerSecond}, ${subscribers} (all subscribed in ${r.connectSeconds.toFixed(1)} s)`],
    ['upstream tails open (goal: one per part)', `${r.tailsWhileSubscribed} once all subscribed (goal ${parts}); at most ${r.maxTails} during the run; ${r.tailCalls} TailRobotPartLogs calls in all`],
    ['robot Log calls', `${r.logCalls} in ${r.sendSeconds.toFixed(1)} s`],
    ['entries delivered (goal: every entry once to every subscriber)', `${r.delivered} of ${r.expected} in ${r.deliverySeconds.toFixed(1)} s (${(r.delivered / r.deliverySeconds).toFixed(0)}/s)`],
    ['subscribers complete / dropped (overflow) / other error', `${r.complete} / ${r.overflowed} / ${r.failed}`],
    ['subscribers with an entry repeated or out of order (per part)', String(r.disordered)],
    ['latency Log → subscriber p50 / p99 / max', `${r.latencyMs.p50.toFixed(1)} / ${r.latencyMs.p99.toFixed(1)} / ${r.latencyMs.max.toFixed(1)} ms`],
    ['gateway RSS idle → subscribed → peak', `${mb(r.gatewayRss.idle)} → ${mb(r.gatewayRss.subscribed)} → ${mb(r.gatewayRss.peak)}`],
    ['gateway CPU while streaming', `${r.gatewayCpuSeconds.toFixed(1)} s (${((100 * r.gatewayCpuSeconds) / r.deliverySeconds).toFixed(0)}% of a core)`],
  ];
  if (r.errors.length) rows.push(['first subscriber errors', r.errors.join('; ').slice(0, 300)]);
  return rows;
}

/** The section's settings: the figures, or smaller ones with --quick. */
export const fleetLogsSettings = (quick: boolean, log: (line: string) => void): FleetLogsOptions =>
  quick
    ? { parts: 20, linesPerSecond: 10, batchMs: 1000, subscribers: 10, seconds: 3, warmupSeconds: 1, log }
    : { parts: 200, linesPerSecond: 10, batchMs: 1000, subscribers: 100, seconds: 10, warmupSeconds: 2, log };

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const result = await runFleetLogs(fleetLogsSettings(process.argv.includes('--quick'), log));
  for (const [label, value] of fleetLogsRows(result)) log(`${label}: ${value}`);
}
