/**
 * What operators and orchestrators call: `/healthz` (the process answers), `/readyz` (the upstream
 * is reachable and we are not shutting down) and `/metrics` (Prometheus text, optionally behind
 * a bearer token). Plain JSON or text, no GraphQL, no credentials of callers involved.
 */
import crypto from 'node:crypto';
import type http from 'node:http';
import { connectivityState } from '@grpc/grpc-js';
import type { Channel } from '@grpc/grpc-js';
import type { GatewayMetrics } from './metrics.ts';
import { pathOf } from './request-log.ts';
import { isLoopback } from './security.ts';
import { socketAddress } from './client-address.ts';

export const HEALTH_PATH = '/healthz';
export const READY_PATH = '/readyz';
export const METRICS_PATH = '/metrics';

export interface OperatorEndpointOptions {
  /** The upstream channel whose connectivity decides readiness. */
  channel: Channel;
  /** How long /readyz waits for an idle or connecting channel to become ready. */
  readyTimeoutMs: number;
  metrics: GatewayMetrics | null;
  /** When set, /metrics wants `Authorization: Bearer <token>`. */
  metricsToken: string | null;
  /** /metrics answers loopback callers only (production without a metrics token). */
  metricsLoopbackOnly?: boolean;
  /** Why the upstream channel cannot connect (e.g. an untrusted TLS certificate), when it can say. */
  upstreamFailure?: () => Promise<string | null>;
  /** True once shutdown has begun: not ready any more, so load balancers stop sending. */
  draining: () => boolean;
  /** A request's client address (client-address.ts): /metrics's loopback check. */
  clientAddress?: (req: http.IncomingMessage) => string;
  /** With --redis-url: whether limits are shared, added to /readyz (per replica is degraded, still ready). */
  limitsReadiness?: () => Record<string, unknown>;
}

function send(res: http.ServerResponse, status: number, body: string, contentType = 'application/json; charset=utf-8', headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

/**
 * READY, or the state it is stuck in. An idle channel is asked to connect; a connecting one gets
 * `timeoutMs` to finish. A channel in TRANSIENT_FAILURE is retried by grpc-js with backoff, and
 * asking again here starts the next attempt.
 */
export function upstreamState(channel: Channel, timeoutMs: number): Promise<connectivityState> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve) => {
    const check = () => {
      const state = channel.getConnectivityState(true);
      if (state === connectivityState.READY || state === connectivityState.SHUTDOWN || Date.now() >= deadline) return resolve(state);
      if (state === connectivityState.TRANSIENT_FAILURE) return resolve(state);
      channel.watchConnectivityState(state, deadline, () => check());
    };
    check();
  });
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const presented = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1] ?? '';
  const a = crypto.createHash('sha256').update(presented).digest();
  const b = crypto.createHash('sha256').update(token).digest();
  return crypto.timingSafeEqual(a, b);
}

/** Handles the operator paths; returns false for any other path. */
export function operatorEndpoints(options: OperatorEndpointOptions): (req: http.IncomingMessage, res: http.ServerResponse) => boolean {
  const paths = new Set([HEALTH_PATH, READY_PATH, ...(options.metrics ? [METRICS_PATH] : [])]);
  return (req, res) => {
    const path = pathOf(req);
    if (!paths.has(path)) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, JSON.stringify({ error: 'method not allowed' }), undefined, { allow: 'GET, HEAD' });
      return true;
    }
    if (path === HEALTH_PATH) {
      send(res, 200, JSON.stringify({ status: 'ok' }));
    } else if (path === READY_PATH) {
      void ready(options, res);
    } else {
      void metrics(options, req, res);
    }
    return true;
  };
}

async function ready(options: OperatorEndpointOptions, res: http.ServerResponse): Promise<void> {
  if (options.draining()) return send(res, 503, JSON.stringify({ status: 'unavailable', reason: 'shutting down' }));
  const state = await upstreamState(options.channel, options.readyTimeoutMs);
  const limits = options.limitsReadiness?.() ?? {};
  if (state === connectivityState.READY) return send(res, 200, JSON.stringify({ status: 'ready', upstream: 'READY', ...limits }));
  const why = state === connectivityState.TRANSIENT_FAILURE ? await options.upstreamFailure?.() : null;
  send(res, 503, JSON.stringify({ status: 'unavailable', reason: why ?? 'the fleet upstream is not reachable', upstream: connectivityState[state], ...limits }));
}

async function metrics(options: OperatorEndpointOptions, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  if (options.metricsLoopbackOnly && !isLoopback((options.clientAddress ?? socketAddress)(req))) {
    return send(res, 403, JSON.stringify({ error: '/metrics answers loopback callers only: start the gateway with --metrics-token to scrape it from elsewhere' }));
  }
  if (options.metricsToken !== null && !tokenMatches(req.headers.authorization, options.metricsToken)) {
    return send(res, 401, JSON.stringify({ error: 'send the metrics token as Authorization: Bearer <token>' }), undefined, { 'www-authenticate': 'Bearer' });
  }
  send(res, 200, await options.metrics!.text(), options.metrics!.registry.contentType);
}
