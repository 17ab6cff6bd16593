/**
 * Section 2: requests per second at a fixed concurrency. The gateway is loaded by autocannon
 * (HTTP/1.1 keep-alive connections, one request in flight on each); the grpc-js contender runs
 * the same number of loops doing the same upstream work (GetRobot for `robot(id){name}`, the
 * whole tree by hand for the tree). Every answer is checked: a GraphQL error, a non-2xx status or
 * a failed call counts as an error. A measurement of S seconds is taken in slices of 5 s,
 * alternating between the two contenders, so both see the same share of whatever else the machine
 * is doing; req/s is over all slices, p50 the median of the slices' p50s, p99 the highest p99.
 * Before the first measurement both contenders are warmed up at the highest concurrency (JIT).
 */
import autocannon from 'autocannon';
import { FLEET_TREE, ONE_FIELD } from '../support/tree.ts';
import type { LoopResult, LoopWork } from '../support/floor-child.ts';
import { askFloor, gatewayStats, profiled, trackingRss, type BenchEnv, type BenchFleet } from './env.ts';
import { processCpuSeconds } from '../support/machine-load.ts';

/** Measures the CPU the fleet server (and, with `withSelf`, this process: autocannon) used while `work` ran, as a share of one core. */
async function otherCoreBusy<T>(env: BenchEnv, withSelf: boolean, work: () => Promise<T>): Promise<[T, number | null]> {
  const server = processCpuSeconds(env.fleetServer.pid);
  const self = process.cpuUsage();
  const started = performance.now();
  const result = await work();
  const seconds = (performance.now() - started) / 1000;
  const serverAfter = processCpuSeconds(env.fleetServer.pid);
  if (server === null || serverAfter === null) return [result, null];
  const used = process.cpuUsage(self);
  const selfSeconds = withSelf ? (used.user + used.system) / 1e6 : 0;
  return [result, (serverAfter - server + selfSeconds) / seconds];
}

export interface RateFigures {
  perSecond: number;
  /** CPU time the contender's process spent per request, µs (the gateway's, or the grpc-js loop's). */
  cpuPerRequestUs: number;
  /**
   * Share of a core the other side used meanwhile: the fleet server, plus autocannon for the
   * gateway (the grpc-js loop is its own load). When it nears 100%, that core is the limit.
   */
  otherCoreBusy: number | null;
  /** Seconds the requests were sent in. */
  seconds: number;
  requests: number;
  p50: number;
  p99: number;
  errors: number;
}

export interface ThroughputRow {
  query: 'one-field' | 'tree';
  robots: number;
  concurrency: number;
  seconds: number;
  gateway: RateFigures;
  floor: RateFigures;
  /** gateway / floor requests per second. */
  ratio: number;
}

export async function gatewayRate(env: BenchEnv, fleet: BenchFleet, query: ThroughputRow['query'], concurrency: number, seconds: number): Promise<RateFigures> {
  let next = 0;
  const bodyOf = () =>
    query === 'one-field'
      ? JSON.stringify({ query: ONE_FIELD, variables: { id: fleet.robotIds[next++ % fleet.robotIds.length] } })
      : JSON.stringify({ query: FLEET_TREE, variables: { org: fleet.organizationId } });
  const before = (await gatewayStats(env.gateway, false)).cpu;
  const [result, busy] = await otherCoreBusy(env, true, () => autocannon({
    url: env.gateway.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...fleet.headers },
    connections: concurrency,
    pipelining: 1,
    duration: seconds,
    timeout: 30,
    requests: [{ setupRequest: (request) => ({ ...request, body: bodyOf() }) }],
    // A field error still answers 200: look for it in the body.
    verifyBody: (body) => !body.includes('"errors"'),
  }));
  const after = (await gatewayStats(env.gateway, false)).cpu;
  return {
    perSecond: result.requests.total / result.duration,
    cpuPerRequestUs: (after.user + after.system - before.user - before.system) / Math.max(1, result.requests.total),
    otherCoreBusy: busy,
    seconds: result.duration,
    requests: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx + result.mismatches,
  };
}

async function floorRate(env: BenchEnv, fleet: BenchFleet, query: ThroughputRow['query'], concurrency: number, seconds: number): Promise<RateFigures> {
  const work: LoopWork = query === 'one-field' ? { kind: 'robot', robotIds: fleet.robotIds } : { kind: 'tree', floor: 'fleet-by-rpc', organizationId: fleet.organizationId };
  const [r, busy] = await otherCoreBusy(env, false, (): Promise<LoopResult> => askFloor(env, { type: 'loop', client: fleet.floorClient, work, concurrency, seconds }));
  return { perSecond: r.perSecond, cpuPerRequestUs: r.cpuPerRequestUs, otherCoreBusy: busy, seconds: r.seconds, requests: r.requests, p50: r.p50, p99: r.p99, errors: r.errors };
}

const SLICE_SECONDS = 5;

function combine(slices: RateFigures[]): RateFigures {
  const requests = slices.reduce((n, s) => n + s.requests, 0);
  const seconds = slices.reduce((n, s) => n + s.seconds, 0);
  const p50s = slices.map((s) => s.p50).sort((a, b) => a - b);
  return {
    requests,
    seconds,
    perSecond: requests / seconds,
    cpuPerRequestUs: slices.reduce((n, s) => n + s.cpuPerRequestUs * s.requests, 0) / Math.max(1, requests),
    otherCoreBusy: slices.some((s) => s.otherCoreBusy === null) ? null : slices.reduce((n, s) => n + s.otherCoreBusy! * s.seconds, 0) / seconds,
    p50: p50s[Math.floor((p50s.length - 1) / 2)]!,
    p99: Math.max(...slices.map((s) => s.p99)),
    errors: slices.reduce((n, s) => n + s.errors, 0),
  };
}

export async function runThroughput(
  env: BenchEnv,
  fleet: BenchFleet,
  query: ThroughputRow['query'],
  options: { concurrency: number[]; seconds: number; warmupSeconds: number; jitWarmupSeconds: number },
): Promise<ThroughputRow[]> {
  const rows: ThroughputRow[] = [];
  // V8 optimizes a function only after many calls: at 1 in flight a few seconds of warm-up are a
  // few hundred requests, and the gateway (far more code than the loop) would be measured while
  // still partly unoptimized. So both contenders first run this query at the highest concurrency.
  const busiest = Math.max(...options.concurrency);
  env.log(`throughput, ${query === 'one-field' ? 'robot(id){name}' : `${fleet.robots}-robot tree`}: warming up both contenders, ${options.jitWarmupSeconds} s each at ${busiest} in flight...`);
  await gatewayRate(env, fleet, query, busiest, options.jitWarmupSeconds);
  await floorRate(env, fleet, query, busiest, options.jitWarmupSeconds);
  for (const concurrency of options.concurrency) {
    env.log(`throughput, ${query === 'one-field' ? 'robot(id){name}' : `${fleet.robots}-robot tree`}, ${concurrency} in flight: ${options.seconds} s each...`);
    await gatewayRate(env, fleet, query, concurrency, options.warmupSeconds);
    await floorRate(env, fleet, query, concurrency, options.warmupSeconds);
    const slices = Math.max(1, Math.round(options.seconds / SLICE_SECONDS));
    const sliceSeconds = options.seconds / slices;
    const label = `throughput ${query} (${fleet.robots} robots), ${concurrency} in flight`;
    const gatewaySlices: RateFigures[] = [];
    const floorSlices: RateFigures[] = [];
    for (let i = 0; i < slices; i++) {
      const measure = () => gatewayRate(env, fleet, query, concurrency, sliceSeconds);
      // One profile per measurement is enough: the first slice.
      gatewaySlices.push(await trackingRss(env, label, () => (i === 0 ? profiled(env, label, measure) : measure())));
      floorSlices.push(await floorRate(env, fleet, query, concurrency, sliceSeconds));
    }
    const gateway = combine(gatewaySlices);
    const floor = combine(floorSlices);
    rows.push({ query, robots: fleet.robots, concurrency, seconds: options.seconds, gateway, floor, ratio: gateway.perSecond / floor.perSecond });
  }
  return rows;
}
