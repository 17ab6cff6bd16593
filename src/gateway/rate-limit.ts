/**
 * Per-caller rate limiting (rate-limiter-flexible, in memory): a budget of operations per window
 * for each credential (by fingerprint, never the credential itself), and one per client address
 * for every request whose credentials are not verified (none, an API key not yet exchanged or
 * refused, a bearer token), so made-up keys do not each bring a fresh budget.
 *
 * An HTTP request (GraphQL, SSE, multipart upload) pays before its body is read or parsed, so
 * parse errors, validation errors and limit refusals cost a point too, and a refused upload is
 * never read. A graphql-ws operation (credentials checked when the socket connected) pays just
 * before it executes. Over the limit: a RATE_LIMITED GraphQL error (over HTTP with status 429
 * and Retry-After) and no upstream call.
 */
import type { IncomingMessage } from 'node:http';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { credentialFingerprint, readCredentials, type Credentials } from '../upstream/credentials.ts';
import type { GraphQLContext } from '../context.ts';

export interface RateLimitOptions {
  /** Operations a caller may start per window; 0 turns limiting off. */
  points: number;
  windowSeconds: number;
  /** Operations per window that all requests with unverified (or no) credentials from one client address share (default: `points`). */
  unverifiedPoints?: number;
}

/** What `fleetgraph serve` uses unless told otherwise (startGateway does not limit unless asked). */
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { points: 300, windowSeconds: 10 };

export class CallerRateLimiter {
  private readonly limiter: RateLimiterMemory | null;
  private readonly unverified: RateLimiterMemory | null;
  /** Whether credentials were verified upstream (an API key exchanged); set by the gateway from its token cache. */
  isVerified: (credentials: Credentials) => boolean = () => false;

  constructor(
    readonly options: RateLimitOptions,
    private readonly onReject: () => void = () => {},
  ) {
    this.limiter = options.points > 0 ? new RateLimiterMemory({ points: options.points, duration: options.windowSeconds }) : null;
    const unverifiedPoints = options.unverifiedPoints ?? options.points;
    this.unverified = options.points > 0 && unverifiedPoints > 0 ? new RateLimiterMemory({ points: unverifiedPoints, duration: options.windowSeconds }) : null;
  }

  /** Takes one point for `key` (an `address:` key from the unverified budget); how long to wait when there is none left, or null. */
  async take(key: string): Promise<number | null> {
    const limiter = key.startsWith('address:') ? this.unverified : this.limiter;
    if (!limiter) return null;
    try {
      await limiter.consume(key);
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

  /** The buckets of an HTTP request: its credential's, and its client address's unless the credential is verified. */
  bucketsOf(credentials: Credentials | null, address: string | undefined): string[] {
    const buckets = credentials ? [`credential:${credentialFingerprint(credentials)}`] : [];
    if (!credentials || !this.isVerified(credentials)) buckets.push(`address:${address ?? 'unknown'}`);
    return buckets;
  }

  /** Takes the points of an HTTP request before its body is read; throws RATE_LIMITED over the limit. */
  async admitRequest(request: Request, req: IncomingMessage | undefined): Promise<void> {
    const credentials = readCredentials((name) => request.headers.get(name) ?? undefined);
    const wait = await this.takeAll(this.bucketsOf(credentials, req?.socket.remoteAddress));
    if (wait !== null) throw CallerRateLimiter.rejection(wait, true);
  }

  /** The bucket of an operation: its caller's credential, or its client address when it sent none. */
  static keyOf(context: Partial<GraphQLContext> & { req?: IncomingMessage }): string {
    const credentials = context.upstream?.credentials;
    if (credentials) return `credential:${credentialFingerprint(credentials)}`;
    return `address:${context.req?.socket.remoteAddress ?? 'unknown'}`;
  }

  static rejection(retryAfterMs: number, overHttp: boolean): GraphQLError {
    const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
    const http = overHttp ? { http: { status: 429, headers: { 'retry-after': String(retryAfterSeconds) } } } : {};
    return new GraphQLError(`Rate limit exceeded: try again in ${retryAfterSeconds} s`, {
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds, ...http },
    });
  }

  /** Yoga plugin: an HTTP request pays before it is parsed, a graphql-ws operation before it executes (or subscribes). */
  plugin(): Plugin<object, { req?: IncomingMessage }> {
    const check = async (contextValue: unknown, stop: (result: { errors: GraphQLError[] }) => void) => {
      const context = contextValue as Partial<GraphQLContext> & { req?: IncomingMessage; request?: Request };
      if (context.request) return; // paid in onRequestParse
      const wait = await this.take(CallerRateLimiter.keyOf(context));
      if (wait !== null) stop({ errors: [CallerRateLimiter.rejection(wait, context.request !== undefined)] });
    };
    return {
      onRequestParse: ({ request, serverContext }) => this.admitRequest(request, serverContext.req),
      onExecute: ({ args, setResultAndStopExecution }) => check(args.contextValue, setResultAndStopExecution),
      onSubscribe: ({ args, setResultAndStopExecution }) => check(args.contextValue, setResultAndStopExecution),
    };
  }
}
