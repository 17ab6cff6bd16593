/**
 * The GraphQL gateway: Yoga on a node:http server (node:https with `tls`, tls-listener.ts), one upstream client shared by all requests,
 * and a fresh context (credentials, upstream session, DataLoaders) per operation. Limits, security,
 * metrics and logs come from hardening.ts; /healthz, /readyz and /metrics from operator-endpoints.ts.
 */
import http from 'node:http';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createYoga, type YogaInitialContext } from 'graphql-yoga';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { schema } from '../schema/index.ts';
import { UpstreamClient } from '../upstream/client.ts';
import { TokenCache, readCredentials } from '../upstream/credentials.ts';
import { UpstreamSession } from '../upstream/session.ts';
import type { UpstreamTarget } from '../upstream/target.ts';
import type { RetryOptions } from '../upstream/retry.ts';
import { createGraphQLContext } from '../context.ts';
import { eventStreamCursor, useSseEventIds } from './sse-event-ids.ts';
import { useEndUnacceptedStreams } from './unaccepted-streams.ts';
import { configureBatching } from '../resolvers/operation-cache.ts';
import { schemaPlugins } from './served-schema.ts';
import { graphiqlOptions } from './graphiql.ts';
import { logViewerHandler } from './log-viewer/index.ts';
import { attachGraphQLWebSocket, type GraphQLWebSocketServer } from './websocket.ts';
import { connectionParam, type WebSocketOperationContext } from './graphql-ws-options.ts';
import { SubscriptionMultiplexer } from './multiplexed-subscriptions.ts';
import { LogStreamRegistry, type LogStreamOptions } from '../upstream/log-streams.ts';
import { MachineStatusRegistry, type MachineStatusOptions } from '../upstream/machine-status.ts';
import { credentialVerifier } from './credential-check.ts';
import { createHardening, type Hardening, type HardeningOptions } from './hardening.ts';
import { demoKeyForHost, demoKeyPrefill } from './security.ts';
import { hostRefusal, refuseHost } from './host-check.ts';
import { DEFAULT_UPLOAD_LIMITS, streamingUploads } from './uploads.ts';
import { DEFAULT_MAX_REQUEST_BODY_BYTES } from './body-limits.ts';
import type { GatewayMetrics } from './metrics.ts';
import { operatorEndpoints } from './operator-endpoints.ts';
import { logRequest, requestIdOf } from './request-log.ts';
import { trackRequests } from './drain.ts';
import { createListener, HSTS_HEADER_VALUE, type ListenerTls } from './tls-listener.ts';
import { RedisSubscriptionCounts } from './shared-subscriptions.ts';
import type { Tracer } from '@opentelemetry/api';
import { tracingPlugin } from './tracing.ts';

export interface GatewayOptions extends HardeningOptions {
  upstream: UpstreamTarget;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Serve HTTPS and WSS with this certificate and key (loadListenerTls); plain HTTP without. */
  tls?: ListenerTls | null;
  /** Deadline of each upstream call. */
  upstreamDeadlineMs?: number;
  /** Upstream calls one operation may have in flight at once. */
  maxUpstreamCallsPerRequest?: number;
  /** Prefills GraphiQL's headers and /logs (embedded mode), only on loopback and not in production (demoKeyPrefill), for a loopback Host only. */
  demoKey?: { apiKeyId: string; apiKey: string } | null;
  /** Host names (".example.com": and its subdomains) a gateway listening on loopback answers besides loopback ones (host-check.ts). */
  allowedHosts?: string[];
  /** Live log subscriptions: subscriber buffer, reconnect backoff (defaults in log-streams.ts). */
  liveLogs?: Partial<LogStreamOptions>;
  /** Subscription.machineStatus: poll interval, subscriber buffer (defaults in machine-status.ts). */
  machineStatus?: Partial<MachineStatusOptions>;
  /** Largest graphql-ws message a client may send (default 1 MiB); a bigger one closes the socket with 1009. */
  wsMaxPayloadBytes?: number;
  /** A graphql-ws socket that has not sent connection_init by then is closed with 4408 (default 3 s). */
  wsConnectionInitTimeoutMs?: number;
  /** Subscriptions one graphql-ws socket may have open at once (default 100); more get TOO_MANY_SUBSCRIPTIONS. */
  wsMaxSubscriptionsPerConnection?: number;
  /** graphql-ws sockets one client address may have open (default 100); more upgrades get HTTP 429. */
  wsMaxConnectionsPerAddress?: number;
  /** Upstream calls the whole gateway has in flight at once (default 256); more wait in line. */
  maxUpstreamCallsInFlight?: number;
  /** Of those, how many one caller may hold (default 64); waiting callers take turns. */
  maxUpstreamCallsInFlightPerCaller?: number;
  /** Retries of idempotent reads on UNAVAILABLE (default 3 attempts, 50 ms..1 s jittered backoff). */
  upstreamRetry?: RetryOptions;
  /** Module uploads one caller may have in flight (default 2); more get 429 TOO_MANY_UPLOADS. */
  uploadsPerCaller?: number;
  /** Module uploads the gateway has in flight (default 16); more get 503 UPLOADS_BUSY. */
  uploadsInFlight?: number;
  /**
   * false turns DataLoader batching and caching off (a baseline for benchmarks; default true).
   * Per process: it sets the stock loader options every operation's loaders are made with.
   */
  batching?: boolean;
  /** Traces requests, operations and upstream calls (tracing.ts); null or absent: tracing off. */
  tracer?: Tracer | null;
}

export interface Gateway {
  /** http://host:port/graphql (https:// when serving TLS) */
  url: string;
  port: number;
  upstream: UpstreamClient;
  tokens: TokenCache;
  /** graphql-ws on the same port and path. */
  webSockets: GraphQLWebSocketServer;
  /** Shared upstream log tails of live subscriptions. */
  logStreams: LogStreamRegistry;
  /** Shared machine status polls of live subscriptions. */
  machineStatus: MachineStatusRegistry;
  /** Prometheus metrics (null when turned off). */
  metrics: GatewayMetrics | null;
  /**
   * Graceful stop: /readyz answers 503, no new connections, websockets closed with 1001 (graphql-ws
   * clients reconnect on it), SSE subscriptions completed, requests in flight finished within
   * `deadlineMs` (then cut), upstream streams cancelled. Resolves true when nothing was cut.
   */
  shutdown(deadlineMs: number): Promise<boolean>;
  /** Immediate stop: shutdown with no time for requests in flight (tests). */
  close(): Promise<void>;
}

export const GRAPHQL_PATH = '/graphql';
export const DEFAULT_HOST = '127.0.0.1';

/** What the pages may prefill, decided from where the gateway listens and its mode. */
function prefillOf(options: GatewayOptions, hardening: Hardening) {
  return demoKeyPrefill(options.demoKey ?? null, options.host ?? DEFAULT_HOST, hardening.security.production);
}

export function createGatewayYoga(
  upstream: UpstreamClient,
  tokens: TokenCache,
  options: GatewayOptions,
  hardening: Hardening = createHardening(options),
  logStreams = new LogStreamRegistry(options.liveLogs),
  machineStatus = new MachineStatusRegistry(logStreams.callers, options.machineStatus),
) {
  // An API key the upstream accepted no longer draws from its client address's budget.
  if (hardening.rateLimiter) hardening.rateLimiter.isVerified = (credentials) => tokens.isVerified(credentials);
  // Per process (operation-cache.ts): only a gateway that says so changes it.
  if (options.batching !== undefined) configureBatching(options.batching);
  const multiplexer = new SubscriptionMultiplexer(() => hardening.metrics?.subscriptionExecutions.inc());
  hardening.metrics?.observeSubscriptionGroups(multiplexer);
  return createYoga({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    landingPage: false,
    graphiql: hardening.security.graphiql ? (request) => graphiqlOptions(demoKeyForHost(prefillOf(options, hardening), request.headers.get('host'))) : false,
    renderGraphiQL,
    // body-limits.ts (in the hardening plugins) limits bodies without streaming each one through a counter.
    maxRequestBodySize: false,
    ...hardening.yogaOptions,
    plugins: [
      // First, so the request's span covers every other plugin's work.
      ...(options.tracer ? [tracingPlugin(options.tracer, GRAPHQL_PATH)] : []),
      ...hardening.plugins,
      // @defer and @stream over multipart/mixed and SSE; the limits above price and bound deferred parts like any other.
      ...schemaPlugins(),
      streamingUploads({
        perCaller: options.uploadsPerCaller ?? DEFAULT_UPLOAD_LIMITS.perCaller,
        total: options.uploadsInFlight ?? DEFAULT_UPLOAD_LIMITS.total,
        maxFileBytes: options.maxRequestBodyBytes ?? DEFAULT_MAX_REQUEST_BODY_BYTES,
        maxFieldBytes: hardening.security.maxJsonBodyBytes,
        verify: credentialVerifier(upstream, tokens),
      }),
      useSseEventIds(),
      multiplexer.plugin(),
      // Last: sees whether any result processor took the result.
      useEndUnacceptedStreams(),
    ],
    // Over HTTP (and SSE) credentials are headers; over graphql-ws (no request) the same names in connectionParams.
    context: ({ request, req, connectionParams, signal }: YogaInitialContext & { req?: http.IncomingMessage } & Partial<WebSocketOperationContext>) => {
      const get = (name: string) => (request ? request.headers.get(name) ?? undefined : connectionParam(connectionParams, name));
      const credentials = readCredentials(get);
      const callBudget = hardening.limits ? hardening.limits.maxUpstreamCalls : Number.POSITIVE_INFINITY;
      const session = new UpstreamSession(upstream, tokens, credentials, request?.signal ?? signal, options.maxUpstreamCallsPerRequest, callBudget);
      const requestId = requestIdOf(req) ?? get('x-request-id');
      return createGraphQLContext(session, typeof requestId === 'string' ? requestId : crypto.randomUUID(), logStreams, machineStatus, request ? eventStreamCursor(request) : null);
    },
  });
}

/** In production, metrics without a token are for the machine itself (a sidecar, a node exporter), never for the world. */
function metricsLoopbackOnly(options: GatewayOptions, hardening: Hardening): boolean {
  return hardening.metrics !== null && hardening.security.production && !options.metricsToken;
}

export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const upstream = new UpstreamClient(options.upstream, {
    deadlineMs: options.upstreamDeadlineMs ?? 10_000,
    maxInFlight: options.maxUpstreamCallsInFlight,
    maxInFlightPerCaller: options.maxUpstreamCallsInFlightPerCaller,
    retry: options.upstreamRetry,
    tracer: options.tracer,
  });
  const tokens = new TokenCache(upstream);
  const hardening = createHardening(options);
  // With --redis-url the per-caller subscription cap counts every replica's subscriptions.
  const subscriptionCounts = hardening.redis ? new RedisSubscriptionCounts(hardening.redis, crypto.randomUUID()) : null;
  const logStreams = new LogStreamRegistry(options.liveLogs, subscriptionCounts);
  const machineStatus = new MachineStatusRegistry(logStreams.callers, options.machineStatus);
  const unobserve = hardening.observe(upstream, logStreams);
  const yoga = createGatewayYoga(upstream, tokens, options, hardening, logStreams, machineStatus);
  const prefill = prefillOf(options, hardening);
  const logViewer = logViewerHandler({ graphqlPath: GRAPHQL_PATH, demoKeyFor: (req) => demoKeyForHost(prefill, req.headers.host) });
  const host = options.host ?? DEFAULT_HOST;
  const refusal = hostRefusal(host, options.allowedHosts ?? []);
  const operator = operatorEndpoints({
    channel: upstream.channel,
    upstreamFailure: () => upstream.connectionFailure(),
    readyTimeoutMs: options.readyTimeoutMs ?? 2_000,
    metrics: hardening.metrics,
    metricsToken: options.metricsToken ?? null,
    metricsLoopbackOnly: metricsLoopbackOnly(options, hardening),
    draining: () => hardening.draining,
    clientAddress: hardening.clientAddress,
    limitsReadiness: hardening.redis ? () => hardening.redis!.readiness() : undefined,
  });
  // HSTS only over TLS (browsers ignore it on plain HTTP) and only in production, where the host is meant to stay on HTTPS.
  const hsts = Boolean(options.tls) && hardening.security.production;
  const server = createListener(options.tls ?? null, (req, res) => {
    if (hsts) res.setHeader('strict-transport-security', HSTS_HEADER_VALUE);
    logRequest(hardening.logger, req, res, hardening.clientAddress);
    const refused = refusal(req);
    if (refused) return refuseHost(res, refused);
    return operator(req, res) || logViewer(req, res) || yoga(req, res);
  });
  const requests = trackRequests(server);
  const websockets = attachGraphQLWebSocket(server, yoga, upstream, tokens, {
    path: GRAPHQL_PATH,
    maxPayloadBytes: options.wsMaxPayloadBytes,
    connectionInitWaitTimeoutMs: options.wsConnectionInitTimeoutMs,
    maxSubscriptionsPerConnection: options.wsMaxSubscriptionsPerConnection,
    maxConnectionsPerAddress: options.wsMaxConnectionsPerAddress,
    rateLimiter: hardening.rateLimiter,
    hostRefusal: refusal,
    clientAddress: hardening.clientAddress,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4000, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  // Known before "listening": shared, or per replica with a warning (it goes on trying either way).
  await hardening.redis?.settle(options.redis?.connectTimeoutMs ?? 1_000);
  const hostForUrl = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  const url = `${options.tls ? 'https' : 'http'}://${hostForUrl}:${port}${GRAPHQL_PATH}`;
  hardening.logger.info({ url, tls: Boolean(options.tls), hsts, production: hardening.security.production, graphiql: hardening.security.graphiql, introspection: hardening.security.introspection }, 'gateway listening');
  if (metricsLoopbackOnly(options, hardening)) hardening.logger.warn('production without --metrics-token: /metrics answers loopback callers only (403 for any other address)');
  if (options.demoKey) hardening.logger.info({ demoKeyPrefilled: prefill.demoKey !== null, reason: prefill.reason }, `demo key ${prefill.demoKey ? 'prefilled' : 'not prefilled'} in GraphiQL and /logs`);

  let stopping: Promise<boolean> | null = null;
  const shutdown = (deadlineMs: number) =>
    (stopping ??= (async () => {
      const started = performance.now();
      hardening.logger.info({ deadlineMs, requestsInFlight: requests.inFlight, webSockets: websockets.sockets }, 'gateway shutting down');
      hardening.draining = true;
      const drained = requests.drain(deadlineMs);
      // Upgraded sockets are not HTTP connections any more: the drain does not end them.
      await websockets.close();
      // Ends SSE subscriptions (their responses complete) and cancels every upstream tail.
      logStreams.close();
      machineStatus.close();
      const finished = await drained;
      unobserve();
      subscriptionCounts?.close();
      hardening.redis?.close();
      upstream.close();
      const durationMs = Math.round(performance.now() - started);
      if (finished) hardening.logger.info({ durationMs }, 'gateway stopped');
      else hardening.logger.warn({ durationMs, deadlineMs }, 'gateway stopped: requests still in flight at the deadline were cut');
      return finished;
    })());
  return {
    url,
    port,
    upstream,
    tokens,
    webSockets: websockets,
    logStreams,
    machineStatus,
    metrics: hardening.metrics,
    shutdown,
    async close() {
      await shutdown(0);
    },
  };
}
