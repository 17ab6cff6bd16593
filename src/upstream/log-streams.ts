/**
 * Shared upstream log tails, by key. One `TailRobotPartLogs` call per distinct (part, errorsOnly,
 * filter, caller); every subscriber with the same key attaches to it, and the call is cancelled
 * when the last one leaves (log-tail.ts does the reconnecting and backfilling).
 */
import type { UpstreamClient } from './client.ts';
import type { UpstreamSession } from './session.ts';
import { credentialFingerprint } from './credentials.ts';
import type { LogEvent } from './log-subscriber.ts';
import { SharedLogTail } from './log-tail.ts';

export interface LogStreamOptions {
  /** Batches one subscriber may have waiting before it is dropped. */
  subscriberBufferBatches: number;
  /** Consecutive failed reopen attempts after which subscribers get UPSTREAM_UNAVAILABLE. */
  reconnectAttempts: number;
  reconnectBaseDelayMs: number;
  reconnectMaxDelayMs: number;
  /**
   * Our fleet server sends headers as soon as a tail is live; a server that holds them until the
   * first entry is taken to be live after this long.
   */
  liveTimeoutMs: number;
  /** Most entries one backfill may return; a longer gap ends the subscriptions (LOG_GAP_TOO_LARGE). */
  maxBackfillEntries: number;
}

export const DEFAULT_LOG_STREAM_OPTIONS: LogStreamOptions = {
  subscriberBufferBatches: 256,
  reconnectAttempts: 6,
  reconnectBaseDelayMs: 250,
  reconnectMaxDelayMs: 5_000,
  liveTimeoutMs: 2_000,
  maxBackfillEntries: 50_000,
};

export interface LogTailArgs {
  partId: string;
  errorsOnly: boolean;
  filter: string | null;
}

export class LogStreamRegistry {
  private readonly tails = new Map<string, SharedLogTail>();

  constructor(readonly options: LogStreamOptions = DEFAULT_LOG_STREAM_OPTIONS) {}

  /**
   * Attaches to the tail for these arguments and caller, opening it if needed, and resolves once
   * the upstream accepted it; an upstream refusal (FORBIDDEN, NOT_FOUND...) rejects and leaves no
   * call open.
   */
  async subscribe(session: UpstreamSession, args: LogTailArgs): Promise<AsyncIterableIterator<LogEvent>> {
    if (!session.credentials) await session.metadata(); // throws UNAUTHENTICATED without an upstream call
    const key = JSON.stringify([args.partId, args.errorsOnly, args.filter ?? '', credentialFingerprint(session.credentials!)]);
    let tail = this.tails.get(key);
    const created = !tail;
    if (!tail) {
      tail = new SharedLogTail(key, args, session, this.options, (closed) => {
        if (this.tails.get(closed.key) === closed) this.tails.delete(closed.key);
      });
      this.tails.set(key, tail);
    }
    const subscriber = tail.attach();
    if (created) tail.start();
    try {
      await tail.ready;
    } catch (error) {
      subscriber.end();
      throw error;
    }
    return subscriber.events;
  }

  /** Upstream tails currently open (or reopening). */
  get openTails(): number {
    return this.tails.size;
  }

  get subscriberCount(): number {
    let total = 0;
    for (const tail of this.tails.values()) total += tail.subscribers.size;
    return total;
  }

  close(): void {
    for (const tail of [...this.tails.values()]) tail.close();
  }
}

const registries = new WeakMap<UpstreamClient, LogStreamRegistry>();

/** The registry of a gateway's upstream client, created on first use with `options`. */
export function logStreamsFor(client: UpstreamClient, options?: Partial<LogStreamOptions>): LogStreamRegistry {
  let registry = registries.get(client);
  if (!registry) registries.set(client, (registry = new LogStreamRegistry({ ...DEFAULT_LOG_STREAM_OPTIONS, ...options })));
  return registry;
}
