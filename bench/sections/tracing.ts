/**
 * Section 5: what tracing costs. The gateway with tracing off (the one every other section
 * measures) against a second gateway child started with tracing on (--otel-endpoint pointed at
 * an OTLP/HTTP receiver in this process), same run, same core, interleaved:
 * - `robot(id){name}` throughput (autocannon), slices alternating between the two;
 * - the 100-robot FLEET_TREE latency (one request at a time, ~110 upstream calls and spans each),
 *   runs alternating.
 * The fleet server is not traced here: the figures are the gateway's cost.
 *
 * "Off" has no tracer, no context manager and no plugin: what remains is the null-tracer check in
 * each hook. That is measured on its own, in this process: an upstream call through the gateway's
 * hook and the fleet server's (an RPC span with two steps) against the same call without them.
 */
import * as grpc from '@grpc/grpc-js';
import { gatewayRate, type RateFigures } from './throughput.ts';
import { type BenchEnv, type BenchFleet, type BenchGateway } from './env.ts';
import { treeViaGateway } from '../support/tree.ts';
import { ms, summarize, type LatencySummary } from '../support/stats.ts';
import { tracedCall } from '../../src/upstream/call-span.ts';
import { rpcSpan } from '../../src/fleet-server/rpc-span.ts';

export interface TracingCostResult {
  oneField: { robots: number; concurrency: number; seconds: number; off: RateFigures; on: RateFigures };
  tree: { robots: number; calls: number; off: LatencySummary; on: LatencySummary };
  /** Export requests the receiver got from the traced gateway (proof it was tracing). */
  exports: number;
  /** What the hooks add to one upstream call with tracing off, ns (gateway call hook + fleet server RPC span with two steps). */
  offHookNs: number;
}

/** Sums slices of the same measurement (as throughput.ts does for its own). */
function combine(slices: RateFigures[]): RateFigures {
  const requests = slices.reduce((n, s) => n + s.requests, 0);
  const seconds = slices.reduce((n, s) => n + s.seconds, 0);
  const p50s = slices.map((s) => s.p50).sort((a, b) => a - b);
  return {
    requests,
    seconds,
    perSecond: requests / seconds,
    cpuPerRequestUs: slices.reduce((n, s) => n + s.cpuPerRequestUs * s.requests, 0) / Math.max(1, requests),
    otherCoreBusy: null,
    p50: p50s[Math.floor((p50s.length - 1) / 2)]!,
    p99: Math.max(...slices.map((s) => s.p99)),
    errors: slices.reduce((n, s) => n + s.errors, 0),
  };
}

/** ns per iteration of `body`, the best of `rounds` rounds of `n` (the least disturbed). */
async function nsPer(n: number, rounds: number, body: () => Promise<unknown>): Promise<number> {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < n; i++) await body();
    best = Math.min(best, Number(process.hrtime.bigint() - started) / n);
  }
  return best;
}

/** The hooks' cost with tracing off: the same call with and without them, interleaved rounds. */
async function offHookCost(iterations: number): Promise<number> {
  const metadata = new grpc.Metadata();
  const call = { metadata, getPath: () => '/viam.app.v1.AppService/GetRobot' };
  const send = async () => 1;
  const step = () => 1;
  const bare = () => send().then(() => step() + step());
  const hooked = () =>
    tracedCall(null, 'viam.app.v1.AppService/GetRobot', metadata, send).then(() => {
      const span = rpcSpan(null, call);
      const result = span.step('admission', step) + span.step('sqlite transaction', step);
      span.end(grpc.status.OK);
      return result;
    });
  let bareNs = Infinity;
  let hookedNs = Infinity;
  for (let round = 0; round < 5; round++) {
    bareNs = Math.min(bareNs, await nsPer(iterations, 1, bare));
    hookedNs = Math.min(hookedNs, await nsPer(iterations, 1, hooked));
  }
  return Math.max(0, hookedNs - bareNs);
}

export async function runTracingCost(
  env: BenchEnv,
  traced: BenchGateway,
  exports: () => number,
  fleets: { oneField: BenchFleet; tree: BenchFleet },
  options: { concurrency: number; slices: number; sliceSeconds: number; treeRuns: number; warmup: number },
): Promise<TracingCostResult> {
  const on: BenchEnv = { ...env, gateway: traced };
  const { oneField, tree } = fleets;

  env.log(`tracing: warming up both gateways (robot(id){name} at ${options.concurrency} in flight, ${options.warmup} trees)...`);
  await gatewayRate(env, oneField, 'one-field', options.concurrency, options.sliceSeconds);
  await gatewayRate(on, oneField, 'one-field', options.concurrency, options.sliceSeconds);
  for (let i = 0; i < options.warmup; i++) {
    await treeViaGateway(env.gateway.url, tree.headers, 'fleet', tree.organizationId);
    await treeViaGateway(traced.url, tree.headers, 'fleet', tree.organizationId);
  }

  env.log(`tracing: robot(id){name}, ${options.concurrency} in flight, ${options.slices} × ${options.sliceSeconds} s each way...`);
  const offSlices: RateFigures[] = [];
  const onSlices: RateFigures[] = [];
  for (let i = 0; i < options.slices; i++) {
    // Alternate who goes first, so neither always follows the other's garbage collection.
    const pair = [() => gatewayRate(env, oneField, 'one-field', options.concurrency, options.sliceSeconds), () => gatewayRate(on, oneField, 'one-field', options.concurrency, options.sliceSeconds)];
    if (i % 2) pair.reverse();
    const [first, second] = [await pair[0]!(), await pair[1]!()];
    (i % 2 ? onSlices : offSlices).push(first);
    (i % 2 ? offSlices : onSlices).push(second);
  }

  await env.fleetServer.resetCalls();
  await treeViaGateway(env.gateway.url, tree.headers, 'fleet', tree.organizationId);
  const treeCalls = Object.values((await env.fleetServer.calls()).counts).reduce((n, x) => n + x, 0);
  env.log(`tracing: ${tree.robots}-robot tree (${treeCalls} upstream calls), ${options.treeRuns} runs each way...`);
  const offTree: number[] = [];
  const onTree: number[] = [];
  for (let i = 0; i < options.treeRuns; i++) {
    for (const [url, samples] of i % 2 ? ([[traced.url, onTree], [env.gateway.url, offTree]] as const) : ([[env.gateway.url, offTree], [traced.url, onTree]] as const)) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const started = performance.now();
      await treeViaGateway(url, tree.headers, 'fleet', tree.organizationId);
      samples.push(performance.now() - started);
    }
  }

  env.log('tracing: the hooks with tracing off, in-process...');
  const offHookNs = await offHookCost(200_000);
  return {
    oneField: { robots: oneField.robots, concurrency: options.concurrency, seconds: options.slices * options.sliceSeconds, off: combine(offSlices), on: combine(onSlices) },
    tree: { robots: tree.robots, calls: treeCalls, off: summarize(offTree), on: summarize(onTree) },
    exports: exports(),
    offHookNs,
  };
}

const pct = (on: number, off: number) => `${on >= off ? '+' : ''}${(((on - off) / off) * 100).toFixed(1)}%`;

/** The section's Markdown table rows. */
export function tracingRows(r: TracingCostResult): string[] {
  const { off, on } = r.oneField;
  return [
    `Tracing off (the gateway of the other sections) and on (\`--otel-endpoint\`, spans exported over OTLP/HTTP to a receiver in the bench process; ${r.exports} export requests), same run, interleaved. The fleet server is not traced here.`,
    '',
    '| measurement | off | on | on vs off |',
    '|---|---|---|---|',
    `| \`robot(id){name}\` req/s, ${r.oneField.concurrency} in flight (${r.oneField.seconds} s each) | ${off.perSecond.toFixed(0)} | ${on.perSecond.toFixed(0)} | ${pct(on.perSecond, off.perSecond)} |`,
    `| \`robot(id){name}\` gateway CPU per request | ${off.cpuPerRequestUs.toFixed(0)} µs | ${on.cpuPerRequestUs.toFixed(0)} µs | ${pct(on.cpuPerRequestUs, off.cpuPerRequestUs)} |`,
    `| \`robot(id){name}\` p50 / p99 | ${off.p50} / ${off.p99} ms | ${on.p50} / ${on.p99} ms | |`,
    `| ${r.tree.robots}-robot tree p50 (${r.tree.off.runs} runs each) | ${ms(r.tree.off.p50)} ms | ${ms(r.tree.on.p50)} ms | ${pct(r.tree.on.p50, r.tree.off.p50)} |`,
    `| ${r.tree.robots}-robot tree p99 | ${ms(r.tree.off.p99)} ms | ${ms(r.tree.on.p99)} ms | |`,
    `| errors | ${off.errors} | ${on.errors} | |`,
    '',
    `With tracing off, the hooks add ${r.offHookNs.toFixed(0)} ns to an upstream call (measured in-process: the gateway's call hook and the fleet server's RPC span with two steps, against the same call without them); a ${r.tree.robots}-robot tree makes ${r.tree.calls} calls, so about ${((r.offHookNs * r.tree.calls) / 1e6).toFixed(3)} ms of its ${ms(r.tree.off.p50)} ms: no measurable cost.`,
  ];
}
