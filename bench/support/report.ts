/** The Markdown report of `npm run bench`, the machine it ran on, and the block it keeps in BENCHMARKS.md. */
import fs from 'node:fs';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import type { TreeContenderName, TreeLatencyResult } from '../sections/tree-latency.ts';
import type { ThroughputRow } from '../sections/throughput.ts';
import type { HeapRounds } from '../sections/memory.ts';
import type { MeshResult } from '../sections/mesh.ts';
import { liveLogsRows, type LiveLogsResult } from '../subscriptions.ts';
import { fleetLogsRows, type FleetLogsResult } from '../sections/fleet-logs.ts';
import type { MachineLoad } from './machine-load.ts';
import type { SharedLimitsRow } from '../sections/shared-limits.ts';
import { tracingRows, type TracingCostResult } from '../sections/tracing.ts';

export interface Machine {
  cpu: string;
  cpus: number;
  memoryGiB: number;
  node: string;
  os: string;
  pinning: string;
}

export interface BenchResults {
  startedAt: string;
  minutes: number;
  quick: boolean;
  machine: Machine;
  /** Other work on the machine during the run (null where /proc is not available). */
  load: MachineLoad | null;
  treeLatency: TreeLatencyResult[];
  throughput: ThroughputRow[];
  liveLogs?: LiveLogsResult;
  fleetLogs?: FleetLogsResult;
  /** Section 5: one-field throughput with limits in memory and through Redis. */
  sharedLimits?: SharedLimitsRow[];
  mesh?: MeshResult;
  memory: { idleRss: number; idleHeap: number; peakRss: Record<string, number>; heap?: HeapRounds };
  tracing?: TracingCostResult;
}

export function machine(pinning: string): Machine {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    const model = /^Model name:\s*(.+)$/m.exec(execFileSync('lscpu', { encoding: 'utf8' }));
    if (model) cpu = model[1]!.trim();
  } catch {
    // no lscpu: os.cpus() it is
  }
  return {
    cpu,
    cpus: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    pinning,
  };
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const times = (x: number) => `${x.toFixed(2)}×`;
const rate = (x: number) => x.toFixed(0);
const share = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(0)}%`);
const met = (ok: boolean) => (ok ? 'met' : '**not met**');

const CONTENDERS: [TreeContenderName, string][] = [
  ['gateway', 'gateway'],
  ['naive', 'naive gateway (batching off)'],
  ['floor', 'grpc-js floor'],
  ['gateway-summary', 'gateway, summary tree'],
  ['floor-summary', 'grpc-js, summary tree'],
  ['gateway-metadata', 'gateway, tree with metadata'],
  ['floor-metadata', 'grpc-js, tree with metadata'],
  ['gateway-versions', 'gateway, tree with part versions'],
];

function contender(result: TreeLatencyResult, name: TreeContenderName) {
  return result.contenders.find((c) => c.name === name)!;
}

function goals(r: BenchResults): string[] {
  const lines = ['| goal | result | |', '|---|---|---|'];
  if (r.treeLatency.length) {
    const equal = r.treeLatency.map((t) => ({ robots: t.robots, gateway: contender(t, 'gateway').totalCalls, floor: contender(t, 'floor').totalCalls }));
    lines.push(
      `| fleet tree: upstream calls = the floor's, every size | ${equal.map((e) => `${e.robots}: ${e.gateway} vs ${e.floor}`).join('; ')} | ${met(equal.every((e) => e.gateway === e.floor))} |`,
    );
    const waves = (gateway: TreeContenderName, floor: TreeContenderName) =>
      r.treeLatency.map((t) => ({ robots: t.robots, gateway: contender(t, gateway).waves, floor: contender(t, floor).waves }));
    for (const [label, gateway, floor] of [
      ['fleet tree', 'gateway', 'floor'],
      ['summary tree', 'gateway-summary', 'floor-summary'],
      ['tree with metadata', 'gateway-metadata', 'floor-metadata'],
    ] as const) {
      const w = waves(gateway, floor);
      lines.push(`| ${label}: upstream waves = the floor's, every size | ${w.map((e) => `${e.robots}: ${e.gateway} vs ${e.floor}`).join('; ')} | ${met(w.every((e) => e.gateway === e.floor))} |`);
    }
    for (const [label, gateway, floor, limit] of [
      ['fleet tree', 'gateway', 'floor', 1.2],
      ['summary tree', 'gateway-summary', 'floor-summary', 1.5],
    ] as const) {
      const ratios = r.treeLatency.map((t) => ({ robots: t.robots, p50: contender(t, gateway).latency.p50 / contender(t, floor).latency.p50, p99: contender(t, gateway).latency.p99 / contender(t, floor).latency.p99 }));
      lines.push(
        `| ${label} latency ≤ ${limit}× the floor, every size (p50) | ${ratios.map((x) => `${x.robots}: ${times(x.p50)} (p99 ${times(x.p99)})`).join('; ')} | ${met(ratios.every((x) => x.p50 <= limit))} |`,
      );
    }
    const saving = r.treeLatency.map((t) => `${t.robots}: ${contender(t, 'gateway-summary').totalCalls} vs ${contender(t, 'floor').totalCalls}`);
    const metadata = r.treeLatency.map((t) => ({ robots: t.robots, gateway: contender(t, 'gateway-metadata').totalCalls, floor: contender(t, 'floor-metadata').totalCalls }));
    lines.push(
      `| tree with metadata: upstream calls = the floor's, every size | ${metadata.map((e) => `${e.robots}: ${e.gateway} vs ${e.floor}`).join('; ')} | ${met(metadata.every((e) => e.gateway === e.floor))} |`,
    );
    lines.push(`| summary tree: fewer calls than the per-RPC floor | ${saving.join('; ')} | ${met(r.treeLatency.every((t) => contender(t, 'gateway-summary').totalCalls < contender(t, 'floor').totalCalls))} |`);
    const versions = r.treeLatency.map((t) => ({ robots: t.robots, gateway: contender(t, 'gateway-versions').totalCalls, floor: contender(t, 'floor-summary').totalCalls }));
    lines.push(
      `| tree with part versions: upstream calls = the floor's (ListMachineSummaries) | ${versions.map((v) => `${v.robots}: ${v.gateway} vs ${v.floor}`).join('; ')} | ${met(versions.every((v) => v.gateway === v.floor))} |`,
    );
  }
  const oneField = r.throughput.filter((t) => t.query === 'one-field');
  if (oneField.length) {
    // Peak: each contender's best rate over the concurrency levels (what it can sustain), then every level on its own.
    const peakGateway = Math.max(...oneField.map((t) => t.gateway.perSecond));
    const peakLoop = Math.max(...oneField.map((t) => t.floor.perSecond));
    const below = oneField.filter((t) => t.ratio < 0.55);
    const verdict = `peak: ${met(peakGateway / peakLoop >= 0.55)}; every level: ${below.length ? `${met(false)} (${below.map((t) => `${t.concurrency} in flight`).join(', ')})` : met(true)}`;
    lines.push(
      `| one-field throughput ≥ 0.55× the grpc-js loop | peak ${rate(peakGateway)} vs ${rate(peakLoop)} req/s: ${times(peakGateway / peakLoop)}; by level: ${oneField.map((t) => `${t.concurrency} in flight ${times(t.ratio)}`).join(', ')} | ${verdict} |`,
    );
  }
  if (r.mesh) {
    const rows = r.mesh.throughput;
    lines.push(
      `| one-field throughput ≥ 2× GraphQL Mesh's | ${rows.map((t) => `${t.concurrency} in flight ${times(t.ratio)}`).join(', ')} | ${met(rows.every((t) => t.ratio >= 2))} |`,
    );
  }
  return lines;
}

function meshTables(m: MeshResult): string[] {
  const cpu = (x: number | null) => (x === null ? 'n/a' : x.toFixed(0));
  const lines = [
    `\`robot(id){name}\` through the gateway against Mesh's \`viam_app_v1_AppService_GetRobot\` (${m.robots}-robot fleet):`,
    '',
    '| in flight | gateway req/s | gateway p50 / p99 ms | Mesh req/s | Mesh p50 / p99 ms | gateway ÷ Mesh | CPU per request µs (gateway / Mesh) | errors (gateway / Mesh) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const t of m.throughput) {
    lines.push(
      `| ${t.concurrency} | ${rate(t.gateway.perSecond)} | ${ms(t.gateway.p50)} / ${ms(t.gateway.p99)} | ${rate(t.mesh.perSecond)} | ${ms(t.mesh.p50)} / ${ms(t.mesh.p99)} | ${times(t.ratio)} | ${cpu(t.gateway.cpuPerRequestUs)} / ${cpu(t.mesh.cpuPerRequestUs)} | ${t.gateway.errors} / ${t.mesh.errors} |`,
    );
  }
  lines.push('', 'The fleet tree: the gateway in one request; a Mesh client in one request per level (GetOrganization and ListLocations; ListRobotsForLocations; every GetRobotParts as aliased fields of one request):', '');
  lines.push('| robots | runs | gateway p50 / p99 ms | Mesh p50 / p99 ms | Mesh ÷ gateway p50 |', '|---:|---:|---:|---:|---:|');
  for (const t of m.trees) lines.push(`| ${t.robots} | ${t.runs} | ${ms(t.gateway.p50)} / ${ms(t.gateway.p99)} | ${ms(t.mesh.p50)} / ${ms(t.mesh.p99)} | ${times(t.mesh.p50 / t.gateway.p50)} |`);
  return lines;
}

function treeTables(results: TreeLatencyResult[]): string[] {
  const lines = [
    '| robots | ' + CONTENDERS.map(([, label]) => `${label} p50 / p99 ms`).join(' | ') + ' | gateway ÷ floor p50 / p99 |',
    '|---:|' + CONTENDERS.map(() => '---:|').join('') + '---:|',
  ];
  for (const t of results) {
    const g = contender(t, 'gateway').latency;
    const f = contender(t, 'floor').latency;
    const cells = CONTENDERS.map(([name]) => {
      const l = contender(t, name).latency;
      return `${ms(l.p50)} / ${ms(l.p99)}`;
    });
    lines.push(`| ${t.robots} | ${cells.join(' | ')} | ${times(g.p50 / f.p50)} / ${times(g.p99 / f.p99)} |`);
  }
  lines.push('', 'Upstream calls of one tree, by RPC, as the fleet server counted them (peak in flight in parentheses for the batched gateways and the floors):', '');
  lines.push('| robots | RPC | ' + CONTENDERS.map(([, label]) => label).join(' | ') + ' |', '|---:|---|' + CONTENDERS.map(() => '---:|').join(''));
  for (const t of results) {
    const rpcs = [...new Set(t.contenders.flatMap((c) => Object.keys(c.calls)))].sort((a, b) => (contender(t, 'naive').calls[a] ?? 0) - (contender(t, 'naive').calls[b] ?? 0) || a.localeCompare(b));
    for (const rpc of rpcs) {
      const cells = CONTENDERS.map(([name]) => {
        const c = contender(t, name);
        const n = c.calls[rpc] ?? 0;
        return n && (name === 'gateway' || name === 'floor' || name.endsWith('-metadata')) && (c.peaks[rpc] ?? 0) > 1 ? `${n} (${c.peaks[rpc]})` : String(n);
      });
      lines.push(`| ${t.robots} | ${rpc} | ${cells.join(' | ')} |`);
    }
    lines.push(`| ${t.robots} | **total** | ${CONTENDERS.map(([name]) => `**${contender(t, name).totalCalls}**`).join(' | ')} |`);
    lines.push(`| ${t.robots} | waves | ${CONTENDERS.map(([name]) => String(contender(t, name).waves)).join(' | ')} |`);
  }
  return lines;
}

function sharedLimitsTable(rows: SharedLimitsRow[]): string[] {
  const lines = [
    `\`robot(id){name}\` with a rate limit that refuses nothing, so every request pays its point: budgets in memory vs in a redis-server on loopback (\`--redis-url\`), alternating slices, ${rows[0]!.memory.seconds.toFixed(0)} s each.`,
    '',
    '| in flight | in memory req/s | p50 / p99 ms | through Redis req/s | p50 / p99 ms | Redis ÷ memory | CPU per request µs (memory / Redis) | errors (memory / Redis) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.concurrency} | ${rate(r.memory.perSecond)} | ${ms(r.memory.p50)} / ${ms(r.memory.p99)} | ${rate(r.redis.perSecond)} | ${ms(r.redis.p50)} / ${ms(r.redis.p99)} | ${times(r.ratio)} | ${r.memory.cpuPerRequestUs.toFixed(0)} / ${r.redis.cpuPerRequestUs.toFixed(0)} | ${r.memory.errors} / ${r.redis.errors} |`,
    );
  }
  return lines;
}

function throughputTable(rows: ThroughputRow[]): string[] {
  const lines = [
    '| query | in flight | gateway req/s | gateway p50 / p99 ms | grpc-js loop req/s | loop p50 / p99 ms | gateway ÷ loop | CPU per request µs (gateway / loop) | other core busy (gateway / loop) | errors (gateway / loop) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    const query = r.query === 'one-field' ? '`robot(id){name}`' : `fleet tree, ${r.robots} robots`;
    lines.push(
      `| ${query} | ${r.concurrency} | ${rate(r.gateway.perSecond)} | ${ms(r.gateway.p50)} / ${ms(r.gateway.p99)} | ${rate(r.floor.perSecond)} | ${ms(r.floor.p50)} / ${ms(r.floor.p99)} | ${times(r.ratio)} | ${r.gateway.cpuPerRequestUs.toFixed(0)} / ${r.floor.cpuPerRequestUs.toFixed(0)} | ${share(r.gateway.otherCoreBusy)} / ${share(r.floor.otherCoreBusy)} | ${r.gateway.errors} / ${r.floor.errors} |`,
    );
  }
  return lines;
}

function memoryTable(r: BenchResults): string[] {
  const lines = ['| gateway | RSS | heap used |', '|---|---:|---:|', `| idle (after warm-up, GC) | ${mib(r.memory.idleRss)} | ${mib(r.memory.idleHeap)} |`];
  for (const [label, rss] of Object.entries(r.memory.peakRss)) lines.push(`| peak during ${label} | ${mib(rss)} | |`);
  if (r.liveLogs) {
    const l = r.liveLogs;
    lines.push(
      `| ${l.options.subscribers} open subscriptions (own gateway process; idle → subscribed, GC) | ${mib(l.gatewayRss.idle)} → ${mib(l.gatewayRss.subscribed)} | ${mib(l.gatewayHeap.idle)} → ${mib(l.gatewayHeap.subscribed)} |`,
    );
  }
  const h = r.memory.heap;
  if (h) {
    lines.push(
      '',
      `Heap after full GC, before and after each round of ${h.treesPerRound} trees of ${h.robots} robots: ${[h.before, ...h.after].map(mib).join(' → ')}; ` +
        `growth from the first round to the last: ${(h.growth / 1024).toFixed(0)} KiB (${h.growth < 1024 * 1024 ? 'no growth' : '**grows**'}). RSS ${mib(h.rss.before)} → ${mib(h.rss.after)}.`,
    );
  }
  return lines;
}

export function report(r: BenchResults): string {
  const m = r.machine;
  const out: string[] = [
    `Run of ${r.startedAt.slice(0, 16).replace('T', ' ')} UTC${r.quick ? ' (--quick: fewer runs, shorter throughput runs)' : ''}, ${r.minutes.toFixed(1)} min.`,
    `Machine: ${m.cpu}, ${m.cpus} CPUs, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}. Pinning: ${m.pinning}.`,
    r.load
      ? `Other processes used ${r.load.otherCpuSeconds.toFixed(0)} CPU-seconds during the run (${r.load.otherCores.toFixed(2)} cores on average; 1-min load ${r.load.loadAtStart.toFixed(2)} at the start)${r.load.otherCores > 0.1 ? ': **a busy machine, figures are noisier and lower than on a quiet one**' : ''}.`
      : 'Load from other processes: unknown (no /proc).',
    '',
    '### Goals',
    '',
    ...goals(r),
  ];
  if (r.treeLatency.length) {
    const runs = r.treeLatency.map((t) => `${t.robots}: ${t.runs}`).join(', ');
    out.push('', '### 1. Fleet tree latency', '', `One request at a time, contenders interleaved; runs per contender by fleet size ${runs} (after ${r.treeLatency[0]!.warmup} warm-up rounds).`, '');
    out.push(...treeTables(r.treeLatency));
  }
  if (r.throughput.length) {
    out.push('', '### 2. Throughput', '', `autocannon against the gateway; grpc-js loops doing the same upstream work; ${r.throughput[0]!.seconds} s per measurement.`, '');
    out.push(...throughputTable(r.throughput));
  }
  if (r.liveLogs) {
    out.push('', '### 3. Live logs', '', '| | |', '|---|---|', ...liveLogsRows(r.liveLogs).map(([k, v]) => `| ${k} | ${v} |`));
  }
  out.push('', '### 4. Memory', '', ...memoryTable(r));
  if (r.sharedLimits?.length) out.push('', '### 5. Shared limits (Redis)', '', ...sharedLimitsTable(r.sharedLimits));
  if (r.tracing) out.push('', '### 6. Tracing', '', ...tracingRows(r.tracing));
  if (r.fleetLogs) {
    out.push('', '### 7. Live logs of a fleet (fleetLogs)', '', '| | |', '|---|---|', ...fleetLogsRows(r.fleetLogs).map(([k, v]) => `| ${k} | ${v} |`));
  }
  if (r.mesh) out.push('', "### 8. GraphQL Mesh's gRPC handler", '', ...meshTables(r.mesh));
  return out.join('\n');
}

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

/** Replaces the results block of BENCHMARKS.md (between the markers) with `markdown`. */
export function writeDoc(file: string, markdown: string): void {
  const doc = fs.readFileSync(file, 'utf8');
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${file} has no ${START} ... ${END} block`);
  fs.writeFileSync(file, `${doc.slice(0, start + START.length)}\n${markdown}\n${doc.slice(end)}`);
}
