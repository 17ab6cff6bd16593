/**
 * Section 5: GraphQL Mesh's gRPC handler as a second contender (bench/support/mesh-process.ts),
 * against the same fleet server:
 *
 * - one-field throughput: `robot(id){name}` through the gateway against Mesh's GetRobot field
 *   (`input: {id}`, `robot { name }`), autocannon at the same concurrency, 5 s slices alternating;
 *   req/s and each process's CPU per request. Both get the same bearer token (Mesh cannot
 *   exchange an API key), so neither pays for a key exchange or its cache.
 * - the fleet tree as a Mesh client must fetch it: one request per level (GetOrganization and
 *   ListLocations; ListRobotsForLocations; every GetRobotParts as aliased fields of one request),
 *   against the gateway's one request; both answers checked against each other.
 */
import autocannon from 'autocannon';
import { ONE_FIELD, normalize, robotCount, treeViaGateway, type Tree } from '../support/tree.ts';
import { summarize, type LatencySummary } from '../support/stats.ts';
import { processCpuSeconds } from '../support/machine-load.ts';
import { meshField, type MeshProcess } from '../support/mesh-process.ts';
import { gatewayStats, type BenchEnv, type BenchFleet } from './env.ts';

export interface MeshRate {
  perSecond: number;
  cpuPerRequestUs: number | null;
  p50: number;
  p99: number;
  errors: number;
}

export interface MeshThroughputRow {
  concurrency: number;
  seconds: number;
  gateway: MeshRate;
  mesh: MeshRate;
  /** gateway ÷ Mesh requests per second. */
  ratio: number;
}

export interface MeshTreeRow {
  robots: number;
  runs: number;
  gateway: LatencySummary;
  mesh: LatencySummary;
  /** GraphQL requests a Mesh client sends for one tree. */
  meshRequests: number;
}

export interface MeshResult {
  robots: number;
  throughput: MeshThroughputRow[];
  trees: MeshTreeRow[];
}

const ONE_FIELD_MESH = `query OneField($id: String) { ${meshField('GetRobot')}(input: { id: $id }) { robot { name } } }`;

async function post(url: string, headers: Record<string, string>, query: string, variables: object = {}): Promise<any> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`Mesh answered with errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data;
}

/** The fleet tree through Mesh, one request per level, as a client of its generated schema has to. */
async function treeViaMesh(mesh: MeshProcess, headers: Record<string, string>, organizationId: string): Promise<Tree> {
  const top = await post(
    mesh.url,
    headers,
    `query($org: String) { org: ${meshField('GetOrganization')}(input: { organization_id: $org }) { organization { name } } locations: ${meshField('ListLocations')}(input: { organization_id: $org }) { locations { id name } } }`,
    { org: organizationId },
  );
  const locations: { id: string; name: string }[] = top.locations.locations;
  const { robots } = (
    await post(mesh.url, headers, `query($ids: [String]) { r: ${meshField('ListRobotsForLocations')}(input: { location_ids: $ids }) { robots { id name location online_state } } }`, {
      ids: locations.map((l) => l.id),
    })
  ).r as { robots: { id: string; name: string; location: string; online_state: string }[] };
  const partsQuery = `query { ${robots.map((r, i) => `p${i}: ${meshField('GetRobotParts')}(input: { robot_id: ${JSON.stringify(r.id)} }) { parts { name online_state } }`).join(' ')} }`;
  const parts = robots.length ? await post(mesh.url, headers, partsQuery) : {};
  return {
    name: top.org.organization.name,
    locations: locations.map((l) => ({
      name: l.name,
      robots: robots
        .map((r, i) => ({ r, i }))
        .filter(({ r }) => r.location === l.id)
        .map(({ r, i }) => ({ name: r.name, onlineState: r.online_state, parts: parts[`p${i}`].parts.map((p: any) => ({ name: p.name, onlineState: p.online_state })) })),
    })),
  };
}

async function rate(
  url: string,
  headers: Record<string, string>,
  body: () => string,
  concurrency: number,
  seconds: number,
  cpu: () => Promise<number | null>,
): Promise<MeshRate & { requests: number; seconds: number }> {
  const before = await cpu();
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    connections: concurrency,
    pipelining: 1,
    duration: seconds,
    timeout: 30,
    requests: [{ setupRequest: (request) => ({ ...request, body: body() }) }],
    verifyBody: (text) => !text.includes('"errors"'),
  });
  const after = await cpu();
  const requests = result.requests.total;
  return {
    requests,
    seconds: result.duration,
    perSecond: requests / result.duration,
    cpuPerRequestUs: before === null || after === null ? null : ((after - before) * 1e6) / Math.max(1, requests),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx + result.mismatches,
  };
}

function combine(slices: (MeshRate & { requests: number; seconds: number })[]): MeshRate {
  const requests = slices.reduce((n, s) => n + s.requests, 0);
  const p50s = slices.map((s) => s.p50).sort((a, b) => a - b);
  return {
    perSecond: requests / slices.reduce((n, s) => n + s.seconds, 0),
    cpuPerRequestUs: slices.some((s) => s.cpuPerRequestUs === null) ? null : slices.reduce((n, s) => n + s.cpuPerRequestUs! * s.requests, 0) / Math.max(1, requests),
    p50: p50s[Math.floor((p50s.length - 1) / 2)]!,
    p99: Math.max(...slices.map((s) => s.p99)),
    errors: slices.reduce((n, s) => n + s.errors, 0),
  };
}

export async function runMesh(
  env: BenchEnv,
  mesh: MeshProcess,
  tokens: Map<BenchFleet, string>,
  options: { throughputFleet: BenchFleet; concurrency: number[]; seconds: number; warmupSeconds: number; treeRuns: (robots: number) => number },
): Promise<MeshResult> {
  const fleet = options.throughputFleet;
  const meshHeaders = (f: BenchFleet) => ({ authorization: `Bearer ${tokens.get(f)!}` });
  let next = 0;
  const robotId = () => fleet.robotIds[next++ % fleet.robotIds.length];
  const gatewayCpu = async () => {
    const { cpu } = await gatewayStats(env.gateway, false);
    return (cpu.user + cpu.system) / 1e6;
  };
  const gatewayRun = (concurrency: number, seconds: number) =>
    rate(env.gateway.url, { accept: 'application/graphql-response+json', ...meshHeaders(fleet) }, () => JSON.stringify({ query: ONE_FIELD, variables: { id: robotId() } }), concurrency, seconds, gatewayCpu);
  const meshRun = (concurrency: number, seconds: number) =>
    rate(mesh.url, meshHeaders(fleet), () => JSON.stringify({ query: ONE_FIELD_MESH, variables: { id: robotId() } }), concurrency, seconds, async () => processCpuSeconds(mesh.pid));

  const throughput: MeshThroughputRow[] = [];
  const busiest = Math.max(...options.concurrency);
  env.log(`Mesh: warming up Mesh and the gateway, ${options.warmupSeconds} s each at ${busiest} in flight...`);
  await meshRun(busiest, options.warmupSeconds);
  await gatewayRun(busiest, options.warmupSeconds);
  for (const concurrency of options.concurrency) {
    env.log(`Mesh: one-field throughput, ${concurrency} in flight, ${options.seconds} s each...`);
    const slices = Math.max(1, Math.round(options.seconds / 5));
    const g = [];
    const m = [];
    for (let i = 0; i < slices; i++) {
      g.push(await gatewayRun(concurrency, options.seconds / slices));
      m.push(await meshRun(concurrency, options.seconds / slices));
    }
    const gateway = combine(g);
    const meshRate = combine(m);
    throughput.push({ concurrency, seconds: options.seconds, gateway, mesh: meshRate, ratio: gateway.perSecond / meshRate.perSecond });
  }

  const trees: MeshTreeRow[] = [];
  for (const f of env.fleets) {
    const runs = options.treeRuns(f.robots);
    env.log(`Mesh: fleet tree of ${f.robots} robots, ${runs} runs each...`);
    const viaMesh = await treeViaMesh(mesh, meshHeaders(f), f.organizationId);
    const viaGateway = await treeViaGateway(env.gateway.url, f.headers, 'fleet', f.organizationId);
    if (robotCount(viaMesh) !== f.robots || JSON.stringify(normalize(viaMesh)) !== JSON.stringify(normalize(viaGateway))) {
      throw new Error(`Mesh and the gateway returned different fleet trees (${f.robots} robots)`);
    }
    const gatewayMs: number[] = [];
    const meshMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      let started = performance.now();
      await treeViaGateway(env.gateway.url, f.headers, 'fleet', f.organizationId);
      gatewayMs.push(performance.now() - started);
      started = performance.now();
      await treeViaMesh(mesh, meshHeaders(f), f.organizationId);
      meshMs.push(performance.now() - started);
    }
    trees.push({ robots: f.robots, runs, gateway: summarize(gatewayMs), mesh: summarize(meshMs), meshRequests: 3 });
  }
  return { robots: fleet.robots, throughput, trees };
}
