/**
 * The nested fleet query (organization → locations → robots → parts, names and online state) on
 * a fleet of 1,000 robots × 2 parts across 10 locations: upstream calls by RPC and latency
 * p50/p99 through the gateway, against a hand-written grpc-js client making the same minimal
 * calls with full parallelism, in the same run.
 *
 *   npx tsx bench/fleet-tree.ts [--robots 1000] [--locations 10] [--runs 100] [--warmup 10]
 *
 * Three processes: the fleet server (a child, counting the RPCs it receives), the gateway (the
 * real `fleetgraph serve --upstream`, another child), and this one, which is the client of both.
 * Runs alternate between the two contenders so both see the same conditions. `npm run bench`
 * (bench/index.ts) measures the same at three fleet sizes with CPU pinning, plus more.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { prepareDataDir, seedRobots, createOrganizationWithOwnerKey } from './support/seed.ts';
import { spawnFleetServer, type CallCounts, type FleetServerProcess } from './support/fleet-server-process.ts';
import { spawnGateway } from './support/gateway-process.ts';
import { connectAppService, type BenchAppClient } from './support/grpc-client.ts';
import { summarize, ms, type LatencySummary } from './support/stats.ts';
import { fleetTreeByRpc as viaGrpc, normalize, treeViaGateway, type Tree } from './support/tree.ts';

const { values } = parseArgs({
  options: {
    robots: { type: 'string', default: '1000' },
    locations: { type: 'string', default: '10' },
    runs: { type: 'string', default: '100' },
    warmup: { type: 'string', default: '10' },
  },
});
const ROBOTS = Number(values.robots);
const LOCATIONS = Number(values.locations);
const RUNS = Number(values.runs);
const WARMUP = Number(values.warmup);

const log = (line: string) => process.stdout.write(`${line}\n`);

/** One GraphQL request to the gateway. */
const viaGateway = (url: string, headers: Record<string, string>, organizationId: string) => treeViaGateway(url, headers, 'fleet', organizationId);

interface Contender {
  name: string;
  run(): Promise<Tree>;
  latencies: number[];
  counts?: CallCounts;
}

function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => (a[k] ?? 0) === (b[k] ?? 0));
}

/** Runs one tree query with the fleet server's counters reset, and returns its latency and counts. */
async function measureOnce(fleet: FleetServerProcess, contender: Contender): Promise<void> {
  await fleet.resetCalls();
  const started = performance.now();
  const tree = await contender.run();
  const elapsed = performance.now() - started;
  const counts = await fleet.calls();
  const robots = tree.locations.reduce((n, l) => n + l.robots.length, 0);
  if (robots !== ROBOTS) throw new Error(`${contender.name}: ${robots} robots in the tree, expected ${ROBOTS}`);
  if (contender.counts && !sameCounts(contender.counts.counts, counts.counts)) {
    throw new Error(`${contender.name}: upstream calls changed between runs: ${JSON.stringify(contender.counts.counts)} then ${JSON.stringify(counts.counts)}`);
  }
  contender.counts ??= counts;
  for (const [method, peak] of Object.entries(counts.peaks)) contender.counts.peaks[method] = Math.max(contender.counts.peaks[method] ?? 0, peak);
  contender.latencies.push(elapsed);
}

function printTables(gateway: Contender, direct: Contender): void {
  const g = gateway.counts!;
  const d = direct.counts!;
  const total = (c: CallCounts) => Object.values(c.counts).reduce((n, x) => n + x, 0);
  const methods = [...new Set([...Object.keys(g.counts), ...Object.keys(d.counts)])].sort(
    (a, b) => (d.counts[a] ?? g.counts[a] ?? 0) - (d.counts[b] ?? g.counts[b] ?? 0) || a.localeCompare(b),
  );
  const ratio = (a: number, b: number) => (b ? `${(a / b).toFixed(2)}×` : '–');
  log('');
  log(`Upstream calls per tree query (counted by the fleet server; ${ROBOTS} robots, ${2 * ROBOTS} parts, ${LOCATIONS} locations):`);
  log('');
  log('| RPC | gateway | hand-written grpc-js | gateway peak in flight | grpc-js peak in flight |');
  log('|---|---:|---:|---:|---:|');
  for (const m of methods) log(`| ${m} | ${g.counts[m] ?? 0} | ${d.counts[m] ?? 0} | ${g.peaks[m] ?? 0} | ${d.peaks[m] ?? 0} |`);
  log(`| **total** | ${total(g)} | ${total(d)} | | |`);
  log('');
  const gs: LatencySummary = summarize(gateway.latencies);
  const ds: LatencySummary = summarize(direct.latencies);
  log(`Latency of the whole tree, ${RUNS} runs each after ${WARMUP} warm-up runs (ms):`);
  log('');
  log('| | gateway (1 GraphQL request over HTTP) | hand-written grpc-js client | ratio gateway / grpc-js |');
  log('|---|---:|---:|---:|');
  for (const [label, key] of [['p50', 'p50'], ['p99', 'p99'], ['mean', 'mean'], ['min', 'min'], ['max', 'max']] as const) {
    log(`| ${label} | ${ms(gs[key])} | ${ms(ds[key])} | ${ratio(gs[key], ds[key])} |`);
  }
  log(`| upstream calls | ${total(g)} | ${total(d)} | ${ratio(total(g), total(d))} |`);
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fleet-tree-bench-'));
  let fleet: FleetServerProcess | undefined;
  let gatewayProcess: Awaited<ReturnType<typeof spawnGateway>> | undefined;
  let app: BenchAppClient | undefined;
  try {
    log(`fleet tree bench: ${ROBOTS} robots x 2 parts, ${LOCATIONS} locations, ${RUNS} runs per contender`);
    log(`node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), data dir ${dataDir}`);
    const owner = await prepareDataDir(dataDir, (server) => {
      const created = createOrganizationWithOwnerKey(server.db, 'Bench Fleet');
      seedRobots(server.db, created.organizationId, { robots: ROBOTS, locations: LOCATIONS, log });
      return created;
    });

    fleet = await spawnFleetServer(dataDir);
    log(`fleet server (pid ${fleet.pid}) listening on ${fleet.address}`);
    gatewayProcess = await spawnGateway(`http://${fleet.address}`);
    log(`gateway (pid ${gatewayProcess.pid}) at ${gatewayProcess.url}`);
    app = await connectAppService(fleet.address, owner.apiKeyId, owner.apiKey);
    const headers = { 'x-viam-api-key-id': owner.apiKeyId, 'x-viam-api-key': owner.apiKey };

    const gateway: Contender = { name: 'gateway', run: () => viaGateway(gatewayProcess!.url, headers, owner.organizationId), latencies: [] };
    const direct: Contender = { name: 'grpc-js', run: () => viaGrpc(app!, owner.organizationId), latencies: [] };

    // Warm up (the gateway exchanges the key for a token on its first request) and check that
    // both contenders return the same tree.
    log(`warming up (${WARMUP} runs each)...`);
    for (let i = 0; i < WARMUP; i++) {
      const [a, b] = [normalize(await gateway.run()), normalize(await direct.run())];
      if (i === 0 && JSON.stringify(a) !== JSON.stringify(b)) throw new Error('the gateway and the grpc-js client returned different trees');
    }

    for (let i = 0; i < RUNS; i++) {
      const order = i % 2 === 0 ? [gateway, direct] : [direct, gateway];
      for (const contender of order) await measureOnce(fleet, contender);
      if ((i + 1) % Math.max(1, Math.ceil(RUNS / 5)) === 0) log(`  ${i + 1}/${RUNS} runs`);
    }
    printTables(gateway, direct);
  } finally {
    app?.close();
    await gatewayProcess?.stop();
    await fleet?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
