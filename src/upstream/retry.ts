/**
 * Retries for idempotent reads only (Get*, List*, LocationAuth, and the Authenticate exchange)
 * when the upstream is UNAVAILABLE: jittered exponential backoff, a few attempts, within the
 * call's one deadline, and a shared budget so that retries never multiply load on an upstream
 * that is down (like gRPC's retry throttling). Mutations are never retried: a call that failed
 * may still have been applied.
 */
import { GraphQLError } from 'graphql';

export function isIdempotentRead(rpc: string): boolean {
  return /^(Get|List)/.test(rpc) || rpc === 'LocationAuth' || rpc === 'Authenticate';
}

export function isUnavailable(error: unknown): boolean {
  return error instanceof GraphQLError && error.extensions.grpcStatus === 'UNAVAILABLE';
}

export interface RetryOptions {
  /** Attempts in all, the first included (1 turns retries off). */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { attempts: 3, baseDelayMs: 50, maxDelayMs: 1000 };

/**
 * Each call deposits `ratio` of a token, each retry takes one; retries stop while the budget is
 * empty, so at most about `ratio` extra calls per call reach a failing upstream.
 */
export class RetryBudget {
  private tokens: number;

  constructor(
    private readonly ratio = 0.1,
    private readonly max = 20,
  ) {
    this.tokens = max;
  }

  deposit(): void {
    this.tokens = Math.min(this.max, this.tokens + this.ratio);
  }

  withdraw(): boolean {
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Whole retries left (for tests and metrics). */
  get available(): number {
    return Math.floor(this.tokens);
  }
}

/** Full jitter: a random wait between 0 and the exponential step. */
export function backoffDelay(attempt: number, options: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs'>): number {
  return Math.random() * Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt);
}

export interface RetryScope {
  /** Abandoned by the caller: no further attempt starts. */
  signal?: AbortSignal;
  /** Epoch ms the whole call (every attempt) must finish by; a retry that cannot start before it is not made. */
  deadline?: number;
}

/** Resolves after `ms`, or as soon as `signal` aborts (the caller checks which). */
function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });
}

export async function retryRead<T>(
  rpc: string,
  call: () => Promise<T>,
  budget: RetryBudget,
  options: RetryOptions = DEFAULT_RETRY,
  scope: RetryScope = {},
): Promise<T> {
  budget.deposit();
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!isIdempotentRead(rpc) || !isUnavailable(error) || attempt + 1 >= options.attempts) throw error;
      const delay = backoffDelay(attempt, options);
      if (scope.deadline !== undefined && Date.now() + delay >= scope.deadline) throw error;
      if (scope.signal?.aborted || !budget.withdraw()) throw error;
      await pause(delay, scope.signal);
      if (scope.signal?.aborted) throw error;
    }
  }
}
