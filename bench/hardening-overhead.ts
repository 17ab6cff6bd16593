/**
 * What the hardening costs in throughput: gateways differing only in it, on the same fleet server,
 * measured in the same run with autocannon, in alternating rounds (so drift of a shared machine
 * hits every variant alike).
 *
 *   bare      operation limits off, metrics off, no rate limit, no logs
 *   hardened  default limits (depth, aliases, directives, tokens, cost, variables), metrics,
 *             a rate limit that never trips (so its bookkeeping runs), no logs
 *   + logs    hardened, plus the JSON access log of every request (info level) to /dev/null
 *
 * Each gateway and the fleet server run in their own child process; autocannon runs here. Besides
 * throughput, each gateway reports the CPU time its process spent per request: on a machine
 * shared with other work, throughput swings from round to round, CPU per request less so.
 *
 * Then, without HTTP: the same operations one at a time through each Yoga's fetch in this
 * process, timed per operation (the plugins' own cost, with the least noise).
 *   npx tsx bench/hardening-overhead.ts            (BENCH_SECONDS=8 BENCH_ROUNDS=2 BENCH_CONNECTIONS=20)
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const SELF = fileURLToPath(import.meta.url);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);

type Variant = 'bare' | 'hardened' | 'hardened+logs';
const VARIANTS: Variant[] = ['bare', 'hardened', 'hardened+logs'];

const QUERIES: Record<string, string> = {
  // No upstream call: the gateway's own per-operation cost, where the hardening weighs most.
  typename: '{ __typename }',
  // One field, one upstream call (ListOrganizations).
  'one field': 'query OneField { organizations { name } }',
  // GraphiQL's default query on the demo fleet: four levels, four waves of upstream calls.
  'fleet tree': 'query FleetTree { organizations { id name publicNamespace locations { id name parent { name } robots { id name onlineState parts { id name mainPart onlineState lastAccess } } } } }',
};

type Message = { type: 'ready'; address?: string; url?: string; demo?: { apiKeyId: string; apiKey: string } };

/** User + system CPU time of a gateway process so far, in µs. */
function cpuOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    const onMessage = (message: { type: string; cpu?: NodeJS.CpuUsage }) => {
      if (message.type !== 'cpu') return;
      child.off('message', onMessage);
      resolve(message.cpu!.user + message.cpu!.system);
    };
    child.on('message', onMessage);
    child.send({ type: 'cpu' });
  });
}

interface Sample {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** Gateway CPU µs per request. */
  cpuPerRequest: number;
}

// ---- children ----

async function fleetChild(): Promise<void> {
  const { startFleetServer } = await import('../src/fleet-server/server.ts');
  const fleet = await startFleetServer({ dataDir: ':memory:', port: 0, log: () => {} });
  process.send!({ type: 'ready', address: fleet.address, demo: fleet.demo });
  process.once('disconnect', () => fleet.close().then(() => process.exit(0)));
}

async function gatewayChild(address: string, variant: Variant): Promise<void> {
  const { startGateway } = await import('../src/gateway/server.ts');
  const { parseUpstreamUrl } = await import('../src/upstream/target.ts');
  const { createLogger } = await import('../src/gateway/logger.ts');
  const pino = (await import('pino')).default;
  const hardened = variant !== 'bare';
  const gateway = await startGateway({
    upstream: parseUpstreamUrl(`http://${address}`),
    port: 0,
    limits: hardened ? {} : false,
    metrics: hardened,
    rateLimit: hardened ? { points: 1_000_000_000, windowSeconds: 1 } : null,
    logger: variant === 'hardened+logs' ? createLogger({ level: 'info', destination: pino.destination({ dest: '/dev/null', sync: true }) }) : undefined,
  });
  process.send!({ type: 'ready', url: gateway.url });
  process.on('message', (message: { type: string }) => {
    if (message.type === 'cpu') process.send!({ type: 'cpu', cpu: process.cpuUsage() });
  });
  process.once('disconnect', () => gateway.close().then(() => process.exit(0)));
}

// ---- parent ----

function spawn(args: string[]): Promise<{ child: ChildProcess; message: Message }> {
  const child = fork(SELF, args, { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', (message: Message) => resolve({ child, message }));
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited (${code})`)));
  });
}

async function measure(gateway: { child: ChildProcess; url: string }, headers: Record<string, string>, query: string, seconds: number): Promise<Sample> {
  const cpuBefore = await cpuOf(gateway.child);
  const url = gateway.url;
  const result = await autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: seconds,
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  const cpu = (await cpuOf(gateway.child)) - cpuBefore;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
    cpuPerRequest: cpu / Math.max(1, result.requests.total),
  };
}

async function main(): Promise<void> {
  const fleet = await spawn(['--child', 'fleet']);
  const address = fleet.message.address!;
  const demo = fleet.message.demo!;
  const headers = { 'x-viam-api-key-id': demo.apiKeyId, 'x-viam-api-key': demo.apiKey };
  const gateways = new Map<Variant, { child: ChildProcess; url: string }>();
  for (const variant of VARIANTS) {
    const { child, message } = await spawn(['--child', 'gateway', address, variant]);
    gateways.set(variant, { child, url: message.url! });
  }
  console.log(`hardening overhead: ${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${SECONDS} s per variant and query`);
  const rows: string[] = [];
  for (const [name, query] of Object.entries(QUERIES)) {
    for (const variant of VARIANTS) await measure(gateways.get(variant)!, headers, query, 1); // warm-up
    const samples = new Map<Variant, Sample[]>();
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? VARIANTS : [...VARIANTS].reverse();
      for (const variant of order) {
        const sample = await measure(gateways.get(variant)!, headers, query, SECONDS);
        samples.set(variant, [...(samples.get(variant) ?? []), sample]);
      }
    }
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    const percent = (value: number, base: number) => `${value >= base ? '+' : ''}${(((value - base) / base) * 100).toFixed(1)}%`;
    const bare = samples.get('bare')!;
    const bareRps = mean(bare.map((s) => s.rps));
    const bareCpu = mean(bare.map((s) => s.cpuPerRequest));
    for (const variant of VARIANTS) {
      const list = samples.get(variant)!;
      const rps = mean(list.map((s) => s.rps));
      const cpu = mean(list.map((s) => s.cpuPerRequest));
      const vsBare = (value: string) => (variant === 'bare' ? '' : ` (${value})`).padEnd(10);
      rows.push(
        `${name.padEnd(11)} ${variant.padEnd(14)} ${rps.toFixed(0).padStart(6)} req/s${vsBare(percent(rps, bareRps))}` +
          ` CPU ${cpu.toFixed(0).padStart(5)} µs/req${vsBare(percent(cpu, bareCpu))}` +
          ` p50 ${mean(list.map((s) => s.p50)).toFixed(1)} ms, p99 ${mean(list.map((s) => s.p99)).toFixed(1)} ms, errors ${list.reduce((a, s) => a + s.errors, 0)}`,
      );
    }
    console.log(rows.slice(-VARIANTS.length).join('\n'));
  }
  for (const { child } of gateways.values()) child.disconnect();
  await inProcess(address, headers);
  fleet.child.disconnect();
}

/** Sequential operations through Yoga's fetch (no HTTP server, no sockets), bare and hardened, alternating. */
async function inProcess(address: string, headers: Record<string, string>): Promise<void> {
  const { createGatewayYoga } = await import('../src/gateway/server.ts');
  const { UpstreamClient } = await import('../src/upstream/client.ts');
  const { TokenCache } = await import('../src/upstream/credentials.ts');
  const { parseUpstreamUrl } = await import('../src/upstream/target.ts');
  const target = parseUpstreamUrl(`http://${address}`);
  const make = (hardened: boolean) => {
    const upstream = new UpstreamClient(target, { deadlineMs: 10_000 });
    const options = { upstream: target, limits: hardened ? {} : (false as const), metrics: hardened, rateLimit: hardened ? { points: 1e9, windowSeconds: 1 } : null };
    return { upstream, yoga: createGatewayYoga(upstream, new TokenCache(upstream), options) };
  };
  const yogas = { bare: make(false), hardened: make(true) };
  /** CPU time of this process per operation, in µs (waiting for the fleet server or for a busy core does not count). */
  const run = async (yoga: ReturnType<typeof make>['yoga'], query: string, count: number) => {
    const started = process.cpuUsage();
    for (let i = 0; i < count; i++) {
      const response = await yoga.fetch('http://gateway/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: JSON.stringify({ query }),
      });
      if (response.status !== 200) throw new Error(`status ${response.status}: ${await response.text()}`);
      await response.text();
    }
    const used = process.cpuUsage(started);
    return (used.user + used.system) / count;
  };
  console.log(`\nin process, one operation at a time through Yoga's fetch (CPU µs per operation, mean of ${ROUNDS * 2} alternating rounds):`);
  for (const [name, query] of Object.entries(QUERIES)) {
    const count = name === 'fleet tree' ? 500 : 5000;
    await run(yogas.bare.yoga, query, count / 10);
    await run(yogas.hardened.yoga, query, count / 10);
    const times = { bare: [] as number[], hardened: [] as number[] };
    for (let round = 0; round < ROUNDS * 2; round++) {
      for (const variant of round % 2 === 0 ? (['bare', 'hardened'] as const) : (['hardened', 'bare'] as const)) {
        times[variant].push(await run(yogas[variant].yoga, query, count));
      }
    }
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    const bare = mean(times.bare);
    const hardened = mean(times.hardened);
    console.log(`${name.padEnd(11)} bare ${bare.toFixed(0).padStart(5)} µs, hardened ${hardened.toFixed(0).padStart(5)} µs (${hardened >= bare ? '+' : ''}${(hardened - bare).toFixed(0)} µs, ${(((hardened - bare) / bare) * 100).toFixed(1)}%)`);
  }
  yogas.bare.upstream.close();
  yogas.hardened.upstream.close();
}

const [flag, role, ...rest] = process.argv.slice(2);
if (flag === '--child' && role === 'fleet') await fleetChild();
else if (flag === '--child' && role === 'gateway') await gatewayChild(rest[0]!, rest[1] as Variant);
else await main();
