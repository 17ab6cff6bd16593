/**
 * The flags of `fleetgraph serve`, each with its environment variable (a flag beats its variable,
 * which beats the default), checked in full before anything starts.
 */
import { parseArgs } from 'node:util';
import type { GatewayOptions } from '../gateway/server.ts';
import { DEFAULT_MAX_REQUEST_BODY_BYTES } from '../gateway/body-limits.ts';
import { defaultLogFormat, parseLogFormat, type LogFormat } from '../gateway/logger.ts';
import { DEFAULT_OPERATION_LIMITS, type OperationLimits } from '../gateway/limits.ts';
import { DEFAULT_RATE_LIMIT } from '../gateway/rate-limit.ts';
import { DEFAULT_LOG_STREAM_OPTIONS } from '../upstream/log-streams.ts';
import { DEFAULT_MACHINE_STATUS_OPTIONS } from '../upstream/machine-status.ts';
import { defaultSecurityOptions } from '../gateway/security.ts';
import { loadTrustedDocuments } from '../gateway/trusted-documents.ts';
import { DEFAULT_DATA_DIR } from '../fleet-server/server.ts';
import { fleetLimitFlags, parseFleetLimits, type FleetLimits } from './fleet-limit-options.ts';
import { fleetTlsFlags, parseFleetTls, parseUpstreamTrust, upstreamTlsFlags } from './tls-options.ts';
import type { FleetServerTls } from '../fleet-server/server.ts';
import type { TlsTrust } from '../upstream/tls.ts';
import { schema } from '../schema/index.ts';
import { DEFAULT_SIMULATED_ROBOTS, positiveNumber } from './simulate-command.ts';
import { loadListenerTls } from '../gateway/tls-listener.ts';
import { parseTrustProxy } from '../gateway/client-address.ts';
import { otlpTracesUrl } from '../gateway/tracing.ts';

export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;

function integer(name: string, value: string | undefined, min = 0): number {
  const n = Number(value);
  if (value === undefined || value.trim() === '' || !Number.isSafeInteger(n) || n < min) throw new Error(`${name} must be an integer >= ${min}, got ${value}`);
  return n;
}

function port(value: string | undefined): number {
  const n = integer('--port', value, 0);
  if (n > 65535) throw new Error(`--port must be a port number from 0 to 65535, got ${value}`);
  return n;
}

function bool(name: string, value: string): boolean {
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new Error(`${name} must be true or false, got ${value}`);
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Operation limit flags: flag name → [limit, environment variable]. */
const LIMIT_FLAGS: Record<string, [keyof OperationLimits, string]> = {
  'max-depth': ['maxDepth', 'FLEETGRAPH_MAX_DEPTH'],
  'max-aliases': ['maxAliases', 'FLEETGRAPH_MAX_ALIASES'],
  'max-tokens': ['maxTokens', 'FLEETGRAPH_MAX_TOKENS'],
  'max-directives': ['maxDirectives', 'FLEETGRAPH_MAX_DIRECTIVES'],
  'max-cost': ['maxCost', 'FLEETGRAPH_MAX_COST'],
  'assumed-list-size': ['assumedListSize', 'FLEETGRAPH_ASSUMED_LIST_SIZE'],
  'max-variables-bytes': ['maxVariablesBytes', 'FLEETGRAPH_MAX_VARIABLES_BYTES'],
  'max-variables-depth': ['maxVariablesDepth', 'FLEETGRAPH_MAX_VARIABLES_DEPTH'],
  'max-upstream-calls': ['maxUpstreamCalls', 'FLEETGRAPH_MAX_UPSTREAM_CALLS'],
  'max-response-bytes': ['maxResponseBytes', 'FLEETGRAPH_MAX_RESPONSE_BYTES'],
};

export interface ServeConfig {
  port: number;
  host: string;
  upstream: string | undefined;
  dataDir: string;
  /** Limits of the embedded fleet server (unused with --upstream). */
  fleetLimits: FleetLimits;
  /** Certificate of the embedded fleet server (--fleet-tls-*); plaintext on loopback without it. */
  fleetTls: FleetServerTls | null;
  /** Private CA / client certificate the gateway trusts or presents upstream (--upstream-*-file). */
  upstreamTrust: TlsTrust | null;
  simulatedRobots: number;
  logLevel: string;
  logFormat: LogFormat;
  shutdownTimeoutMs: number;
  /** OTLP/HTTP URL traces of the gateway and its embedded fleet server go to (--otel-endpoint); null: tracing off. */
  otelEndpoint: string | null;
  /** Everything startGateway needs but the upstream, the port, the demo key and the logger. */
  gateway: Omit<GatewayOptions, 'upstream' | 'port' | 'demoKey' | 'logger'>;
}

export function parseServeArgs(args: string[], env: NodeJS.ProcessEnv = process.env): ServeConfig {
  const { values } = parseArgs({
    // `--simulate` alone means the default number of robots (parseArgs wants a value).
    args: args.map((arg) => (arg === '--simulate' ? `--simulate=${DEFAULT_SIMULATED_ROBOTS}` : arg)),
    options: {
      port: { type: 'string', default: env.FLEETGRAPH_PORT ?? env.PORT ?? '4000' },
      host: { type: 'string', default: env.FLEETGRAPH_HOST ?? '127.0.0.1' },
      upstream: { type: 'string', default: env.FLEETGRAPH_UPSTREAM },
      'data-dir': { type: 'string', default: env.FLEETGRAPH_DATA_DIR ?? DEFAULT_DATA_DIR },
      'upstream-deadline-ms': { type: 'string', default: env.FLEETGRAPH_UPSTREAM_DEADLINE_MS ?? '10000' },
      simulate: { type: 'string' },
      production: { type: 'boolean' },
      graphiql: { type: 'boolean' },
      introspection: { type: 'boolean' },
      'cors-origin': { type: 'string', multiple: true },
      'allowed-host': { type: 'string', multiple: true },
      'trusted-documents': { type: 'string', default: env.FLEETGRAPH_TRUSTED_DOCUMENTS },
      'tls-cert': { type: 'string', default: env.FLEETGRAPH_TLS_CERT },
      'tls-key': { type: 'string', default: env.FLEETGRAPH_TLS_KEY },
      ...Object.fromEntries(Object.entries(LIMIT_FLAGS).map(([flag, [limit, variable]]) => [flag, { type: 'string', default: env[variable] ?? String(DEFAULT_OPERATION_LIMITS[limit]) }])),
      'max-body-bytes': { type: 'string', default: env.FLEETGRAPH_MAX_BODY_BYTES ?? String(DEFAULT_MAX_REQUEST_BODY_BYTES) },
      'max-json-body-bytes': { type: 'string', default: env.FLEETGRAPH_MAX_JSON_BODY_BYTES ?? String(defaultSecurityOptions(false).maxJsonBodyBytes) },
      'rate-limit': { type: 'string', default: env.FLEETGRAPH_RATE_LIMIT ?? String(DEFAULT_RATE_LIMIT.points) },
      'rate-limit-window-s': { type: 'string', default: env.FLEETGRAPH_RATE_LIMIT_WINDOW_S ?? String(DEFAULT_RATE_LIMIT.windowSeconds) },
      'rate-limit-unverified': { type: 'string', default: env.FLEETGRAPH_RATE_LIMIT_UNVERIFIED },
      'ws-max-payload-bytes': { type: 'string', default: env.FLEETGRAPH_WS_MAX_PAYLOAD_BYTES },
      'ws-init-timeout-ms': { type: 'string', default: env.FLEETGRAPH_WS_INIT_TIMEOUT_MS },
      'ws-max-subscriptions': { type: 'string', default: env.FLEETGRAPH_WS_MAX_SUBSCRIPTIONS },
      'ws-max-connections-per-address': { type: 'string', default: env.FLEETGRAPH_WS_MAX_CONNECTIONS_PER_ADDRESS },
      'max-subscriptions-per-caller': {
        type: 'string',
        default: env.FLEETGRAPH_MAX_SUBSCRIPTIONS_PER_CALLER ?? String(DEFAULT_LOG_STREAM_OPTIONS.maxSubscriptionsPerCaller),
      },
      'live-logs-recheck-ms': { type: 'string', default: env.FLEETGRAPH_LIVE_LOGS_RECHECK_MS ?? String(DEFAULT_LOG_STREAM_OPTIONS.recheckIntervalMs) },
      'fleet-logs-max-parts': { type: 'string', default: env.FLEETGRAPH_FLEET_LOGS_MAX_PARTS ?? String(DEFAULT_LOG_STREAM_OPTIONS.fleetLogsMaxParts) },
      'status-interval-ms': { type: 'string', default: env.FLEETGRAPH_STATUS_INTERVAL_MS ?? String(DEFAULT_MACHINE_STATUS_OPTIONS.intervalMs) },
      'uploads-per-caller': { type: 'string', default: env.FLEETGRAPH_UPLOADS_PER_CALLER },
      'uploads-in-flight': { type: 'string', default: env.FLEETGRAPH_UPLOADS_IN_FLIGHT },
      'metrics-token': { type: 'string', default: env.FLEETGRAPH_METRICS_TOKEN },
      'redis-url': { type: 'string', default: env.FLEETGRAPH_REDIS_URL },
      'trust-proxy': { type: 'string', default: env.FLEETGRAPH_TRUST_PROXY },
      'log-level': { type: 'string', default: env.FLEETGRAPH_LOG_LEVEL ?? 'info' },
      'log-format': { type: 'string' },
      'shutdown-timeout-ms': { type: 'string', default: env.FLEETGRAPH_SHUTDOWN_TIMEOUT_MS ?? String(DEFAULT_SHUTDOWN_TIMEOUT_MS) },
      'otel-endpoint': { type: 'string', default: env.FLEETGRAPH_OTEL_ENDPOINT },
      ...fleetLimitFlags(env),
      ...fleetTlsFlags('fleet-', env),
      ...upstreamTlsFlags(env),
    },
    strict: true,
  });
  const optional = (name: string, value: string | undefined, min: number) => (value === undefined ? undefined : integer(name, value, min));

  const production = values.production ?? (env.FLEETGRAPH_PRODUCTION !== undefined ? bool('FLEETGRAPH_PRODUCTION', env.FLEETGRAPH_PRODUCTION) : env.NODE_ENV === 'production');
  const graphiql = values.graphiql ?? (env.FLEETGRAPH_GRAPHIQL !== undefined ? bool('FLEETGRAPH_GRAPHIQL', env.FLEETGRAPH_GRAPHIQL) : !production);
  const introspection =
    values.introspection ?? (env.FLEETGRAPH_INTROSPECTION !== undefined ? bool('FLEETGRAPH_INTROSPECTION', env.FLEETGRAPH_INTROSPECTION) : !production);
  const corsOrigins = (values['cors-origin'] ?? (env.FLEETGRAPH_CORS_ORIGINS ? [env.FLEETGRAPH_CORS_ORIGINS] : []))
    .flatMap((list) => list.split(','))
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of corsOrigins) {
    if (origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin)) throw new Error(`--cors-origin must be an origin like https://app.example.com (no path) or *, got ${origin}`);
  }
  const allowedHosts = (values['allowed-host'] ?? (env.FLEETGRAPH_ALLOWED_HOSTS ? [env.FLEETGRAPH_ALLOWED_HOSTS] : []))
    .flatMap((list) => list.split(','))
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  for (const name of allowedHosts) {
    if (!/^\.?[a-z0-9-]+(\.[a-z0-9-]+)*$|^\[[0-9a-f:.]+\]$/.test(name)) throw new Error(`--allowed-host must be a host name like fleet.example.com or .example.com (no port, no scheme), got ${name}`);
  }
  const logLevel = values['log-level']!;
  if (!LOG_LEVELS.includes(logLevel)) throw new Error(`--log-level must be one of ${LOG_LEVELS.join(', ')}, got ${logLevel}`);
  const limits = Object.fromEntries(
    Object.entries(LIMIT_FLAGS).map(([flag, [limit]]) => [limit, integer(`--${flag}`, (values as Record<string, unknown>)[flag] as string, 1)]),
  ) as unknown as OperationLimits;
  const simulatedRobots = values.simulate === undefined ? 0 : positiveNumber('--simulate', values.simulate, true);
  if (simulatedRobots > 0 && values.upstream) {
    throw new Error('--simulate runs robots of the embedded demo fleet; for another fleet use `fleetgraph simulate --upstream URL`');
  }
  const trustedFile = values['trusted-documents'];
  const redisUrl = values['redis-url'] || undefined;
  if (redisUrl !== undefined && !/^rediss?:\/\/[^/\s]/.test(redisUrl)) throw new Error(`--redis-url must be a URL like redis://host:6379 or rediss://host:6380 (TLS), got ${redisUrl.replace(/:[^:@/]*@/, ':***@')}`);

  return {
    port: port(values.port),
    host: values.host!,
    upstream: values.upstream,
    dataDir: values['data-dir']!,
    fleetLimits: parseFleetLimits(values),
    fleetTls: parseFleetTls(values, 'fleet-'),
    upstreamTrust: parseUpstreamTrust(values),
    simulatedRobots,
    logLevel,
    logFormat: values['log-format'] === undefined ? defaultLogFormat(env) : parseLogFormat('--log-format', values['log-format']),
    shutdownTimeoutMs: integer('--shutdown-timeout-ms', values['shutdown-timeout-ms'], 0),
    otelEndpoint: values['otel-endpoint'] ? otlpTracesUrl(values['otel-endpoint']) : null,
    gateway: {
      host: values.host,
      allowedHosts,
      upstreamDeadlineMs: integer('--upstream-deadline-ms', values['upstream-deadline-ms'], 1),
      maxRequestBodyBytes: integer('--max-body-bytes', values['max-body-bytes'], 1),
      limits,
      security: { production, graphiql, introspection, corsOrigins, maxJsonBodyBytes: integer('--max-json-body-bytes', values['max-json-body-bytes'], 1) },
      trustedDocuments: trustedFile ? loadTrustedDocuments(trustedFile, schema) : null,
      tls: loadListenerTls(values['tls-cert'] || undefined, values['tls-key'] || undefined),
      rateLimit: {
        points: integer('--rate-limit', values['rate-limit'], 0),
        windowSeconds: integer('--rate-limit-window-s', values['rate-limit-window-s'], 1),
        unverifiedPoints: optional('--rate-limit-unverified', values['rate-limit-unverified'], 1),
      },
      metricsToken: values['metrics-token'] || null,
      redis: redisUrl ? { url: redisUrl } : null,
      trustProxy: values['trust-proxy'] ? parseTrustProxy(values['trust-proxy']) : null,
      uploadsPerCaller: optional('--uploads-per-caller', values['uploads-per-caller'], 1),
      uploadsInFlight: optional('--uploads-in-flight', values['uploads-in-flight'], 1),
      wsMaxPayloadBytes: optional('--ws-max-payload-bytes', values['ws-max-payload-bytes'], 1),
      wsConnectionInitTimeoutMs: optional('--ws-init-timeout-ms', values['ws-init-timeout-ms'], 1),
      wsMaxSubscriptionsPerConnection: optional('--ws-max-subscriptions', values['ws-max-subscriptions'], 1),
      wsMaxConnectionsPerAddress: optional('--ws-max-connections-per-address', values['ws-max-connections-per-address'], 1),
      liveLogs: {
        maxSubscriptionsPerCaller: integer('--max-subscriptions-per-caller', values['max-subscriptions-per-caller'], 1),
        recheckIntervalMs: integer('--live-logs-recheck-ms', values['live-logs-recheck-ms'], 100),
        fleetLogsMaxParts: integer('--fleet-logs-max-parts', values['fleet-logs-max-parts'], 1),
      },
      machineStatus: {
        intervalMs: integer('--status-interval-ms', values['status-interval-ms'], 100),
        recheckIntervalMs: integer('--live-logs-recheck-ms', values['live-logs-recheck-ms'], 100),
      },
    },
  };
}
