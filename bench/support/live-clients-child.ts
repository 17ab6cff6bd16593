/**
 * graphql-ws subscribers as a benchmark child process (bench/subscriptions.ts, bench/sections/fleet-logs.ts):
 * N sockets, one subscription each (robotPartLogs of one part, or the `query` given), on the
 * graphql-ws client with `ws`. Every entry's message is `tag|seq|sentAt[|stream]`: receipt time
 * minus sentAt is the delivery latency, and seq must grow by one per (subscriber, stream).
 */
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';

export interface LiveClientsStart {
  type: 'start';
  url: string;
  count: number;
  partId: string;
  connectionParams: Record<string, string>;
  /** Another subscription than robotPartLogs(partId) (its one root field holds the entries). */
  query?: string;
  variables?: Record<string, unknown>;
}
export type LiveClientsRequest = LiveClientsStart | { type: 'progress' } | { type: 'collect'; expected: number };

export interface LiveClientsProgress {
  /** Entries received by all subscribers together, and by the one that got the fewest. */
  total: number;
  fewest: number;
  /** Warm-up entries received by the subscriber that got the fewest. */
  fewestWarmup: number;
  /** Subscriptions ended by an overflow error, or by any other error. */
  overflowed: number;
  failed: number;
  /** now() of the last measured entry received. */
  lastAt: number;
  cpu: NodeJS.CpuUsage;
}

export type LiveClientsReply =
  | { type: 'ready' }
  | { type: 'started' }
  | ({ type: 'progress' } & LiveClientsProgress)
  | ({
      type: 'collected';
      /** ms from the robot's Log call to receipt, over every entry of every subscriber. */
      latency: { p50: number; p99: number; max: number };
      /** Subscribers that saw an entry twice, or out of order. */
      disordered: number;
      /** Subscribers that received every measured entry. */
      complete: number;
      errors: string[];
    } & LiveClientsProgress);

/** Same clock as the sender's: epoch ms with sub-ms resolution. */
export const now = () => performance.timeOrigin + performance.now();

const QUERY = 'subscription($partId: ID!) { robotPartLogs(partId: $partId, errorsOnly: false) { time level message } }';

const send = (reply: LiveClientsReply) => process.send!(reply);
const clients: Client[] = [];
let latencies = new Float64Array(1 << 16);
let samples = 0;
let lastAt = 0;
let received: number[] = [];
let warmed: number[] = [];
let lastSeq: Map<string, number>[] = [];
const disordered = new Set<number>();
const overflowed = new Set<number>();
const failed = new Set<number>();
const errors: string[] = [];

function record(latency: number): void {
  if (samples === latencies.length) {
    const grown = new Float64Array(latencies.length * 2);
    grown.set(latencies);
    latencies = grown;
  }
  latencies[samples++] = latency;
}

function start(request: LiveClientsStart): void {
  received = new Array(request.count).fill(0);
  warmed = new Array(request.count).fill(0);
  lastSeq = Array.from({ length: request.count }, () => new Map<string, number>());
  for (let i = 0; i < request.count; i++) {
    const client = createClient({ url: request.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: request.connectionParams, retryAttempts: 0 });
    clients.push(client);
    client.subscribe(
      { query: request.query ?? QUERY, variables: request.variables ?? { partId: request.partId } },
      {
        next: (result) => {
          const at = now();
          if (result.errors) {
            errors.push(JSON.stringify(result.errors));
            if (result.errors.some((e) => e.extensions?.code === 'SUBSCRIBER_BUFFER_OVERFLOW')) overflowed.add(i);
            else failed.add(i);
          }
          const entries = (result.data ? Object.values(result.data)[0] : null) as { message: string }[] | null;
          for (const entry of entries ?? []) {
            const [tag, seq, sentAt, stream = ''] = entry.message.split('|');
            if (tag !== 'bench') {
              warmed[i]! += 1;
              continue;
            }
            record(at - Number(sentAt));
            lastAt = at;
            received[i]! += 1;
            if (Number(seq) !== (lastSeq[i]!.get(stream) ?? -1) + 1) disordered.add(i);
            lastSeq[i]!.set(stream, Number(seq));
          }
        },
        error: (error) => {
          failed.add(i);
          const closed = error as { code?: number; reason?: string };
          if (Array.isArray(error)) errors.push(JSON.stringify(error));
          else if (typeof closed?.code === 'number') errors.push(`socket closed: ${closed.code} ${closed.reason ?? ''}`.trim());
          else errors.push(String((error as Error)?.message ?? error));
        },
        complete: () => {},
      },
    );
  }
  send({ type: 'started' });
}

function progress(): LiveClientsProgress {
  return {
    total: samples,
    fewest: received.length ? Math.min(...received) : 0,
    fewestWarmup: warmed.length ? Math.min(...warmed) : 0,
    overflowed: overflowed.size,
    failed: failed.size,
    lastAt,
    cpu: process.cpuUsage(),
  };
}

function percentile(sorted: Float64Array, q: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]! : NaN;
}

process.on('message', (request: LiveClientsRequest) => {
  if (request.type === 'start') start(request);
  else if (request.type === 'progress') send({ type: 'progress', ...progress() });
  else if (request.type === 'collect') {
    const sorted = latencies.slice(0, samples).sort();
    send({
      type: 'collected',
      ...progress(),
      latency: { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), max: percentile(sorted, 1) },
      disordered: disordered.size,
      complete: received.filter((n) => n === request.expected).length,
      errors: [...new Set(errors)].slice(0, 5),
    });
  }
});
process.once('disconnect', () => {
  for (const client of clients) void client.dispose();
  setTimeout(() => process.exit(0), 200).unref();
});
send({ type: 'ready' });
