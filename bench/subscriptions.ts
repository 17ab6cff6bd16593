/**
 * Live log subscriptions at scale: 1,000 graphql-ws subscribers (one socket each) on one robot
 * part while the robot sends 100 batches a second through RobotService/Log for ~10 s.
 *
 *   npx tsx bench/subscriptions.ts [--subscribers 1000] [--rate 100] [--seconds 10] [--entries 1] [--warmup 3]
 *                                  [--cpu-prof DIR]   (V8 CPU profile of the gateway process)
 *
 * `runLiveLogs` is the same run for bench/index.ts (`npm run bench`), returning the figures.
 *
 * Processes: this one runs the fleet server (so the open upstream tails can be read off its log
 * bus) and the robot; the gateway runs alone in a child (its memory per subscriber is its own);
 * the subscribers run in another child. Every entry's message carries the time of its Log call;
 * latency is receipt minus that, on the same machine clock. A warm-up at the same rate (not
 * measured) runs first, so JIT compilation does not count as latency.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startFleetServer } from '../src/fleet-server/server.ts';
import { RobotChannel } from '../src/simulator/robot-client.ts';
import { parseUpstreamUrl } from '../src/upstream/target.ts';
import { forkChild } from './support/child.ts';
import type { GatewayChildReply, GatewayChildRequest } from './support/gateway-child.ts';
import type { LiveClientsReply, LiveClientsRequest } from './support/live-clients-child.ts';

export interface LiveLogsOptions {
  subscribers: number;
  /** Robot Log calls per second. */
  rate: number;
  seconds: number;
  entriesPerBatch: number;
  warmupSeconds: number;
  /** Directory for a V8 CPU profile of the gateway process. */
  cpuProfileDir?: string;
  log: (line: string) => void;
}

export interface LiveLogsResult {
  options: Omit<LiveLogsOptions, 'log'>;
  connectSeconds: number;
  sendSeconds: number;
  batches: number;
  tailsWhileSubscribed: number;
  maxTails: number;
  tailCallsDuringRun: number;
  delivered: number;
  expected: number;
  deliverySeconds: number;
  complete: number;
  overflowed: number;
  failed: number;
  disordered: number;
  latencyMs: { p50: number; p99: number; max: number };
  gatewayRss: { idle: number; subscribed: number; peak: number };
  gatewayHeap: { idle: number; subscribed: number };
  subscribersAtEnd: number;
  gatewayCpuSeconds: number;
  /** Subscription events the gateway executed during the run (shared by subscribers of one operation and caller). */
  subscriptionExecutions: number;
  clientsCpuSeconds: number;
  errors: string[];
}

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** The part's robot, through the simulator's RobotService client (part id and secret). */
function robotClient(address: string, partId: string, secret: string, entriesPerBatch: number) {
  const channel = new RobotChannel(parseUpstreamUrl(`http://${address}`));
  const robot = channel.robot(partId, secret);
  return {
    /** One Log call; `tag` is `bench` (measured) or `warmup` (ignored by the subscribers). */
    log: (tag: string, seq: number) => {
      const sentAt = now();
      return robot.log(Array.from({ length: entriesPerBatch }, () => ({ level: 'info', message: `${tag}|${seq}|${sentAt}`, logger_name: 'bench' })));
    },
    close: () => channel.close(),
  };
}

/** One live-logs run: fleet server and robot here, gateway and subscribers in children. */
export async function runLiveLogs(options: LiveLogsOptions): Promise<LiveLogsResult> {
  const { subscribers: SUBSCRIBERS, rate: RATE, seconds: SECONDS, entriesPerBatch: ENTRIES_PER_BATCH, warmupSeconds: WARMUP_SECONDS, log } = options;
  const fleet = await startFleetServer({ dataDir: ':memory:', port: 0, log: () => {} });
  const demo = fleet.demo!;
  const partId = (fleet.db.prepare("SELECT id FROM robot_parts WHERE name = 'rover-1-main'").get() as { id: string }).id;
  const { secret } = fleet.db.prepare('SELECT secret FROM part_secrets WHERE part_id = ?').get(partId) as { secret: string };
  const robot = robotClient(fleet.address, partId, secret, ENTRIES_PER_BATCH);

  // All subscribers come from one address with one key, one socket each: lift the per-address and per-caller limits.
  const gatewayOptions = { wsMaxConnectionsPerAddress: SUBSCRIBERS + 100, liveLogs: { maxSubscriptionsPerCaller: SUBSCRIBERS + 100 } };
  const gateway = forkChild<GatewayChildRequest, GatewayChildReply>('gateway-child.ts', {
    args: [`http://${fleet.address}`, JSON.stringify(gatewayOptions)],
    nodeFlags: ['--expose-gc', ...(options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(options.cpuProfileDir)}`] : [])],
    core: 0,
  });
  const { url } = await gateway.next('ready');
  const stats = (gc = true) => gateway.ask({ type: 'stats', gc }, 'stats');
  // Module loading and the first schema use happen before the baseline.
  await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
  await stats();
  await sleep(500);
  const idle = await stats();

  const clients = forkChild<LiveClientsRequest, LiveClientsReply>('live-clients-child.ts', { core: 1 });
  await clients.next('ready');
  log(`opening ${SUBSCRIBERS} graphql-ws subscribers...`);
  const connecting = performance.now();
  await clients.ask(
    { type: 'start', url, count: SUBSCRIBERS, partId, connectionParams: { 'x-viam-api-key-id': demo.apiKeyId, 'x-viam-api-key': demo.apiKey } },
    'started',
  );
  for (;;) {
    const s = await stats(false);
    if (s.subscribers >= SUBSCRIBERS) break;
    if (performance.now() - connecting > 60_000) throw new Error(`only ${s.subscribers} of ${SUBSCRIBERS} subscribers after 60 s`);
    await sleep(100);
  }
  const connectSeconds = (performance.now() - connecting) / 1000;
  await sleep(500);
  const withSubscribers = await stats();
  const tailsWhileSubscribed = fleet.fleet.logBus.count(partId);
  const tailCallsBefore = fleet.calls.count('TailRobotPartLogs');

  /** Sends `count` batches at RATE per second, on a fixed schedule (a late call does not shift the rest). */
  const stream = async (tag: string, count: number) => {
    const begin = performance.now();
    for (let seq = 0; seq < count; seq++) {
      await sleep(begin + (seq * 1000) / RATE - performance.now());
      await robot.log(tag, seq);
    }
    return (performance.now() - begin) / 1000;
  };
  if (WARMUP_SECONDS > 0) {
    log(`warming up for ${WARMUP_SECONDS} s...`);
    const warmupEntries = Math.round(RATE * WARMUP_SECONDS) * ENTRIES_PER_BATCH;
    await stream('warmup', Math.round(RATE * WARMUP_SECONDS));
    // An overloaded gateway is still behind: let it catch up before measuring.
    for (let waited = 0; waited < 60_000; waited += 250) {
      const p = await clients.ask({ type: 'progress' }, 'progress');
      if (p.fewestWarmup >= warmupEntries || p.overflowed + p.failed > 0) break;
      await sleep(250);
    }
  }
  const warm = await stats(false);

  const batches = RATE * SECONDS;
  const expected = batches * ENTRIES_PER_BATCH;
  log(`sending ${batches} batches (${RATE}/s, ${ENTRIES_PER_BATCH} entr${ENTRIES_PER_BATCH === 1 ? 'y' : 'ies'} each)...`);
  const clientsBefore = await clients.ask({ type: 'progress' }, 'progress');
  const startedAt = now();
  let peakRss = warm.memory.rss;
  let maxTails = tailsWhileSubscribed;
  const sampler = setInterval(() => {
    maxTails = Math.max(maxTails, fleet.fleet.logBus.count(partId));
    void stats(false).then((s) => (peakRss = Math.max(peakRss, s.memory.rss)));
  }, 250);
  const sendSeconds = await stream('bench', batches);
  // Let the backlog drain: until every subscriber has everything, or deliveries stop.
  let progress = await clients.ask({ type: 'progress' }, 'progress');
  for (let stalled = 0; progress.fewest < expected && stalled < 3; ) {
    await sleep(1000);
    const next = await clients.ask({ type: 'progress' }, 'progress');
    stalled = next.total === progress.total ? stalled + 1 : 0;
    progress = next;
  }
  clearInterval(sampler);
  const afterStream = await stats(false);
  const collected = await clients.ask({ type: 'collect', expected }, 'collected');
  // From the first Log call to the last entry received (the stall detection above does not count).
  const deliverySeconds = Math.max(sendSeconds, (collected.lastAt - startedAt) / 1000);
  const cpuOf = (a: NodeJS.CpuUsage, b: NodeJS.CpuUsage) => (b.user + b.system - a.user - a.system) / 1e6;

  await clients.stop();
  await gateway.stop();
  robot.close();
  await fleet.close();
  const { log: _, ...figures } = options;
  return {
    options: figures,
    connectSeconds,
    sendSeconds,
    batches,
    tailsWhileSubscribed,
    maxTails,
    tailCallsDuringRun: fleet.calls.count('TailRobotPartLogs') - tailCallsBefore,
    delivered: collected.total,
    expected: expected * SUBSCRIBERS,
    deliverySeconds,
    complete: collected.complete,
    overflowed: collected.overflowed,
    failed: collected.failed,
    disordered: collected.disordered,
    latencyMs: collected.latency,
    gatewayRss: { idle: idle.memory.rss, subscribed: withSubscribers.memory.rss, peak: peakRss },
    gatewayHeap: { idle: idle.memory.heapUsed, subscribed: withSubscribers.memory.heapUsed },
    subscribersAtEnd: afterStream.subscribers,
    gatewayCpuSeconds: cpuOf(warm.cpu, afterStream.cpu),
    subscriptionExecutions: afterStream.subscriptionExecutions - warm.subscriptionExecutions,
    clientsCpuSeconds: cpuOf(clientsBefore.cpu, collected.cpu),
    errors: collected.errors,
  };
}

/** The figures as label/value rows. */
export function liveLogsRows(r: LiveLogsResult): [string, string][] {
  const { subscribers, rate, entriesPerBatch } = r.options;
  const entries = `entr${entriesPerBatch === 1 ? 'y' : 'ies'}`;
  const perSubscriber = (a: number, b: number) => `${((b - a) / subscribers / 1024).toFixed(1)} KiB`;
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  const cpu = (s: number) =>
    `${s.toFixed(1)} s (${((100 * s) / r.deliverySeconds).toFixed(0)}% of a core), ${r.delivered ? ((s * 1e6) / r.delivered).toFixed(0) : '-'} µs per delivered entry`;
  const rows: [string, string][] = [
    ['subscribers (graphql-ws sockets)', `${subscribers} (all subscribed in ${r.connectSeconds.toFixed(1)} s)`],
    ['robot Log calls', `${r.batches} in ${r.sendSeconds.toFixed(1)} s (${(r.batches / r.sendSeconds).toFixed(0)}/s, asked ${rate}/s), ${entriesPerBatch} ${entries} each`],
    ['upstream tails open (logBus.count)', `${r.tailsWhileSubscribed} once all subscribed; at most ${r.maxTails} during the run`],
    ['TailRobotPartLogs calls during the run', String(r.tailCallsDuringRun)],
    ['entries delivered', `${r.delivered} of ${r.expected} in ${r.deliverySeconds.toFixed(1)} s (${(r.delivered / r.deliverySeconds).toFixed(0)}/s)`],
    ['subscribers complete / dropped (overflow) / other error', `${r.complete} / ${r.overflowed} / ${r.failed}`],
    ['subscribers out of order or duplicated', String(r.disordered)],
    ['latency Log → subscriber p50', `${r.latencyMs.p50.toFixed(1)} ms`],
    ['latency Log → subscriber p99', `${r.latencyMs.p99.toFixed(1)} ms`],
    ['latency max', `${r.latencyMs.max.toFixed(1)} ms`],
    ['gateway RSS idle → subscribed', `${mb(r.gatewayRss.idle)} → ${mb(r.gatewayRss.subscribed)}: ${perSubscriber(r.gatewayRss.idle, r.gatewayRss.subscribed)} per subscriber`],
    ['gateway heap idle → subscribed', `${mb(r.gatewayHeap.idle)} → ${mb(r.gatewayHeap.subscribed)}: ${perSubscriber(r.gatewayHeap.idle, r.gatewayHeap.subscribed)} per subscriber`],
    ['gateway RSS peak while streaming', mb(r.gatewayRss.peak)],
    ['subscribers still attached at the end', String(r.subscribersAtEnd)],
    ['gateway CPU', cpu(r.gatewayCpuSeconds)],
    ['subscription executions during the run', `${r.subscriptionExecutions} (${(r.subscriptionExecutions / r.batches).toFixed(1)} per Log call)`],
    ['subscriber process CPU', cpu(r.clientsCpuSeconds)],
  ];
  if (r.errors.length) rows.push(['first subscriber errors', r.errors.join('; ').slice(0, 300)]);
  return rows;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      subscribers: { type: 'string', default: '1000' },
      rate: { type: 'string', default: '100' },
      seconds: { type: 'string', default: '10' },
      entries: { type: 'string', default: '1' },
      warmup: { type: 'string', default: '3' },
      'cpu-prof': { type: 'string' },
    },
  });
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const result = await runLiveLogs({
    subscribers: Number(values.subscribers),
    rate: Number(values.rate),
    seconds: Number(values.seconds),
    entriesPerBatch: Number(values.entries),
    warmupSeconds: Number(values.warmup),
    cpuProfileDir: values['cpu-prof'],
    log,
  });
  const rows: [string, string][] = [['machine', `${os.cpus().length} CPUs, Node ${process.version}`], ...liveLogsRows(result)];
  const width = Math.max(...rows.map(([k]) => k.length));
  log('');
  for (const [key, value] of rows) log(`${key.padEnd(width)}  ${value}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
