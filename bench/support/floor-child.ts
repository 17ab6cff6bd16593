/**
 * The hand-written grpc-js contender as a benchmark child process (pinned like the gateway): fleet
 * trees built by hand (tree.ts), and loops doing the upstream work of a GraphQL query at a given
 * concurrency, as many times as it can for a while.
 */
import { connectAppService, type BenchAppClient } from './grpc-client.ts';
import { FLOORS, normalize, type FloorKind, type Tree } from './tree.ts';
import { summarize } from './stats.ts';

/** The upstream work of one GraphQL request: GetRobot for `robot(id){name}`, or a whole tree. */
export type LoopWork = { kind: 'robot'; robotIds: string[] } | { kind: 'tree'; floor: FloorKind; organizationId: string };

export type FloorChildRequest =
  | { type: 'connect'; name: string; address: string; apiKeyId: string; apiKey: string }
  | { type: 'tree'; client: string; floor: FloorKind; organizationId: string; withTree: boolean }
  | { type: 'loop'; client: string; work: LoopWork; concurrency: number; seconds: number };

export interface LoopResult {
  requests: number;
  /** CPU time of this process per request, µs. */
  cpuPerRequestUs: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

/** Each request is answered with a reply of its own type; `error` when it failed. */
export type FloorChildReply =
  | { type: 'ready' }
  | { type: 'connect'; error?: string }
  | { type: 'tree'; error?: string; ms: number; robots: number; tree?: Tree }
  | ({ type: 'loop'; error?: string } & LoopResult);

if (!process.send) throw new Error('forked by a benchmark with an IPC channel');
const send = (reply: FloorChildReply) => process.send!(reply);
const clients = new Map<string, BenchAppClient>();

function client(name: string): BenchAppClient {
  const found = clients.get(name);
  if (!found) throw new Error(`no client ${name}`);
  return found;
}

function oneRequest(app: BenchAppClient, work: LoopWork): () => Promise<unknown> {
  if (work.kind === 'tree') return () => FLOORS[work.floor](app, work.organizationId);
  let next = 0;
  return () => app.call('GetRobot', { id: work.robotIds[next++ % work.robotIds.length]! });
}

/** `concurrency` loops, each starting its next request when the last one is answered. */
async function loop(app: BenchAppClient, work: LoopWork, concurrency: number, seconds: number): Promise<LoopResult> {
  const request = oneRequest(app, work);
  const latencies: number[] = [];
  let errors = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        try {
          await request();
          latencies.push(performance.now() - t);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const { p50, p99 } = summarize(latencies);
  const cpuPerRequestUs = (used.user + used.system) / Math.max(1, latencies.length);
  return { requests: latencies.length, cpuPerRequestUs, seconds: elapsed, perSecond: latencies.length / elapsed, p50, p99, errors };
}

process.on('message', async (request: FloorChildRequest) => {
  try {
    if (request.type === 'connect') {
      clients.set(request.name, await connectAppService(request.address, request.apiKeyId, request.apiKey));
      send({ type: 'connect' });
    } else if (request.type === 'tree') {
      const started = performance.now();
      const tree = await FLOORS[request.floor](client(request.client), request.organizationId);
      const ms = performance.now() - started;
      const robots = tree.locations.reduce((n, l) => n + l.robots.length, 0);
      send({ type: 'tree', ms, robots, ...(request.withTree ? { tree: normalize(tree) } : {}) });
    } else if (request.type === 'loop') {
      send({ type: 'loop', ...(await loop(client(request.client), request.work, request.concurrency, request.seconds)) });
    }
  } catch (error) {
    send({ type: request.type, error: String((error as Error)?.stack ?? error) } as FloorChildReply);
  }
});
process.once('disconnect', () => {
  for (const app of clients.values()) app.close();
  process.exit(0);
});
send({ type: 'ready' });
