/**
 * Prometheus metrics (prom-client) for operators: GraphQL operations by name and outcome with
 * latency, upstream calls by RPC and status with latency, live subscriptions and upstream log
 * streams, and rate-limit rejections. One registry per gateway, so several can share a process
 * (Node's process metrics are shared).
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { status } from '@grpc/grpc-js';
import { getOperationAST, type DocumentNode, type GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { UpstreamClient } from '../upstream/client.ts';
import type { LogStreamRegistry } from '../upstream/log-streams.ts';
import type { RedisLink } from './redis-link.ts';
import type { SubscriptionMultiplexer } from './multiplexed-subscriptions.ts';

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Operation names are chosen by clients: past this many distinct ones, new names count as "other". */
const MAX_OPERATION_NAMES = 200;

/**
 * Node's process metrics, collected once per process (each collection starts event loop and GC
 * monitors that are never stopped) and served with every gateway's own.
 */
let processRegistry: Registry | null = null;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry, prefix: 'fleetgraph_' });
  }
  return processRegistry;
}

/** Refusals before execution: counted as outcome "rejected", not "error". */
const REJECTION_CODES = new Set(['RATE_LIMITED', 'COST_LIMIT_EXCEEDED']);

export type Outcome = 'ok' | 'error' | 'rejected' | 'invalid';

function outcomeOf(result: { data?: unknown; errors?: readonly GraphQLError[] }): Outcome {
  const errors = result.errors ?? [];
  if (!errors.length) return 'ok';
  if (result.data == null && errors.every((e) => REJECTION_CODES.has(String(e.extensions?.code)))) return 'rejected';
  return 'error';
}

export class GatewayMetrics {
  readonly registry = new Registry();
  readonly operations = new Counter({
    name: 'fleetgraph_graphql_operations_total',
    help: 'GraphQL operations, by operation name, type and outcome (ok, error: with errors, rejected: rate or cost limit, invalid: failed validation, a depth, alias or directive limit included).',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly operationSeconds = new Histogram({
    name: 'fleetgraph_graphql_operation_duration_seconds',
    help: 'Time to execute a GraphQL operation (subscriptions: until the subscription is established).',
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
    help: 'Latency of upstream gRPC calls, by RPC and gRPC status (streams: until they end).',
    labelNames: ['rpc', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly subscriptions = new Gauge({
    name: 'fleetgraph_active_subscriptions',
    help: 'GraphQL subscriptions currently open (websocket and SSE).',
    registers: [this.registry],
  });
  readonly rateLimited = new Counter({
    name: 'fleetgraph_rate_limit_rejections_total',
    help: 'Operations refused because their caller went over the rate limit.',
    registers: [this.registry],
  });
  readonly subscriptionExecutions = new Counter({
    name: 'fleetgraph_subscription_executions_total',
    help: 'Executions of subscription events: one per event and group of subscribers sharing a document, variables, operation name and credentials.',
    registers: [this.registry],
  });
  private readonly operationNames = new Set<string>();

  /** Counts every call the upstream client makes. */
  observeUpstream(client: UpstreamClient): () => void {
    return client.observe(({ rpc, code, durationMs }) => {
      const labels = { rpc, status: status[code] ?? String(code) };
      this.upstreamCalls.inc(labels);
      this.upstreamSeconds.observe(labels, durationMs / 1000);
    });
  }

  /** Reports the shared upstream log tails open at scrape time. */
  observeLogStreams(streams: LogStreamRegistry): void {
    new Gauge({
      name: 'fleetgraph_upstream_log_streams',
      help: 'TailRobotPartLogs streams currently open upstream (each shared by its subscribers).',
      registers: [this.registry],
      collect() {
        this.set(streams.openTails);
      },
    });
  }

  /** Reports whether limits are shared through Redis (1) or per replica because Redis is unreachable (0). */
  observeRedis(link: RedisLink): void {
    new Gauge({
      name: 'fleetgraph_shared_limits',
      help: 'With --redis-url: 1 while rate budgets and subscription caps are shared through Redis, 0 while Redis is unreachable or slow and each replica limits on its own.',
      registers: [this.registry],
      collect() {
        this.set(link.mode === 'shared' ? 1 : 0);
      },
    });
  }

  /** Reports the groups of subscribers that share executions (multiplexed-subscriptions.ts) at scrape time. */
  observeSubscriptionGroups(shared: SubscriptionMultiplexer): void {
    new Gauge({
      name: 'fleetgraph_subscription_groups',
      help: 'Groups of subscribers currently sharing one execution per event (same document, variables, operation name and credentials).',
      registers: [this.registry],
      collect() {
        this.set(shared.groupCount);
      },
    });
  }

  private operationLabel(name: string | undefined): string {
    if (!name) return 'anonymous';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(name);
    return name;
  }

  private record(document: DocumentNode, operationName: string | null | undefined, started: number, outcome: Outcome): void {
    const operation = getOperationAST(document, operationName ?? undefined);
    const labels = {
      operation: this.operationLabel(operation?.name?.value),
      type: operation?.operation ?? 'unknown',
      outcome,
    };
    this.operations.inc(labels);
    this.operationSeconds.observe(labels, (performance.now() - started) / 1000);
  }

  /** The Yoga plugin that counts operations; put it before the plugins that may refuse one. */
  plugin(): Plugin {
    return {
      onValidate: ({ params, context }) => {
        const started = performance.now();
        return ({ valid }) => {
          if (!valid) this.record(params.documentAST, (context as { params?: { operationName?: string } }).params?.operationName, started, 'invalid');
        };
      },
      onExecute: ({ args }) => {
        const started = performance.now();
        return {
          onExecuteDone: ({ result }) => {
            if (!(Symbol.asyncIterator in result)) this.record(args.document, args.operationName, started, outcomeOf(result));
          },
        };
      },
      onSubscribe: ({ args }) => {
        const started = performance.now();
        return {
          onSubscribeResult: ({ result }) => {
            if (!(Symbol.asyncIterator in result)) {
              this.record(args.document, args.operationName, started, outcomeOf(result));
              return;
            }
            this.record(args.document, args.operationName, started, 'ok');
            this.subscriptions.inc();
            return { onEnd: () => this.subscriptions.dec() };
          },
        };
      },
    };
  }

  text(): Promise<string> {
    return Registry.merge([processMetrics(), this.registry]).metrics();
  }
}
