/**
 * `npm run bench`: what a fleet tree costs through the gateway, side by side with a hand-written
 * grpc-js client in the same run, against the embedded fleet server on loopback.
 *
 *   npm run bench [-- --quick] [--sizes 10,100,1000] [--runs N] [--seconds S] [--only tree,throughput,live,memory,limits,status,tracing,fleet-logs]
 *                 [--live-subscribers 1000] [--live-rate R] [--cpu-prof DIR] [--write-doc]
 *
 * --cpu-prof DIR: a V8 CPU profile of the gateway per measurement (read with bench/profile-summary.ts).
 * --wait-quiet S: first wait up to S seconds for the machine's 1-min load average to drop below 0.7.
 * The report states how much CPU other processes used meanwhile (bench/support/machine-load.ts).
 *
 * 1. Fleet tree latency (fleets of 10, 100, 1,000 robots × 2 parts): the gateway, the naive gateway
 *    (batching: false), the grpc-js floor, and the summary tree (one ListMachineSummaries) against
 *    its own floor; upstream calls by RPC as the fleet server counted them.
 * 2. Throughput (autocannon): `robot(id){name}` and the 100-robot tree, against grpc-js loops doing
 *    the same upstream work at the same concurrency.
 * 3. Live logs: bench/subscriptions.ts (1,000 graphql-ws subscribers on one part).
 * 4. Memory: gateway RSS idle, under the tree load, with 1,000 subscriptions; heap across repeated
 *    rounds of trees.
 * 5. Shared limits (`--only limits`): `robot(id){name}` with rate budgets in memory vs in a
 *    redis-server on loopback (needs redis-server installed).
 * 6. Tracing: the gateway with tracing off against one with --otel-endpoint, same run
 *    (bench/sections/tracing.ts).
 * 7. Live logs of a fleet: bench/sections/fleet-logs.ts (fleetLogs over 200 parts at 10 lines/s
 *    each, 100 subscribers; --quick: 20 parts, 10 subscribers).
 * 8. GraphQL Mesh's gRPC handler as a second contender (sections/mesh.ts): one-field throughput and
 *    the fleet tree as a Mesh client fetches it.
 *
 * Processes: the fleet server, the gateway (twice: batched and naive) and the grpc-js contender
 * are children; this process seeds, drives the load (autocannon, HTTP client) and reports. With
 * taskset the contenders run on core 0 and everything else on core 1 (bench/support/pin.ts).
 * Prints Markdown tables, writes bench/results.json; --write-doc puts the tables in BENCHMARKS.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { prepareDataDir, seedRobots, createOrganizationWithOwnerKey } from './support/seed.ts';
import { spawnFleetServer } from './support/fleet-server-process.ts';
import { forkChild, ROOT } from './support/child.ts';
import { pinning, pinSelf } from './support/pin.ts';
import type { GatewayChildReply, GatewayChildRequest, BenchGatewayOptions } from './support/gateway-child.ts';
import type { FloorChildReply, FloorChildRequest } from './support/floor-child.ts';
import { askFloor, gatewayStats, startGatewayChild, type BenchEnv, type BenchFleet, type BenchGateway } from './sections/env.ts';
import { runTreeLatency, type TreeLatencyResult } from './sections/tree-latency.ts';
import { runThroughput, type ThroughputRow } from './sections/throughput.ts';
import { runHeapRounds, type HeapRounds } from './sections/memory.ts';
import { runSharedLimits, type SharedLimitsRow } from './sections/shared-limits.ts';
import { runLiveLogs, type LiveLogsResult } from './subscriptions.ts';
import { fleetLogsSettings, runFleetLogs, type FleetLogsResult } from './sections/fleet-logs.ts';
import { machineStatusReport, runMachineStatus } from './sections/machine-status.ts';
import { runMesh, type MeshResult } from './sections/mesh.ts';
import { startMesh } from './support/mesh-process.ts';
import { accessToken } from './support/grpc-client.ts';
import { machine, report, writeDoc, type BenchResults } from './support/report.ts';
import { waitForQuiet, watchMachineLoad } from './support/machine-load.ts';
import { runTracingCost, type TracingCostResult } from './sections/tracing.ts';
import { startOtlpReceiver } from '../test/support/otlp-receiver.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string', default: '10,100,1000' },
    runs: { type: 'string' },
    seconds: { type: 'string' },
    only: { type: 'string', default: 'tree,throughput,live,memory,limits,status,tracing,fleet-logs,mesh' },
    'live-subscribers': { type: 'string', default: '1000' },
    'live-rate': { type: 'string', default: '10' },
    'cpu-prof': { type: 'string' },
    'write-doc': { type: 'boolean', default: false },
    'wait-quiet': { type: 'string' },
  },
});
const QUICK = values.quick!;
const SIZES = values.sizes!.split(',').map(Number);
const SECTIONS = new Set(values.only!.split(','));
const RUNS_BY_SIZE = (robots: number) => (values.runs ? Number(values.runs) : robots <= 10 ? (QUICK ? 40 : 200) : robots <= 100 ? (QUICK ? 20 : 100) : QUICK ? 8 : 40);
const WARMUP_ROUNDS = QUICK ? 3 : 10;
const SECONDS = values.seconds ? Number(values.seconds) : QUICK ? 5 : 30;
// 1: latency; 16 and 64: typical loads; 256: enough in flight to keep every process busy (saturation).
const ONE_FIELD_CONCURRENCY = [1, 16, 64, 256];
const TREE_CONCURRENCY = [1, 4, 16];
const MESH_CONCURRENCY = [16, 64];
const TREE_THROUGHPUT_ROBOTS = 100;

const log = (line: string) => process.stdout.write(`${line}\n`);
const locationsFor = (robots: number) => Math.min(10, Math.max(1, Math.round(robots / 10)));

interface SeededFleet {
  robots: number;
  locations: number;
  organizationId: string;
  robotIds: string[];
  apiKeyId: string;
  apiKey: string;
}

async function main(): Promise<void> {
  if (values['wait-quiet']) await waitForQuiet(0.7, Number(values['wait-quiet']), log);
  const machineLoad = watchMachineLoad();
  const machineInfo = machine(pinning().description);
  pinSelf(1);
  const started = new Date();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fleetgraph-bench-'));
  const children: { stop(): Promise<void> }[] = [];
  try {
    log(`fleetgraph bench${QUICK ? ' (quick)' : ''}: fleets of ${SIZES.join(', ')} robots × 2 parts; ${pinning().description}`);
    const seeded: SeededFleet[] = await prepareDataDir(dataDir, (server) =>
      SIZES.map((robots) => {
        const owner = createOrganizationWithOwnerKey(server.db, `Bench Fleet ${robots}`);
        const locations = locationsFor(robots);
        const { robotIds } = seedRobots(server.db, owner.organizationId, { robots, locations, log: () => {} });
        log(`seeded ${robots} robots (${2 * robots} parts) in ${locations} location${locations === 1 ? '' : 's'}`);
        return { robots, locations, organizationId: owner.organizationId, robotIds, apiKeyId: owner.apiKeyId, apiKey: owner.apiKey };
      }),
    );

    const fleetServer = await spawnFleetServer(dataDir, { core: 1 });
    children.push(fleetServer);
    const upstream = `http://${fleetServer.address}`;
    const gateway = await startGatewayChild(upstream, {});
    children.push(gateway.child);
    const naive = await startGatewayChild(upstream, { batching: false });
    children.push(naive.child);
    const floor = forkChild<FloorChildRequest, FloorChildReply>('floor-child.ts', { core: 0 });
    children.push(floor);
    await floor.next('ready');
    log(`fleet server pid ${fleetServer.pid}, gateway pid ${gateway.child.pid}, naive gateway pid ${naive.child.pid}, grpc-js contender pid ${floor.pid}`);

    const profileDir = values['cpu-prof'] ? path.resolve(values['cpu-prof']) : undefined;
    const env: BenchEnv = { fleetServer, gateway, naive, floor, fleets: [], peakRss: new Map(), profileDir, log };
    for (const s of seeded) {
      const fleet: BenchFleet = {
        robots: s.robots,
        locations: s.locations,
        organizationId: s.organizationId,
        robotIds: s.robotIds,
        headers: { 'x-viam-api-key-id': s.apiKeyId, 'x-viam-api-key': s.apiKey },
        floorClient: `fleet-${s.robots}`,
      };
      await askFloor(env, { type: 'connect', name: fleet.floorClient, address: fleetServer.address, apiKeyId: s.apiKeyId, apiKey: s.apiKey });
      // The first request of a key exchanges it for a token: not part of any measurement.
      for (const g of [gateway, naive]) {
        await fetch(g.url, { method: 'POST', headers: { 'content-type': 'application/json', ...fleet.headers }, body: '{"query":"{ organizations { id } }"}' });
      }
      env.fleets.push(fleet);
    }
    const fleetOf = (robots: number) => env.fleets.find((f) => f.robots === robots);
    const idle = await gatewayStats(gateway, true);

    const treeLatency: TreeLatencyResult[] = [];
    if (SECTIONS.has('tree')) {
      for (const fleet of env.fleets) treeLatency.push(await runTreeLatency(env, fleet, { runs: RUNS_BY_SIZE(fleet.robots), warmup: WARMUP_ROUNDS }));
    }

    const throughput: ThroughputRow[] = [];
    if (SECTIONS.has('throughput')) {
      const largest = env.fleets.at(-1)!;
      const treeFleet = fleetOf(TREE_THROUGHPUT_ROBOTS) ?? largest;
      const timing = { seconds: SECONDS, warmupSeconds: QUICK ? 1 : 3, jitWarmupSeconds: QUICK ? 5 : 10 };
      throughput.push(...(await runThroughput(env, largest, 'one-field', { concurrency: ONE_FIELD_CONCURRENCY, ...timing })));
      throughput.push(...(await runThroughput(env, treeFleet, 'tree', { concurrency: TREE_CONCURRENCY, ...timing })));
    }

    let heap: HeapRounds | undefined;
    if (SECTIONS.has('memory')) {
      heap = await runHeapRounds(env, env.fleets.at(-1)!, { rounds: QUICK ? 3 : 5, treesPerRound: QUICK ? 6 : 20 });
    }

    let sharedLimits: SharedLimitsRow[] | undefined;
    if (SECTIONS.has('limits')) {
      sharedLimits = await runSharedLimits(env, env.fleets[0]!, (options) => startGatewayChild(upstream, options), {
        concurrency: QUICK ? [16] : [16, 64],
        seconds: QUICK ? 4 : 20,
        slices: QUICK ? 2 : 4,
        warmupSeconds: QUICK ? 2 : 5,
      });
    }

    let tracing: TracingCostResult | undefined;
    if (SECTIONS.has('tracing')) {
      const receiver = await startOtlpReceiver({ keep: false });
      children.push({ stop: () => receiver.close() });
      const traced = await startGatewayChild(upstream, { otelEndpoint: receiver.url });
      children.push(traced.child);
      tracing = await runTracingCost(env, traced, () => receiver.requests, { oneField: env.fleets.at(-1)!, tree: fleetOf(TREE_THROUGHPUT_ROBOTS) ?? env.fleets.at(-1)! }, {
        concurrency: 16,
        slices: QUICK ? 2 : 6,
        sliceSeconds: QUICK ? 2 : 5,
        treeRuns: QUICK ? 20 : 100,
        warmup: WARMUP_ROUNDS,
      });
    }

    let mesh: MeshResult | undefined;
    if (SECTIONS.has('mesh')) {
      log('Mesh: starting GraphQL Mesh (mesh dev, gRPC handler over proto/)...');
      const meshProcess = await startMesh(fleetServer.address, { core: 0 });
      children.push(meshProcess);
      const tokens = new Map<BenchFleet, string>();
      for (const [i, fleet] of env.fleets.entries()) tokens.set(fleet, await accessToken(fleetServer.address, seeded[i]!.apiKeyId, seeded[i]!.apiKey));
      mesh = await runMesh(env, meshProcess, tokens, {
        throughputFleet: env.fleets.at(-1)!,
        concurrency: MESH_CONCURRENCY,
        seconds: SECONDS,
        warmupSeconds: QUICK ? 3 : 10,
        treeRuns: (robots) => Math.max(3, Math.round(RUNS_BY_SIZE(robots) / 4)),
      });
    }

    // The measured gateways are done: stop them before the live-logs run starts its own.
    for (const child of children.splice(0)) await child.stop();

    let liveLogs: LiveLogsResult | undefined;
    if (SECTIONS.has('live')) {
      const subscribers = Number(values['live-subscribers']);
      const rate = Number(values['live-rate']);
      log(`live logs: ${subscribers} subscribers, ${rate} Log calls/s...`);
      liveLogs = await runLiveLogs({ subscribers, rate, seconds: QUICK ? 5 : 10, entriesPerBatch: 1, warmupSeconds: QUICK ? 2 : 3, log });
    }

    let fleetLogs: FleetLogsResult | undefined;
    if (SECTIONS.has('fleet-logs')) {
      fleetLogs = await runFleetLogs(fleetLogsSettings(QUICK, log));
    }

    if (SECTIONS.has('status')) {
      const subscribers = QUICK ? 200 : 1000;
      log(`live machine status: ${subscribers} subscribers on a 1,000-robot organization...`);
      const status = await runMachineStatus({ subscribers, robots: 1000, intervalMs: 1000, intervals: QUICK ? 3 : 10, changes: QUICK ? 5 : 20, log });
      log(machineStatusReport(status));
      fs.writeFileSync(path.join(ROOT, 'bench/results-machine-status.json'), `${JSON.stringify(status, null, 2)}\n`);
    }

    const results: BenchResults = {
      startedAt: started.toISOString(),
      minutes: (Date.now() - started.getTime()) / 60_000,
      quick: QUICK,
      machine: machineInfo,
      load: machineLoad(),
      treeLatency,
      throughput,
      liveLogs,
      fleetLogs,
      sharedLimits,
      mesh,
      memory: { idleRss: idle.memory.rss, idleHeap: idle.memory.heapUsed, peakRss: Object.fromEntries(env.peakRss), heap },
      tracing,
    };
    const markdown = report(results);
    log('');
    log(markdown);
    fs.writeFileSync(path.join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
    log(`wrote bench/results.json${values['write-doc'] ? ' and BENCHMARKS.md' : ''}`);
    if (values['write-doc']) writeDoc(path.join(ROOT, 'BENCHMARKS.md'), markdown);
  } finally {
    for (const child of children) await child.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
