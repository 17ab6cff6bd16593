/**
 * Per-caller rate limiting (rate-limiter-flexible, in memory): a budget of operations per window
 * for each credential (by fingerprint, never the credential itself), and one per client address
 * for every request whose credentials are not verified (none, an API key not yet exchanged or
 * refused, a bearer token), so made-up keys do not each bring a fresh budget.
 *
 * An HTTP request (GraphQL, SSE, multipart upload) pays before its body is read or parsed, so
 * parse errors, validation errors and limit refusals cost a point too, and a refused upload is
 * never read. Over graphql-ws (graphql-ws-options.ts) each `subscribe` message pays the same
 * buckets before it is parsed, and each connection_init pays before its credentials are checked
 * upstream. Over the limit: a RATE_LIMITED GraphQL error (over HTTP with status 429 and
 * Retry-After) and no upstream call.
 *
 * With a RedisLink (`--redis-url`) both budgets live in Redis, shared by every replica
 * (RateLimiterRedis); each has an in-memory twin as its insurance limiter, used for a call that
 * fails or times out and for every call while the link says Redis is unreachable, so a replica
 * keeps limiting on its own (per replica) and never waits on Redis.
 */
import type { IncomingMessage } from 'node:http';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { credentialFingerprint, readCredentials, type Credentials } from '../upstream/credentials.ts';
import type { RedisLink } from './redis-link.ts';
import { socketAddress } from './client-address.ts';

export interface RateLimitOptions {
  /** Operations a caller may start per window; 0 turns limiting off. */
  points: number;
  windowSeconds: number;
  /** Operations per window that all requests with unverified (or no) credentials from one client address share (default: `points`). */
  unverifiedPoints?: number;
}

/** What `fleetgraph serve` uses unless told otherwise (startGateway does not limit unless asked). */
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { points: 300, windowSeconds: 10 };

/** One budget: in Redis while the link is up (its memory twin insures each call), else in memory. */
function budget(points: number, duration: number, name: string, link: RedisLink | null): () => RateLimiterAbstract {
  const memory = new RateLimiterMemory({ points, duration });
  if (!link) return () => memory;
  const shared = new RateLimiterRedis({
    storeClient: link.client,
    points,
    duration,
    keyPrefix: `${link.keyPrefix}rate:${name}`,
    insuranceLimiter: memory,
    rejectIfRedisNotReady: true,
  });
  return () => (link.mode === 'shared' ? shared : memory);
}

export class CallerRateLimiter {
  private readonly limiter: (() => RateLimiterAbstract) | null;
  private readonly unverified: (() => RateLimiterAbstract) | null;
  /** Whether credentials were verified upstream (an API key exchanged); set by the gateway from its token cache. */
  isVerified: (credentials: Credentials) => boolean = () => false;

  constructor(
    readonly options: RateLimitOptions,
    private readonly onReject: () => void = () => {},
    link: RedisLink | null = null,
    /** The client address of an HTTP request (client-address.ts). */
    private readonly addressOf: (req: IncomingMessage) => string = socketAddress,
  ) {
    this.limiter = options.points > 0 ? budget(options.points, options.windowSeconds, 'credential', link) : null;
    const unverifiedPoints = options.unverifiedPoints ?? options.points;
    this.unverified = options.points > 0 && unverifiedPoints > 0 ? budget(unverifiedPoints, options.windowSeconds, 'address', link) : null;
  }

  /** Takes one point for `key` (an `address:` key from the unverified budget); how long to wait when there is none left, or null. */
  async take(key: string): Promise<number | null> {
    const limiter = key.startsWith('address:') ? this.unverified : this.limiter;
    if (!limiter) return null;
    try {
      await limiter().consume(key);
      return null;
    } catch (result) {
      if (!(result instanceof RateLimiterRes)) throw result;
      this.onReject();
      return result.msBeforeNext;
    }
  }

  /** Takes one point from each bucket; how long to wait when any of them has none left, or null. */
  async takeAll(keys: string[]): Promise<number | null> {
    let wait: number | null = null;
    for (const key of keys) {
      const refused = await this.take(key);
      if (refused !== null) wait = Math.max(wait ?? 0, refused);
    }
    return wait;
  }

  /** The buckets of a request (HTTP, or a graphql-ws operation): its credential's, and its client address's unless the credential is verified. */
  bucketsOf(credentials: Credentials | null, address: string | undefined): string[] {
    const buckets = credentials ? [`credential:${credentialFingerprint(credentials)}`] : [];
    if (!credentials || !this.isVerified(credentials)) buckets.push(`address:${address ?? 'unknown'}`);
    return buckets;
  }

  /** Takes the points of an HTTP request before its body is read; throws RATE_LIMITED over the limit. */
  async admitRequest(request: Request, req: IncomingMessage | undefined): Promise<void> {
    const credentials = readCredentials((name) => request.headers.get(name) ?? undefined);
    const wait = await this.takeAll(this.bucketsOf(credentials, req ? this.addressOf(req) : undefined));
    if (wait !== null) throw CallerRateLimiter.rejection(wait, true);
  }

  /** Takes the points of a graphql-ws operation before it is parsed; its RATE_LIMITED error over the limit, or null. */
  async admitOperation(credentials: Credentials | null, address: string | undefined): Promise<GraphQLError | null> {
    const wait = await this.takeAll(this.bucketsOf(credentials, address));
    return wait === null ? null : CallerRateLimiter.rejection(wait, false);
  }

  /**
   * Takes the point of a graphql-ws connection_init before its credentials are checked upstream
   * (one Authenticate each): an API key already accepted pays its own budget, anything else its
   * client address's, so made-up keys cannot each buy an upstream call. How long to wait, or null.
   */
  admitConnection(credentials: Credentials | null, address: string | undefined): Promise<number | null> {
    const verified = credentials !== null && this.isVerified(credentials);
    return this.take(verified ? `credential:${credentialFingerprint(credentials)}` : `address:${address ?? 'unknown'}`);
  }

  static rejection(retryAfterMs: number, overHttp: boolean): GraphQLError {
    const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
    const http = overHttp ? { http: { status: 429, headers: { 'retry-after': String(retryAfterSeconds) } } } : {};
    return new GraphQLError(`Rate limit exceeded: try again in ${retryAfterSeconds} s`, {
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds, ...http },
    });
  }

  /** Yoga plugin: an HTTP request pays before it is parsed (graphql-ws operations pay in graphql-ws-options.ts). */
  plugin(): Plugin<object, { req?: IncomingMessage }> {
    return {
      onRequestParse: ({ request, serverContext }) => this.admitRequest(request, serverContext.req),
    };
  }
}
