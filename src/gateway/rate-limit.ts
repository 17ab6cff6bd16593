/**
 * Per-caller rate limiting (rate-limiter-flexible, in memory): a budget of operations per window
 * for each credential (by fingerprint, never the credential itself), or per client address for
 * operations without credentials. It is a step of Yoga's pipeline, just before execution, so it
 * applies to HTTP, SSE and graphql-ws operations alike. Over the limit: a RATE_LIMITED GraphQL
 * error (over HTTP with status 429 and Retry-After) and no upstream call.
 */
import type { IncomingMessage } from 'node:http';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { credentialFingerprint } from '../upstream/credentials.ts';
import type { GraphQLContext } from '../context.ts';

export interface RateLimitOptions {
  /** Operations a caller may start per window; 0 turns limiting off. */
  points: number;
  windowSeconds: number;
}

/** What `fleetgraph serve` uses unless told otherwise (startGateway does not limit unless asked). */
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { points: 300, windowSeconds: 10 };

export class CallerRateLimiter {
  private readonly limiter: RateLimiterMemory | null;

  constructor(
    readonly options: RateLimitOptions,
    private readonly onReject: () => void = () => {},
  ) {
    this.limiter = options.points > 0 ? new RateLimiterMemory({ points: options.points, duration: options.windowSeconds }) : null;
  }

  /** Takes one point for `key`; returns how long to wait when there is none left, or null. */
  async take(key: string): Promise<number | null> {
    if (!this.limiter) return null;
    try {
      await this.limiter.consume(key);
      return null;
    } catch (result) {
      if (!(result instanceof RateLimiterRes)) throw result;
      this.onReject();
      return result.msBeforeNext;
    }
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

  /** Yoga plugin: every operation takes a point before it executes (or subscribes). */
  plugin(): Plugin {
    const check = async (contextValue: unknown, stop: (result: { errors: GraphQLError[] }) => void) => {
      const context = contextValue as Partial<GraphQLContext> & { req?: IncomingMessage; request?: Request };
      const wait = await this.take(CallerRateLimiter.keyOf(context));
      if (wait !== null) stop({ errors: [CallerRateLimiter.rejection(wait, context.request !== undefined)] });
    };
    return {
      onExecute: ({ args, setResultAndStopExecution }) => check(args.contextValue, setResultAndStopExecution),
      onSubscribe: ({ args, setResultAndStopExecution }) => check(args.contextValue, setResultAndStopExecution),
    };
  }
}
