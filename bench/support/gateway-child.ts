/**
 * The gateway as a benchmark child process: its own event loop and heap (so its memory is its
 * own), started with `startGateway` on the upstream given as argv[2] and the JSON options of
 * argv[3] (e.g. {"batching":false}). Answers `stats` over IPC, after full collections when asked
 * (the process must run with --expose-gc for that).
 */
import { startGateway, type GatewayOptions } from '../../src/gateway/server.ts';
import { parseUpstreamUrl } from '../../src/upstream/target.ts';
import { GATEWAY_SERVICE_NAME, startTracing } from '../../src/gateway/tracing.ts';
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';

/** `otelEndpoint`: trace to this OTLP/HTTP URL, as `serve --otel-endpoint` does. */
export type BenchGatewayOptions = Partial<Omit<GatewayOptions, 'upstream' | 'port' | 'tracer'>> & { otelEndpoint?: string };
/**
 * `stats`: memory and CPU (after full collections when `gc`). `profile`: starts the V8 CPU
 * profiler, or stops it and writes the profile to `file`, so a profile covers one measurement
 * and not the start-up. `id` comes back in the reply, so overlapping requests cannot be mixed up.
 */
export type GatewayChildRequest = { type: 'stats'; gc: boolean; id?: number } | { type: 'profile'; start: boolean; file?: string; id?: number };
export type GatewayChildReply =
  | { type: 'ready'; url: string }
  | { type: 'profile'; id?: number }
  | {
      type: 'stats';
      id?: number;
      memory: NodeJS.MemoryUsage;
      cpu: NodeJS.CpuUsage;
      subscribers: number;
      openTails: number;
      sockets: number;
      /** fleetgraph_subscription_executions_total: subscription events executed (once per shared group). */
      subscriptionExecutions: number;
    };

const upstream = process.argv[2];
if (!upstream || !process.send) throw new Error('usage: forked by a benchmark with the upstream address and an IPC channel');
const { otelEndpoint, ...options } = JSON.parse(process.argv[3] ?? '{}') as BenchGatewayOptions;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) process.stderr.write('gateway-child: run with --expose-gc for heap figures after collection\n');

const tracing = otelEndpoint ? await startTracing({ endpoint: otelEndpoint, serviceName: GATEWAY_SERVICE_NAME }) : null;
const gateway = await startGateway({ ...options, upstream: parseUpstreamUrl(upstream), port: 0, tracer: tracing?.tracer });
const send = (reply: GatewayChildReply) => process.send!(reply);

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

const inspector = new Session();
inspector.connect();

async function profile(start: boolean, file?: string): Promise<void> {
  if (start) {
    await inspector.post('Profiler.enable');
    await inspector.post('Profiler.setSamplingInterval', { interval: 500 });
    await inspector.post('Profiler.start');
    return;
  }
  const { profile: taken } = await inspector.post('Profiler.stop');
  if (file) fs.writeFileSync(file, JSON.stringify(taken));
}

process.on('message', async (request: GatewayChildRequest) => {
  if (request.type === 'profile') {
    await profile(request.start, request.file);
    send({ type: 'profile', id: request.id });
    return;
  }
  if (request.gc) await collect();
  send({
    type: 'stats',
    id: request.id,
    memory: process.memoryUsage(),
    cpu: process.cpuUsage(),
    subscribers: gateway.logStreams.subscriberCount,
    openTails: gateway.logStreams.openTails,
    sockets: gateway.webSockets.sockets,
    subscriptionExecutions: gateway.metrics ? ((await gateway.metrics.subscriptionExecutions.get()).values[0]?.value ?? 0) : 0,
  });
});

// On disconnect the process exits normally, so --cpu-prof writes its profile.
const stop = () => gateway.close().then(() => process.exit(0), () => process.exit(1));
process.once('SIGTERM', stop);
process.once('disconnect', stop);
send({ type: 'ready', url: gateway.url });
