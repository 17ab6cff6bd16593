/**
 * Section 1: the fleet tree of one fleet, one request at a time, contenders interleaved run by
 * run so they see the same conditions. Latency p50/p99 and upstream calls by RPC (counted by the
 * fleet server, reset before each run).
 *
 * - gateway:          FLEET_TREE through the gateway (per-RPC path: robots' own online state).
 * - naive:            FLEET_TREE through the gateway with batching: false.
 * - floor:            the fleet tree by hand with grpc-js, each level all at once.
 * - gateway-summary:  SUMMARY_TREE through the gateway (one ListMachineSummaries).
 * - floor-summary:    the summary tree by hand from ListMachineSummaries.
 * - gateway-metadata: METADATA_TREE through the gateway (robots' metadata: GetRobotMetadata per robot).
 * - floor-metadata:   the metadata tree by hand, every GetRobotMetadata at once.
 * - gateway-versions: VERSIONS_TREE through the gateway (the summary tree with part versions; its floor is floor-summary's calls).
 * The per-RPC floor of SUMMARY_TREE makes the floor's calls (the parts need GetRobotParts).
 */
import { summarize, type LatencySummary } from '../support/stats.ts';
import { normalize, robotCount, treeViaGateway, type FloorKind, type Tree, type TreeKind } from '../support/tree.ts';
import { askFloor, profiled, trackingRss, type BenchEnv, type BenchFleet, type BenchGateway } from './env.ts';

export type TreeContenderName = 'gateway' | 'naive' | 'floor' | 'gateway-summary' | 'floor-summary' | 'gateway-metadata' | 'floor-metadata' | 'gateway-versions';

export interface TreeContenderResult {
  name: TreeContenderName;
  latency: LatencySummary;
  /** Upstream calls of one tree, by RPC (the same in every run, or the run fails). */
  calls: Record<string, number>;
  totalCalls: number;
  /** Most calls of one RPC in flight at once, over all runs. */
  peaks: Record<string, number>;
  /** Upstream waves of one tree (the most over all runs; see CallStats.waves). */
  waves: number;
}

export interface TreeLatencyResult {
  robots: number;
  locations: number;
  runs: number;
  warmup: number;
  contenders: TreeContenderResult[];
}

interface Contender {
  name: TreeContenderName;
  /** Runs one tree; returns its latency in ms (measured by whoever makes the calls) and the tree. */
  run(withTree: boolean): Promise<{ ms: number; robots: number; tree?: Tree }>;
  latencies: number[];
  calls?: Record<string, number>;
  peaks: Record<string, number>;
  waves: number;
}

const total = (calls: Record<string, number>) => Object.values(calls).reduce((n, x) => n + x, 0);

function sameCalls(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => (a[k] ?? 0) === (b[k] ?? 0));
}

function viaGateway(name: TreeContenderName, gateway: BenchGateway, fleet: BenchFleet, kind: TreeKind): Contender {
  return {
    name,
    latencies: [],
    peaks: {},
    waves: 0,
    async run(withTree) {
      const started = performance.now();
      const tree = await treeViaGateway(gateway.url, fleet.headers, kind, fleet.organizationId);
      const ms = performance.now() - started;
      return { ms, robots: robotCount(tree), ...(withTree ? { tree: normalize(tree) } : {}) };
    },
  };
}

function viaFloor(name: TreeContenderName, env: BenchEnv, fleet: BenchFleet, floor: FloorKind): Contender {
  return {
    name,
    latencies: [],
    peaks: {},
    waves: 0,
    run: (withTree) => askFloor(env, { type: 'tree', client: fleet.floorClient, floor, organizationId: fleet.organizationId, withTree }),
  };
}

/** Between runs: long enough for the previous contender's process to finish its garbage collection on the shared core. */
const SETTLE_MS = 100;

async function measureOnce(env: BenchEnv, fleet: BenchFleet, contender: Contender): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  await env.fleetServer.resetCalls();
  const { ms, robots } = await contender.run(false);
  const { counts, peaks, waves } = await env.fleetServer.calls();
  if (robots !== fleet.robots) throw new Error(`${contender.name}: ${robots} robots in the tree, expected ${fleet.robots}`);
  if (contender.calls && !sameCalls(contender.calls, counts)) {
    throw new Error(`${contender.name}: upstream calls changed between runs: ${JSON.stringify(contender.calls)} then ${JSON.stringify(counts)}`);
  }
  contender.calls ??= counts;
  for (const [method, peak] of Object.entries(peaks)) contender.peaks[method] = Math.max(contender.peaks[method] ?? 0, peak);
  contender.waves = Math.max(contender.waves, waves);
  contender.latencies.push(ms);
}

/** Checks that every contender returns the same tree as the floor (the summary trees: as each other and the per-RPC floor). */
async function checkAnswers(env: BenchEnv, fleet: BenchFleet, byName: Map<TreeContenderName, Contender>): Promise<void> {
  const tree = async (name: TreeContenderName) => JSON.stringify((await byName.get(name)!.run(true)).tree);
  const floor = await tree('floor');
  for (const name of ['gateway', 'naive'] as const) {
    if ((await tree(name)) !== floor) throw new Error(`${name} and the grpc-js floor returned different fleet trees (${fleet.robots} robots)`);
  }
  const summaryByRpc = JSON.stringify(
    (await askFloor(env, { type: 'tree', client: fleet.floorClient, floor: 'summary-by-rpc', organizationId: fleet.organizationId, withTree: true })).tree,
  );
  for (const name of ['gateway-summary', 'floor-summary', 'gateway-versions'] as const) {
    if ((await tree(name)) !== summaryByRpc) throw new Error(`${name} returned another summary tree than the per-RPC floor (${fleet.robots} robots)`);
  }
  if ((await tree('gateway-metadata')) !== (await tree('floor-metadata'))) {
    throw new Error(`the gateway and the grpc-js floor returned different metadata trees (${fleet.robots} robots)`);
  }
}

export async function runTreeLatency(env: BenchEnv, fleet: BenchFleet, options: { runs: number; warmup: number }): Promise<TreeLatencyResult> {
  const contenders: Contender[] = [
    viaGateway('gateway', env.gateway, fleet, 'fleet'),
    viaGateway('naive', env.naive, fleet, 'fleet'),
    viaFloor('floor', env, fleet, 'fleet-by-rpc'),
    viaGateway('gateway-summary', env.gateway, fleet, 'summary'),
    viaFloor('floor-summary', env, fleet, 'summary-by-summaries'),
    viaGateway('gateway-metadata', env.gateway, fleet, 'metadata'),
    viaFloor('floor-metadata', env, fleet, 'metadata-by-rpc'),
    viaGateway('gateway-versions', env.gateway, fleet, 'versions'),
  ];
  const byName = new Map(contenders.map((c) => [c.name, c]));
  env.log(`tree latency, ${fleet.robots} robots: checking answers, ${options.warmup} warm-up rounds, ${options.runs} runs per contender...`);
  await checkAnswers(env, fleet, byName);
  for (let i = 0; i < options.warmup; i++) for (const c of contenders) await c.run(false);
  const label = `tree latency, ${fleet.robots} robots`;
  await trackingRss(env, label, () =>
    profiled(env, label, async () => {
      for (let i = 0; i < options.runs; i++) {
        // Rotate who goes first, so no contender always follows the same one.
        for (let j = 0; j < contenders.length; j++) await measureOnce(env, fleet, contenders[(i + j) % contenders.length]!);
      }
    }),
  );
  return {
    robots: fleet.robots,
    locations: fleet.locations,
    runs: options.runs,
    warmup: options.warmup,
    contenders: contenders.map((c) => ({ name: c.name, latency: summarize(c.latencies), calls: c.calls!, totalCalls: total(c.calls!), peaks: c.peaks, waves: c.waves })),
  };
}
