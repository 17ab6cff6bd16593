/**
 * Prometheus metrics (prom-client) for operators: GraphQL operations by name and outcome with
 * latency, upstream calls by RPC and status with latency, live subscriptions and upstream log
 * streams, and rate-limit rejections. One registry per gateway, so several can share a process.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { status } from '@grpc/grpc-js';
import { getOperationAST, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { UpstreamClient } from '../upstream/client.ts';

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export class GatewayMetrics {
  readonly registry = new Registry();
  readonly operations = new Counter({
    name: 'fleetgraph_graphql_operations_total',
    help: 'GraphQL operations executed, by operation name, type and outcome (ok or error).',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly operationSeconds = new Histogram({
    name: 'fleetgraph_graphql_operation_duration_seconds',
    help: 'Time to execute a GraphQL operation (subscriptions: until their first result).',
    labelNames: ['operation', 'type', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly upstreamCalls = new Counter({
    name: 'fleetgraph_upstream_calls_total',
    help: 'Calls to the upstream gRPC API, by RPC and gRPC status.',
    labelNames: ['rpc', 'status'] as const,
    registers: [this.registry],
  });
  readonly upstreamSeconds = new Histogram({
    name: 'fleetgraph_upstream_call_duration_seconds',
    help: 'Latency of upstream gRPC calls, by RPC and gRPC status.',
    labelNames: ['rpc', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly subscriptions = new Gauge({
    name: 'fleetgraph_active_subscriptions',
    help: 'GraphQL subscriptions currently open (websocket and SSE).',
    registers: [this.registry],
  });
  readonly upstreamStreams = new Gauge({
    name: 'fleetgraph_upstream_log_streams',
    help: 'TailRobotPartLogs streams currently open upstream (shared by subscribers).',
    registers: [this.registry],
  });
  readonly rateLimited = new Counter({
    name: 'fleetgraph_rate_limit_rejections_total',
    help: 'Requests refused because their caller went over the rate limit.',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'fleetgraph_' });
  }

  /** Counts every call the upstream client makes. */
  observeUpstream(client: UpstreamClient): () => void {
    return client.observe(({ rpc, code, durationMs }) => {
      const labels = { rpc, status: status[code] ?? String(code) };
      this.upstreamCalls.inc(labels);
      this.upstreamSeconds.observe(labels, durationMs / 1000);
    });
  }

  /** The Yoga plugin that counts operations. */
  plugin(): Plugin {
    const record = (document: DocumentNode, operationName: string | null | undefined, started: number, ok: boolean) => {
      const operation = getOperationAST(document, operationName ?? undefined);
      const labels = { operation: operation?.name?.value ?? 'anonymous', type: operation?.operation ?? 'unknown', outcome: ok ? 'ok' : 'error' };
      this.operations.inc(labels);
      this.operationSeconds.observe(labels, (performance.now() - started) / 1000);
    };
    return {
      onExecute({ args }) {
        const started = performance.now();
        return { onExecuteDone: ({ result }) => record(args.document, args.operationName, started, !('errors' in result && result.errors?.length)) };
      },
      onSubscribe({ args }) {
        const started = performance.now();
        return { onSubscribeResult: ({ result }) => record(args.document, args.operationName, started, !('errors' in result && (result as { errors?: unknown[] }).errors?.length)) };
      },
    };
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}
