/**
 * Everything the gateway needs to face the open internet and its operators, put together from the
 * pieces next to this file: operation limits, production mode, CSRF and CORS, trusted documents,
 * per-caller rate limits, metrics and structured logs. server.ts only plugs the result in.
 *
 * Plugin order matters: metrics and the operation log come first so they see every operation,
 * including those the later plugins refuse.
 */
import type http from 'node:http';
import { GraphQLError } from 'graphql';
import type { Plugin, YogaServerOptions } from 'graphql-yoga';
import type { UpstreamClient } from '../upstream/client.ts';
import type { LogStreamRegistry } from '../upstream/log-streams.ts';
import { DEFAULT_OPERATION_LIMITS, operationLimitPlugins, type OperationLimits } from './limits.ts';
import { GatewayMetrics } from './metrics.ts';
import { CallerRateLimiter, type RateLimitOptions } from './rate-limit.ts';
import { corsOption, defaultSecurityOptions, securityPlugins, type SecurityOptions } from './security.ts';
import { trustedDocumentPlugins, type TrustedDocuments } from './trusted-documents.ts';
import { silentLogger, yogaLogger, type Logger } from './logger.ts';
import { operationLogPlugin } from './request-log.ts';
import { inputErrorCodes } from './input-errors.ts';
import { DEFAULT_MAX_REQUEST_BODY_BYTES, limitRequestBodies } from './body-limits.ts';
import { RedisLink, type RedisOptions } from './redis-link.ts';
import { clientAddressOf, type TrustProxy } from './client-address.ts';

export interface HardeningOptions {
  /** Operation limits (defaults: DEFAULT_OPERATION_LIMITS); false turns them all off (benchmarks). */
  limits?: Partial<OperationLimits> | false;
  /** Production mode, GraphiQL, introspection, CORS, JSON body limit (defaults: defaultSecurityOptions()). */
  security?: Partial<SecurityOptions>;
  /** When given, only these operations run (trusted-documents.ts). */
  trustedDocuments?: TrustedDocuments | null;
  /** Per-caller rate limit; none unless given (`fleetgraph serve` gives DEFAULT_RATE_LIMIT). */
  rateLimit?: RateLimitOptions | null;
  /** Prometheus metrics at /metrics (default true). */
  metrics?: boolean;
  /** When set, /metrics wants `Authorization: Bearer <metricsToken>`. */
  metricsToken?: string | null;
  /** Largest HTTP request body, module uploads included (default DEFAULT_MAX_REQUEST_BODY_BYTES). */
  maxRequestBodyBytes?: number;
  /** Structured logs; silent unless given. */
  logger?: Logger;
  /** How long /readyz waits for the upstream channel to connect (default 2 s). */
  readyTimeoutMs?: number;
  /** Share rate budgets and subscription caps with other replicas through this Redis (redis-link.ts); in memory without. */
  redis?: RedisOptions | null;
  /** Which peers' X-Forwarded-For gives the client address (client-address.ts); none trusted without. */
  trustProxy?: TrustProxy | null;
}

export interface Hardening {
  security: SecurityOptions;
  limits: OperationLimits | null;
  logger: Logger;
  metrics: GatewayMetrics | null;
  rateLimiter: CallerRateLimiter | null;
  /** The shared Redis, when limits are shared (startGateway closes it). */
  redis: RedisLink | null;
  /** A request's client address (client-address.ts), for every per-address budget and log. */
  clientAddress: (req: http.IncomingMessage) => string;
  plugins: Plugin[];
  /** Yoga options that follow from the above (GraphiQL's own options stay with server.ts). */
  yogaOptions: Pick<YogaServerOptions<object, object>, 'cors' | 'maskedErrors' | 'logging' | 'batching'>;
  /** Set when shutdown begins: new subscriptions are refused. */
  draining: boolean;
  /** Counts the upstream client's calls and open log tails in the metrics. */
  observe(upstream: UpstreamClient, logStreams: LogStreamRegistry): () => void;
}

/** While shutting down, a new subscription would only be cut again: refuse it, so the client retries elsewhere. */
function refuseSubscriptionsWhile(draining: () => boolean): Plugin {
  return {
    onSubscribe({ args, setResultAndStopExecution }) {
      if (!draining()) return;
      const overHttp = (args.contextValue as { request?: Request }).request !== undefined;
      setResultAndStopExecution({
        errors: [
          new GraphQLError('the gateway is shutting down: subscribe again in a moment', {
            extensions: { code: 'SHUTTING_DOWN', ...(overHttp ? { http: { status: 503, headers: { 'retry-after': '1' } } } : {}) },
          }),
        ],
      });
    },
  };
}

export function createHardening(options: HardeningOptions): Hardening {
  const security: SecurityOptions = { ...defaultSecurityOptions(options.security?.production), ...definedOnly(options.security ?? {}) };
  const limits = options.limits === false ? null : { ...DEFAULT_OPERATION_LIMITS, ...definedOnly(options.limits ?? {}) };
  const logger = options.logger ?? silentLogger();
  const metrics = options.metrics === false ? null : new GatewayMetrics();
  const redis = options.redis ? new RedisLink(options.redis, logger) : null;
  if (redis) metrics?.observeRedis(redis);
  const clientAddress = clientAddressOf(options.trustProxy);
  const rateLimiter = options.rateLimit?.points ? new CallerRateLimiter(options.rateLimit, () => metrics?.rateLimited.inc(), redis, clientAddress) : null;
  const hardening: Hardening = {
    security,
    limits,
    logger,
    metrics,
    rateLimiter,
    redis,
    clientAddress,
    draining: false,
    plugins: [],
    yogaOptions: {
      cors: corsOption(security.corsOrigins),
      maskedErrors: { isDev: !security.production && process.env.NODE_ENV === 'development' },
      logging: yogaLogger(logger),
      // Yoga's default, stated: one operation per request, so every limit here is per request.
      batching: false,
    },
    observe(upstream, logStreams) {
      if (!metrics) return () => {};
      metrics.observeLogStreams(logStreams);
      return metrics.observeUpstream(upstream);
    },
  };
  hardening.plugins = [
    ...(metrics ? [metrics.plugin()] : []),
    operationLogPlugin(logger),
    refuseSubscriptionsWhile(() => hardening.draining),
    // Before the body limits: every HTTP request pays before anything else refuses or reads it.
    ...(rateLimiter ? [rateLimiter.plugin()] : []),
    limitRequestBodies(bodyLimits(security, options.maxRequestBodyBytes ?? DEFAULT_MAX_REQUEST_BODY_BYTES)),
    ...securityPlugins(security),
    ...(options.trustedDocuments ? trustedDocumentPlugins(options.trustedDocuments) : []),
    ...(limits ? operationLimitPlugins(limits) : []),
    inputErrorCodes(),
  ];
  return hardening;
}

/** `maxRequestBodyBytes` bounds every body; JSON and other non-multipart bodies have the smaller JSON limit too. */
function bodyLimits(security: SecurityOptions, maxRequestBodyBytes: number) {
  return { jsonBytes: Math.min(security.maxJsonBodyBytes, maxRequestBodyBytes), multipartBytes: maxRequestBodyBytes };
}

/** The options that were given, so an explicit `undefined` does not replace a default. */
function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}
