/**
 * graphql-ws subscribers as a benchmark child process (bench/subscriptions.ts): N sockets, one
 * robotPartLogs subscription each. Every entry's message carries the time the robot sent it;
 * the receipt time minus that is the delivery latency.
 */
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';

export interface LiveClientsStart {
  type: 'start';
  url: string;
  count: number;
  partId: string;
  connectionParams: Record<string, string>;
}
export type LiveClientsRequest = LiveClientsStart | { type: 'collect' };
export type LiveClientsReply =
  | { type: 'ready' }
  | { type: 'started' }
  | {
      type: 'collected';
      /** ms from the robot's Log call to receipt, one per entry per subscriber. */
      latencies: number[];
      /** Entries each subscriber received. */
      received: number[];
      /** Subscribers that saw an entry twice or out of order. */
      disordered: number;
      errors: string[];
      /** Subscribers whose subscription ended with an overflow error. */
      overflowed: number;
      cpu: NodeJS.CpuUsage;
    };

/** Same clock as the sender's: epoch ms with sub-ms resolution. */
export const now = () => performance.timeOrigin + performance.now();

const send = (reply: LiveClientsReply) => process.send!(reply);
const clients: Client[] = [];
const latencies: number[] = [];
const errors: string[] = [];
const overflowed = new Set<number>();
let received: number[] = [];
let lastSeq: number[] = [];
let disordered = new Set<number>();

const QUERY = 'subscription($partId: ID!) { robotPartLogs(partId: $partId, errorsOnly: false) { time level message } }';

function start(request: LiveClientsStart): void {
  received = new Array(request.count).fill(0);
  lastSeq = new Array(request.count).fill(-1);
  for (let i = 0; i < request.count; i++) {
    const client = createClient({ url: request.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: request.connectionParams, retryAttempts: 0 });
    clients.push(client);
    client.subscribe(
      { query: QUERY, variables: { partId: request.partId } },
      {
        next: (result) => {
          const at = now();
          if (result.errors) {
            errors.push(JSON.stringify(result.errors));
            if (result.errors.some((e) => e.extensions?.code === 'SUBSCRIBER_BUFFER_OVERFLOW')) overflowed.add(i);
          }
          for (const entry of (result.data as { robotPartLogs?: { message: string }[] } | null)?.robotPartLogs ?? []) {
            const [, seq, sentAt] = entry.message.split('|');
            latencies.push(at - Number(sentAt));
            received[i]! += 1;
            if (Number(seq) !== lastSeq[i]! + 1) disordered.add(i);
            lastSeq[i] = Number(seq);
          }
        },
        error: (error) => errors.push(String(Array.isArray(error) ? JSON.stringify(error) : (error as Error)?.message ?? error)),
        complete: () => {},
      },
    );
  }
  send({ type: 'started' });
}

process.on('message', (request: LiveClientsRequest) => {
  if (request.type === 'start') start(request);
  else if (request.type === 'collect') {
    send({
      type: 'collected',
      latencies,
      received,
      disordered: disordered.size,
      errors: errors.slice(0, 20),
      overflowed: overflowed.size,
      cpu: process.cpuUsage(),
    });
  }
});
process.once('disconnect', () => {
  for (const client of clients) void client.dispose();
  setTimeout(() => process.exit(0), 200).unref();
});
send({ type: 'ready' });
