/**
 * Per-caller rate limiting (rate-limiter-flexible, in memory): a token bucket per credential
 * fingerprint, or per client address for requests without credentials. Over the limit: HTTP 429
 * with a RATE_LIMITED GraphQL error and Retry-After.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Plugin } from 'graphql-yoga';
import { credentialFingerprint, readCredentials } from '../upstream/credentials.ts';

export interface RateLimitOptions {
  /** Requests (operations) a caller may make per window; 0 turns limiting off. */
  points: number;
  windowSeconds: number;
}

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

  /** The bucket of a caller: its credential, or its address when it sent none. */
  static keyOf(get: (name: string) => unknown, address: string | undefined): string {
    const credentials = readCredentials(get);
    return credentials ? `credential:${credentialFingerprint(credentials)}` : `address:${address ?? 'unknown'}`;
  }

  static rejection(retryAfterMs: number): { message: string; extensions: { code: string; retryAfterSeconds: number } } {
    const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
    return { message: `Rate limit exceeded: try again in ${retryAfterSeconds} s`, extensions: { code: 'RATE_LIMITED', retryAfterSeconds } };
  }

  /** Yoga plugin: HTTP requests to the GraphQL endpoint take a point before anything else. */
  plugin(graphqlPath: string, addressOf: (request: Request, serverContext: unknown) => string | undefined): Plugin {
    return {
      onRequest: async ({ request, url, endResponse, serverContext }) => {
        // GraphiQL itself (a GET without a query) is not an operation.
        if (url.pathname !== graphqlPath || (request.method === 'GET' && !url.searchParams.has('query'))) return;
        const key = CallerRateLimiter.keyOf((name) => request.headers.get(name) ?? undefined, addressOf(request, serverContext));
        const wait = await this.take(key);
        if (wait === null) return;
        const error = CallerRateLimiter.rejection(wait);
        endResponse(
          new Response(JSON.stringify({ errors: [error] }), {
            status: 429,
            headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(error.extensions.retryAfterSeconds) },
          }),
        );
      },
    };
  }
}
