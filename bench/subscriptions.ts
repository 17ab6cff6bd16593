/**
 * Live log subscriptions at scale: 1,000 graphql-ws subscribers (one socket each) on one robot
 * part while the robot sends 100 batches a second through RobotService/Log for ~10 s.
 *
 *   npx tsx bench/subscriptions.ts [--subscribers 1000] [--rate 100] [--seconds 10] [--entries 1] [--warmup 3]
 *                                  [--cpu-prof DIR]   (V8 CPU profile of the gateway process)
 *
 * Processes: this one runs the fleet server (so the open upstream tails can be read off its log
 * bus) and the robot; the gateway runs alone in a child (its memory per subscriber is its own);
 * the subscribers run in another child. Every entry's message carries the time of its Log call;
 * latency is receipt minus that, on the same machine clock. A warm-up at the same rate (not
 * measured) runs first, so JIT compilation does not count as latency.
 */
import os from 'node:os';
import path from 'node:path';
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as grpc from '@grpc/grpc-js';
import { startFleetServer } from '../src/fleet-server/server.ts';
import { protos } from '../src/wire/protos.ts';
import type { LiveGatewayReply, LiveGatewayRequest } from './support/live-gateway-child.ts';
import type { LiveClientsReply, LiveClientsRequest } from './support/live-clients-child.ts';

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
const SUBSCRIBERS = Number(values.subscribers);
const RATE = Number(values.rate);
const SECONDS = Number(values.seconds);
const ENTRIES_PER_BATCH = Number(values.entries);
const WARMUP_SECONDS = Number(values.warmup);
const HERE = path.dirname(fileURLToPath(import.meta.url));
const log = (line: string) => process.stdout.write(`${line}\n`);
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** A forked child speaking request/reply over IPC. */
function child<Req extends { type: string }, Rep extends { type: string }>(file: string, args: string[], execArgv: string[] = []) {
  const process_: ChildProcess = fork(path.join(HERE, 'support', file), args, {
    execArgv: ['--import', 'tsx', ...execArgv],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  process_.setMaxListeners(0);
  const exited = new Promise<void>((resolve) => process_.once('exit', () => resolve()));
  const next = <T extends Rep['type']>(type: T) =>
    new Promise<Extract<Rep, { type: T }>>((resolve, reject) => {
      const onMessage = (reply: Rep) => {
        if (reply.type !== type) return;
        process_.off('message', onMessage);
        process_.off('exit', onExit);
        resolve(reply as Extract<Rep, { type: T }>);
      };
      const onExit = (code: number | null) => reject(new Error(`${file} exited (${code}) while waiting for "${type}"`));
      process_.on('message', onMessage);
      process_.once('exit', onExit);
    });
  return {
    next,
    ask: <T extends Rep['type']>(request: Req, reply: T) => {
      const answer = next(reply);
      process_.send(request);
      return answer;
    },
    async stop() {
      if (process_.connected) process_.disconnect();
      await Promise.race([exited, sleep(3000).then(() => process_.kill('SIGKILL'))]);
    },
  };
}

async function robotClient(address: string, partId: string, secret: string) {
  const p = protos();
  const auth = new p.proto.rpc.v1.AuthService(address, grpc.credentials.createInsecure()) as grpc.Client & Record<string, any>;
  const token = await new Promise<string>((resolve, reject) =>
    auth.Authenticate({ entity: partId, credentials: { type: 'robot-secret', payload: secret } }, (e: Error | null, r: { access_token: string }) =>
      e ? reject(e) : resolve(r.access_token),
    ),
  );
  auth.close();
  const robot = new p.viam.app.v1.RobotService(address, grpc.credentials.createInsecure()) as grpc.Client & Record<string, any>;
  const metadata = new grpc.Metadata();
  metadata.set('authorization', `Bearer ${token}`);
  return {
    /** One Log call; `tag` is `bench` (measured) or `warmup` (ignored by the subscribers). */
    log: (tag: string, seq: number) =>
      new Promise<void>((resolve, reject) => {
        const sentAt = now();
        const logs = Array.from({ length: ENTRIES_PER_BATCH }, () => ({ level: 'info', message: `${tag}|${seq}|${sentAt}`, logger_name: 'bench' }));
        robot.Log({ id: partId, logs }, metadata, { deadline: Date.now() + 10_000 }, (e: Error | null) => (e ? reject(e) : resolve()));
      }),
    close: () => robot.close(),
  };
}

async function main(): Promise<void> {
  const fleet = await startFleetServer({ dataDir: ':memory:', port: 0, log: () => {} });
  const demo = fleet.demo!;
  const partId = (fleet.db.prepare("SELECT id FROM robot_parts WHERE name = 'rover-1-main'").get() as { id: string }).id;
  const { secret } = fleet.db.prepare('SELECT secret FROM part_secrets WHERE part_id = ?').get(partId) as { secret: string };
  const robot = await robotClient(fleet.address, partId, secret);

  const gateway = child<LiveGatewayRequest, LiveGatewayReply>('live-gateway-child.ts', [`http://${fleet.address}`], [
    '--expose-gc',
    ...(values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(values['cpu-prof'])}`] : []),
  ]);
  const { url } = await gateway.next('ready');
  const stats = (gc = true) => gateway.ask({ type: 'stats', gc }, 'stats');
  // Module loading and the first schema use happen before the baseline.
  await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
  await stats();
  await sleep(500);
  const idle = await stats();

  const clients = child<LiveClientsRequest, LiveClientsReply>('live-clients-child.ts', []);
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
  const started = performance.now();
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
  const seconds = Math.max(sendSeconds, (collected.lastAt - startedAt) / 1000);
  const cpuOf = (a: NodeJS.CpuUsage, b: NodeJS.CpuUsage) => (b.user + b.system - a.user - a.system) / 1e6;
  const gatewayCpu = cpuOf(warm.cpu, afterStream.cpu);
  const clientsCpu = cpuOf(clientsBefore.cpu, collected.cpu);
  const delivered = collected.total;

  const perSubscriber = (a: number, b: number) => `${((b - a) / SUBSCRIBERS / 1024).toFixed(1)} KiB`;
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  const cpu = (s: number) => `${s.toFixed(1)} s (${((100 * s) / seconds).toFixed(0)}% of a core), ${delivered ? ((s * 1e6) / delivered).toFixed(0) : '-'} µs per delivered entry`;

  const rows: [string, string][] = [
    ['machine', `${os.cpus().length} CPUs, Node ${process.version}`],
    ['subscribers (graphql-ws sockets)', `${SUBSCRIBERS} (all subscribed in ${connectSeconds.toFixed(1)} s)`],
    ['robot Log calls', `${batches} in ${sendSeconds.toFixed(1)} s (${(batches / sendSeconds).toFixed(0)}/s), ${ENTRIES_PER_BATCH} entr${ENTRIES_PER_BATCH === 1 ? 'y' : 'ies'} each`],
    ['upstream tails open (logBus.count)', `${tailsWhileSubscribed} once all subscribed; at most ${maxTails} during the run`],
    ['TailRobotPartLogs calls during the run', String(fleet.calls.count('TailRobotPartLogs') - tailCallsBefore)],
    ['entries delivered', `${delivered} of ${expected * SUBSCRIBERS} in ${seconds.toFixed(1)} s (${(delivered / seconds).toFixed(0)}/s)`],
    ['subscribers complete / dropped (overflow) / other error', `${collected.complete} / ${collected.overflowed} / ${collected.failed}`],
    ['subscribers out of order or duplicated', String(collected.disordered)],
    ['latency Log → subscriber p50', `${collected.latency.p50.toFixed(1)} ms`],
    ['latency Log → subscriber p99', `${collected.latency.p99.toFixed(1)} ms`],
    ['latency max', `${collected.latency.max.toFixed(1)} ms`],
    ['gateway RSS idle → subscribed', `${mb(idle.memory.rss)} → ${mb(withSubscribers.memory.rss)}: ${perSubscriber(idle.memory.rss, withSubscribers.memory.rss)} per subscriber`],
    ['gateway heap idle → subscribed', `${mb(idle.memory.heapUsed)} → ${mb(withSubscribers.memory.heapUsed)}: ${perSubscriber(idle.memory.heapUsed, withSubscribers.memory.heapUsed)} per subscriber`],
    ['gateway RSS peak while streaming', mb(peakRss)],
    ['subscribers still attached at the end', String(afterStream.subscribers)],
    ['gateway CPU', cpu(gatewayCpu)],
    ['subscriber process CPU', cpu(clientsCpu)],
  ];
  if (collected.errors.length) rows.push(['first subscriber errors', collected.errors.join('; ').slice(0, 300)]);
  const width = Math.max(...rows.map(([k]) => k.length));
  log('');
  for (const [key, value] of rows) log(`${key.padEnd(width)}  ${value}`);

  await clients.stop();
  await gateway.stop();
  robot.close();
  await fleet.close();
}

await main();
