/**
 * The gateway as a benchmark child process (bench/subscriptions.ts): its own event loop and heap,
 * so its memory per subscriber is measured alone. Answers `stats` over IPC after a full GC.
 */
import { startGateway } from '../../src/gateway/server.ts';
import { parseUpstreamUrl } from '../../src/upstream/target.ts';

export type LiveGatewayRequest = { type: 'stats'; gc: boolean };
export type LiveGatewayReply =
  | { type: 'ready'; url: string }
  | {
      type: 'stats';
      memory: NodeJS.MemoryUsage;
      cpu: NodeJS.CpuUsage;
      subscribers: number;
      openTails: number;
      sockets: number;
    };

const upstream = process.argv[2];
if (!upstream || !process.send) throw new Error('usage: forked by bench/subscriptions.ts with the upstream address and an IPC channel');
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) process.stderr.write('live-gateway-child: run with --expose-gc for heap figures after collection\n');

const gateway = await startGateway({ upstream: parseUpstreamUrl(upstream), port: 0 });
const send = (reply: LiveGatewayReply) => process.send!(reply);

/**
 * Full collections, with pauses between, until the heap stops shrinking: one gc() right after a
 * burst leaves much garbage counted as used, so what is reported is what is still reachable.
 */
async function collect(): Promise<void> {
  if (!gc) return;
  let before = Infinity;
  for (let round = 0; round < 10; round++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const used = process.memoryUsage().heapUsed;
    if (used > before * 0.99) return;
    before = used;
  }
}

process.on('message', async (request: LiveGatewayRequest) => {
  if (request.type !== 'stats') return;
  if (request.gc) await collect();
  send({
    type: 'stats',
    memory: process.memoryUsage(),
    cpu: process.cpuUsage(),
    subscribers: gateway.logStreams.subscriberCount,
    openTails: gateway.logStreams.openTails,
    sockets: gateway.webSockets.sockets,
  });
});

const stop = () => gateway.close().then(() => process.exit(0), () => process.exit(1));
process.once('SIGTERM', stop);
process.once('disconnect', stop);
send({ type: 'ready', url: gateway.url });
