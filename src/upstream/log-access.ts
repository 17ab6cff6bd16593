/**
 * Who may keep a live log tail, checked for as long as it lives. A shared tail was authorized by
 * the upstream once, when it opened; that proves nothing about a later joiner or about the
 * credential a minute later (key deleted, role removed). So:
 * - a joiner's own access to the part is checked before it attaches (`checkPartAccess`);
 * - every few seconds each distinct credential with open tails is proven again (an API key is
 *   exchanged afresh, never taken from the token cache) and its access to each of its parts
 *   checked; a refusal ends those tails with the upstream's error (`AccessRecheck`), and a
 *   refused credential (key deleted, UNAUTHENTICATED) also reaches the token cache, whose
 *   `refused` event closes that credential's graphql-ws sockets (websocket.ts);
 * - subscriptions per credential are capped across graphql-ws and SSE (`CallerSubscriptions`).
 */
import { GraphQLError } from 'graphql';
import type { UpstreamSession } from './session.ts';
import { clientError } from './errors.ts';
import { isRefusal } from './credentials.ts';

/**
 * Whether this session's caller may read the part's logs, with one cheap call of the same
 * permission as TailRobotPartLogs (the newest entry only). Rejects with the upstream's error.
 */
export async function checkPartAccess(session: UpstreamSession, partId: string): Promise<void> {
  await session.call('GetRobotPartLogs', { id: partId, limit: 1 });
}

/**
 * Joiners' access checks of shared sources, by (credential fingerprint, resource): identical checks
 * in flight share one upstream call, and a success is remembered for `ttlMs` (at most 1 s by
 * default: a joiner whose role was removed meanwhile may get in within that long, and its tail is
 * rechecked and revoked anyway). A refusal is never remembered; `forget` drops what is remembered
 * of a credential (it was refused somewhere), and a check in flight then remembers nothing.
 */
export class JoinAccessChecks {
  private readonly granted = new Map<string, number>();
  private readonly inFlight = new Map<string, Promise<void>>();
  /** Bumped by `forget`: a check that started before it remembers nothing. */
  private readonly generation = new Map<string, number>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  check(credential: string, resourceId: string, run: () => Promise<void>): Promise<void> {
    const key = JSON.stringify([credential, resourceId]);
    const until = this.granted.get(key);
    if (until !== undefined) {
      if (until > this.now()) return Promise.resolve();
      this.granted.delete(key);
    }
    let call = this.inFlight.get(key);
    if (!call) {
      const generation = this.generation.get(credential) ?? 0;
      call = run()
        .then(() => {
          if (this.ttlMs > 0 && (this.generation.get(credential) ?? 0) === generation) this.remember(key);
        })
        .finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, call);
    }
    return call;
  }

  forget(credential: string): void {
    this.generation.set(credential, (this.generation.get(credential) ?? 0) + 1);
    const prefix = JSON.stringify([credential, '']).slice(0, -3);
    for (const key of [...this.granted.keys()]) if (key.startsWith(prefix)) this.granted.delete(key);
  }

  private remember(key: string): void {
    const now = this.now();
    // Expired entries are dropped as new ones come, so the map stays as small as the checks of the last ttl.
    if (this.granted.size >= 1024) for (const [old, until] of this.granted) if (until <= now) this.granted.delete(old);
    this.granted.set(key, now + this.ttlMs);
  }
}

/** The error that ends a subscription whose access was refused, with the upstream's code. */
export function revokedError(partId: string, refusal: unknown): GraphQLError {
  const upstream = refusal as GraphQLError;
  return new GraphQLError(`access to the logs of part ${partId} was refused: ${upstream.message}`, {
    extensions: { ...upstream.extensions },
  });
}

/** What the recheck needs of a shared upstream source (a log tail, a machine status poll). */
export interface Guarded {
  readonly credential: string;
  readonly session: UpstreamSession;
  /**
   * When the source's own upstream reading last succeeded with these credentials (ms since the
   * epoch), if it reads on its own (a status poll): a reading that recent proves access to its
   * resource as well as the recheck's call would, so that call is not sent.
   */
  readonly provenAt?: number;
  /** Ends the source and all its subscribers with `error`. */
  revoke(error: GraphQLError): void;
}

/** What the recheck needs of a tail. */
export interface GuardedTail extends Guarded {
  readonly partId: string;
}

/** How access to what a source reads is proven again, and the error that ends it when refused. */
export interface AccessCheck<T extends Guarded> {
  /** The resource the source reads (a part, an organization): checked once per credential and resource. */
  resourceOf(source: T): string;
  check(session: UpstreamSession, resourceId: string): Promise<void>;
  refused(resourceId: string, refusal: unknown): GraphQLError;
}

/** Log tails: access to a part's logs. */
export const PART_LOGS_ACCESS: AccessCheck<GuardedTail> = { resourceOf: (tail) => tail.partId, check: checkPartAccess, refused: revokedError };

/**
 * Re-verifies the credentials of open sources every `intervalMs`: once per distinct credential (a
 * fresh exchange for an API key), then once per (credential, resource). Errors that are not a
 * refusal (upstream unavailable) leave the sources alone: their own retrying handles outages.
 */
export class AccessRecheck<T extends Guarded> {
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private readonly intervalMs: number,
    private readonly openTails: () => Iterable<T>,
    private readonly access: AccessCheck<T>,
    /** A credential was refused (what joiners' checks remember of it must go). */
    private readonly onRefused: (credential: string) => void = () => {},
  ) {}

  /** Keeps the timer running while tails are open; called when one opens. */
  ensureRunning(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.round(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One round over every credential with open tails; a round still running skips the next tick. */
  async round(): Promise<void> {
    if (this.running) return;
    const byCredential = new Map<string, T[]>();
    for (const tail of this.openTails()) {
      const tails = byCredential.get(tail.credential);
      if (tails) tails.push(tail);
      else byCredential.set(tail.credential, [tail]);
    }
    if (byCredential.size === 0) return this.stop();
    this.running = true;
    try {
      await Promise.all([...byCredential.values()].map((tails) => this.recheck(tails)));
    } finally {
      this.running = false;
    }
  }

  private async recheck(tails: T[]): Promise<void> {
    const session = tails[0]!.session;
    const { access } = this;
    try {
      // An API key is exchanged afresh; the calls below then send the token just obtained.
      await session.tokens.verify(session.credentials!);
    } catch (error) {
      if (isRefusal(error)) {
        this.onRefused(tails[0]!.credential);
        for (const tail of tails) tail.revoke(access.refused(access.resourceOf(tail), error));
      }
      return;
    }
    const byResource = new Map<string, T[]>();
    const provenSince = Date.now() - this.intervalMs;
    for (const tail of tails) {
      if ((tail.provenAt ?? 0) >= provenSince) continue;
      byResource.set(access.resourceOf(tail), [...(byResource.get(access.resourceOf(tail)) ?? []), tail]);
    }
    await Promise.all(
      [...byResource].map(async ([resourceId, resourceTails]) => {
        try {
          await access.check(session, resourceId);
        } catch (error) {
          if (isRefusal(error)) {
            this.onRefused(tails[0]!.credential);
            for (const tail of resourceTails) tail.revoke(access.refused(resourceId, error));
          }
        }
      }),
    );
  }
}

export function subscriptionLimitExceeded(limit: number): GraphQLError {
  const error = clientError(
    'SUBSCRIPTION_LIMIT_EXCEEDED',
    `too many open subscriptions for these credentials: at most ${limit} may be open at once over graphql-ws and SSE together; end one first`,
  );
  error.extensions.limit = limit;
  return error;
}

/**
 * Where replicas share their open-subscription counts (shared-subscriptions.ts, through Redis).
 * Counts are absolute: this replica's count for a credential, never a difference, so a write that
 * was lost is mended by the next one.
 */
export interface SharedSubscriptionCounts {
  /**
   * Records `count` as this replica's open subscriptions of `credential` when every replica
   * together then holds at most `limit`: true. False when that would pass the limit (nothing
   * recorded). True without recording when the shared store cannot answer in time: the local cap
   * has already decided.
   */
  claim(credential: string, count: number, limit: number): Promise<boolean>;
  /** Records this replica's count after a release (best effort, never rejects). */
  report(credential: string, count: number): void;
  /** Where the counter reads this replica's counts when it re-asserts them (after an outage, every heartbeat). */
  track(counts: () => ReadonlyMap<string, number>): void;
}

/**
 * Open subscriptions per credential (fingerprint), across every transport and subscription field, on this replica, and
 * with `shared` across every replica: the local count is checked first (it is also the whole cap
 * while the shared store is unreachable), then the shared one.
 */
export class CallerSubscriptions {
  private readonly open = new Map<string, number>();

  constructor(
    private readonly limit: number,
    private readonly shared: SharedSubscriptionCounts | null = null,
  ) {
    shared?.track(() => this.open);
  }

  /**
   * Counts one more subscription of `credential`, or rejects with SUBSCRIPTION_LIMIT_EXCEEDED;
   * resolves to its release (idempotent). Counted locally before any await, so subscriptions
   * arriving together cannot all slip under the cap.
   */
  async admit(credential: string): Promise<() => void> {
    const count = this.open.get(credential) ?? 0;
    if (count >= this.limit) throw subscriptionLimitExceeded(this.limit);
    this.open.set(credential, count + 1);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const left = (this.open.get(credential) ?? 1) - 1;
      if (left > 0) this.open.set(credential, left);
      else this.open.delete(credential);
      this.shared?.report(credential, left);
    };
    if (this.shared && !(await this.shared.claim(credential, count + 1, this.limit))) {
      release();
      throw subscriptionLimitExceeded(this.limit);
    }
    return release;
  }
}
