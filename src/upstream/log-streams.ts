/**
 * Shared upstream log tails, by key. One `TailRobotPartLogs` call per distinct (part, errorsOnly,
 * filter, caller); every subscriber with the same key attaches to it, and the call is cancelled
 * when the last one leaves (log-tail.ts does the reconnecting and backfilling). A joiner is
 * authorized on its own, tails are rechecked while they live, and each caller has a cap on open
 * subscriptions (log-access.ts). A registry belongs to one gateway (startGateway creates it and
 * hands it to every operation's context): its tails, caps and options are that gateway's alone.
 */
import type { UpstreamSession } from './session.ts';
import { credentialFingerprint } from './credentials.ts';
import type { LogEvent } from './log-subscriber.ts';
import { SharedLogTail } from './log-tail.ts';
import { AccessRecheck, CallerSubscriptions, JoinAccessChecks, PART_LOGS_ACCESS, checkPartAccess, revokedError, type GuardedTail, type SharedSubscriptionCounts } from './log-access.ts';
import type { GraphQLError } from 'graphql';
import type { LogEntryKey } from './log-entries.ts';

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
  /** How often the credentials of open tails are proven again upstream (revocation ends them within about this long). */
  recheckIntervalMs: number;
  /** Subscriptions one credential may have open at once, graphql-ws and SSE together; more get SUBSCRIPTION_LIMIT_EXCEEDED. */
  maxSubscriptionsPerCaller: number;
  /** Parts one fleetLogs subscription may cover; more get TOO_MANY_PARTS (fleet-logs.ts). */
  fleetLogsMaxParts: number;
  /** Batches one fleetLogs subscriber (all its parts merged) may have waiting before it is dropped. */
  fleetLogsBufferBatches: number;
  /**
   * How long a joiner's successful access check of a part is taken for its credential's next
   * joiners of that part (JoinAccessChecks; refusals are never kept). At most 1 s in production.
   */
  joinAccessCacheMs: number;
}

export const DEFAULT_LOG_STREAM_OPTIONS: LogStreamOptions = {
  subscriberBufferBatches: 256,
  reconnectAttempts: 6,
  reconnectBaseDelayMs: 250,
  reconnectMaxDelayMs: 5_000,
  liveTimeoutMs: 2_000,
  maxBackfillEntries: 50_000,
  recheckIntervalMs: 5_000,
  maxSubscriptionsPerCaller: 200,
  fleetLogsMaxParts: 500,
  fleetLogsBufferBatches: 1024,
  joinAccessCacheMs: 1_000,
};

export interface LogTailArgs {
  partId: string;
  errorsOnly: boolean;
  filter: string | null;
}

export class LogStreamRegistry {
  private readonly tails = new Map<string, SharedLogTail>();
  /** Open subscriptions per caller; other shared sources (machine-status.ts) count against the same cap. */
  readonly callers: CallerSubscriptions;
  private readonly recheck: AccessRecheck<GuardedTail>;
  private readonly joinChecks: JoinAccessChecks;
  private readonly closeListeners = new Set<() => void>();
  readonly options: LogStreamOptions;

  /** `options` override the defaults one by one; `sharedCounts` shares the per-caller cap with other replicas. */
  constructor(options: Partial<LogStreamOptions> = {}, sharedCounts: SharedSubscriptionCounts | null = null) {
    this.options = { ...DEFAULT_LOG_STREAM_OPTIONS, ...options };
    this.callers = new CallerSubscriptions(this.options.maxSubscriptionsPerCaller, sharedCounts);
    this.joinChecks = new JoinAccessChecks(this.options.joinAccessCacheMs);
    this.recheck = new AccessRecheck(this.options.recheckIntervalMs, () => this.tails.values(), PART_LOGS_ACCESS, (credential) => this.joinChecks.forget(credential));
  }

  /**
   * Attaches to the tail for these arguments and caller, opening it if needed, and resolves once
   * the upstream accepted it; an upstream refusal (FORBIDDEN, NOT_FOUND...) rejects and leaves no
   * call open. Joining an open tail first checks the joiner's own access to the part: the tail's
   * upstream call was authorized for whoever opened it, at that time. With `after` (a client
   * resuming) the subscriber first gets every entry logged after that one (log-tail.ts `catchUp`).
   * `counted: false`: the caller was already counted once for a subscription that spans several
   * tails (`admit`, fleetLogs).
   */
  async subscribe(session: UpstreamSession, args: LogTailArgs, after: LogEntryKey | null = null, counted = true): Promise<AsyncIterableIterator<LogEvent>> {
    if (!session.credentials) await session.metadata(); // throws UNAUTHENTICATED without an upstream call
    const credential = credentialFingerprint(session.credentials!);
    // Counted locally before its first await, so subscriptions arriving together cannot all slip under the cap.
    const release = counted ? await this.callers.admit(credential) : () => {};
    try {
      const key = JSON.stringify([args.partId, args.errorsOnly, args.filter ?? '', credential]);
      // Joiners of one tail have its credential: checks of them together share one call, a success is kept briefly.
      if (this.tails.has(key)) await this.joinChecks.check(credential, args.partId, () => checkPartAccess(session, args.partId));
      // Looked up again: the tail may have closed while the joiner was being checked.
      let tail = this.tails.get(key);
      const created = !tail;
      if (!tail) {
        tail = new SharedLogTail(
          key,
          credential,
          args,
          session,
          this.options,
          (closed) => {
            if (this.tails.get(closed.key) === closed) this.tails.delete(closed.key);
          },
          (refused, error) => this.refused(refused, error),
        );
        this.tails.set(key, tail);
        this.recheck.ensureRunning();
      }
      const subscriber = tail.attach(release);
      if (after) subscriber.hold();
      if (created) tail.start();
      try {
        await tail.ready;
        if (after) await tail.catchUp(subscriber, after, session);
      } catch (error) {
        subscriber.end();
        throw error;
      }
      return subscriber.events;
    } catch (error) {
      release();
      throw error;
    }
  }

  /** Counts one subscription of this session's caller against the cap (or rejects); resolves to its release. */
  async admit(session: UpstreamSession): Promise<() => void> {
    if (!session.credentials) await session.metadata();
    return this.callers.admit(credentialFingerprint(session.credentials!));
  }

  /** Runs `listener` once when the registry closes (gateway shutdown); returns its removal. */
  onClose(listener: () => void): () => void {
    this.closeListeners.add(listener);
    return () => this.closeListeners.delete(listener);
  }

  /**
   * The upstream refused one tail's credentials: a dead credential (UNAUTHENTICATED) ends all its
   * tails, a lost role (FORBIDDEN) all its tails of that part, now rather than at the next recheck.
   */
  private refused(tail: SharedLogTail, error: GraphQLError): void {
    const everyPart = error.extensions.code === 'UNAUTHENTICATED';
    this.joinChecks.forget(tail.credential);
    for (const other of [...this.tails.values()]) {
      if (other !== tail && other.credential === tail.credential && (everyPart || other.partId === tail.partId)) other.revoke(revokedError(other.partId, error));
    }
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
    this.recheck.stop();
    for (const tail of [...this.tails.values()]) tail.close();
    for (const listener of [...this.closeListeners]) listener();
    this.closeListeners.clear();
  }
}
