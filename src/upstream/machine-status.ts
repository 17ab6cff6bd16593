/**
 * Shared machine status polls, by (organization, credential). One `ListMachineSummaries` every
 * `intervalMs` per key, whatever the number of subscribers; each subscriber gets a snapshot of its
 * scope first, then the changes (machine-status-diff.ts), computed once per distinct scope. The
 * poll stops when the last subscriber leaves. As with log tails (log-streams.ts): a joiner is
 * authorized on its own, credentials are proven again while a poll lives (AccessRecheck), and the
 * per-caller subscription cap is the same one. A mutation through this gateway refreshes its
 * caller's polls at once (`refreshFor`), so its own effect shows without waiting for the interval.
 */
import { GraphQLError } from 'graphql';
import type { UpstreamSession } from './session.ts';
import { credentialFingerprint, isRefusal, type Credentials } from './credentials.ts';
import { clientError } from './errors.ts';
import { AccessRecheck, JoinAccessChecks, type AccessCheck, type CallerSubscriptions, type Guarded } from './log-access.ts';
import { LogSubscriber, type SubscriberEvent } from './log-subscriber.ts';
import { changeEvent, fleetStatusOf, scopedStatus, scopeKey, snapshotEvent, type FleetStatus, type StatusEvent, type StatusScope } from './machine-status-diff.ts';

export interface MachineStatusOptions {
  /** How often each shared poll calls ListMachineSummaries. */
  intervalMs: number;
  /** Events one subscriber may have waiting before it is dropped (SUBSCRIBER_BUFFER_OVERFLOW; it may subscribe again for a fresh snapshot). */
  subscriberBufferEvents: number;
  /** Consecutive failed polls (upstream unavailable) after which subscribers get UPSTREAM_UNAVAILABLE. */
  maxFailedPolls: number;
  /** How often the credentials of open polls are proven again upstream. */
  recheckIntervalMs: number;
}

export const DEFAULT_MACHINE_STATUS_OPTIONS: MachineStatusOptions = {
  intervalMs: 5_000,
  subscriberBufferEvents: 256,
  maxFailedPolls: 6,
  recheckIntervalMs: 5_000,
};

/**
 * Whether this session's caller may read the organization's machine summaries: the poll's own
 * RPC, narrowed to one machine. Rejects with the upstream's error.
 */
export async function checkOrganizationStatusAccess(session: UpstreamSession, organizationId: string): Promise<void> {
  await session.call('ListMachineSummaries', { organization_id: organizationId, limit: 1 });
}

export function statusRevokedError(organizationId: string, refusal: unknown): GraphQLError {
  const upstream = refusal as GraphQLError;
  return new GraphQLError(`access to the machine status of organization ${organizationId} was refused: ${upstream.message}`, {
    extensions: { ...upstream.extensions },
  });
}

const STATUS_ACCESS: AccessCheck<StatusPoll> = {
  resourceOf: (poll) => poll.organizationId,
  check: checkOrganizationStatusAccess,
  refused: statusRevokedError,
};

type StatusSubscriber = LogSubscriber<StatusEvent>;

/**
 * An internal consumer of a poll (fleetLogs's scope): handed every status the poll reads, and the
 * error that ends the poll. It keeps the poll running like a subscriber but is no subscription of
 * its own (the caller's cap is charged by whoever watches).
 */
export interface StatusWatcher {
  status(status: FleetStatus): void;
  ended(error: GraphQLError): void;
}

/** Subscribers that see the same events: one location scope. */
interface ScopeGroup {
  scope: StatusScope;
  subscribers: Set<StatusSubscriber>;
  /** The status as these subscribers last saw it. */
  view: FleetStatus | null;
}

export class StatusPoll implements Guarded {
  private readonly groups = new Map<string, ScopeGroup>();
  private readonly watchers = new Set<StatusWatcher>();
  private status: FleetStatus | null = null;
  private polledAt = new Date(0);
  /** The last successful poll: it proves these credentials' access to the organization (the recheck then sends no call of its own). */
  provenAt = 0;
  readonly ready: Promise<void>;
  private settleReady!: (error?: Error) => void;
  private timer: NodeJS.Timeout | null = null;
  private polling = false;
  private pollAgain = false;
  private failures = 0;
  private closed = false;
  private readonly abort = new AbortController();
  /** The poll's own session with the subscribers' credentials: it outlives the operation that opened it. */
  readonly session: UpstreamSession;

  constructor(
    readonly key: string,
    readonly credential: string,
    readonly organizationId: string,
    opener: UpstreamSession,
    private readonly options: MachineStatusOptions,
    private readonly onClosed: (poll: StatusPoll) => void,
    /** Counts every ListMachineSummaries the poll sends (the registry's `pollsSent`). */
    private readonly onPoll: () => void,
  ) {
    this.session = opener.detached(this.abort.signal);
    let settled = false;
    this.ready = new Promise<void>((resolve, reject) => {
      this.settleReady = (error) => {
        if (settled) return;
        settled = true;
        if (error) reject(error);
        else resolve();
      };
    });
    this.ready.catch(() => {});
  }

  get subscriberCount(): number {
    let total = 0;
    for (const group of this.groups.values()) total += group.subscribers.size;
    return total;
  }

  /** A new subscriber of `scope`; it gets its snapshot as soon as the poll has a status. `onLeave` runs once when it goes. */
  attach(scope: StatusScope, onLeave: () => void = () => {}): StatusSubscriber {
    const key = scopeKey(scope);
    let group = this.groups.get(key);
    if (!group) {
      group = { scope, subscribers: new Set(), view: this.status && scopedStatus(this.status, scope) };
      this.groups.set(key, group);
    }
    const joined = group;
    const subscriber: StatusSubscriber = new LogSubscriber<StatusEvent>(
      this.options.subscriberBufferEvents,
      () => {
        onLeave();
        this.detach(key, joined, subscriber);
      },
      'machine status events',
    );
    joined.subscribers.add(subscriber);
    if (joined.view) subscriber.deliver(snapshotEvent(this.organizationId, joined.view, this.polledAt));
    return subscriber;
  }

  /** Adds a watcher; it gets the current status at once if there is one. Returns its removal (which may stop the poll). */
  watch(watcher: StatusWatcher): () => void {
    this.watchers.add(watcher);
    if (this.status) watcher.status(this.status);
    return () => {
      if (!this.watchers.delete(watcher)) return;
      if (this.groups.size === 0 && this.watchers.size === 0) this.close();
    };
  }

  start(): void {
    void this.poll();
  }

  /** Polls now (after the one in flight, if any) rather than at the next tick. */
  refresh(): void {
    if (this.closed || !this.status) return;
    if (this.polling) {
      this.pollAgain = true;
      return;
    }
    void this.poll();
  }

  private detach(key: string, group: ScopeGroup, subscriber: StatusSubscriber): void {
    group.subscribers.delete(subscriber);
    if (group.subscribers.size === 0 && this.groups.get(key) === group) this.groups.delete(key);
    if (this.groups.size === 0 && this.watchers.size === 0) this.close();
  }

  private async poll(): Promise<void> {
    if (this.closed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.polling = true;
    this.pollAgain = false;
    try {
      this.onPoll();
      const { location_summaries: summaries } = await this.session.call('ListMachineSummaries', { organization_id: this.organizationId });
      if (this.closed) return;
      this.failures = 0;
      this.polledAt = new Date();
      this.provenAt = this.polledAt.getTime();
      this.update(fleetStatusOf(summaries));
      this.settleReady();
    } catch (error) {
      if (this.closed) return;
      if (isRefusal(error) || !this.status) return this.terminate(this.status ? statusRevokedError(this.organizationId, error) : (error as Error));
      this.failures += 1;
      if (this.failures >= this.options.maxFailedPolls) {
        return this.terminate(
          clientError('UPSTREAM_UNAVAILABLE', `the machine status of organization ${this.organizationId} could not be read ${this.failures} times in a row: ${(error as Error).message}`),
        );
      }
    } finally {
      this.polling = false;
    }
    if (this.closed) return;
    if (this.pollAgain) return void this.poll();
    this.timer = setTimeout(() => void this.poll(), this.options.intervalMs);
  }

  /** Hands each scope group the change from what it last saw (the first status: its snapshot). */
  private update(status: FleetStatus): void {
    this.status = status;
    for (const group of this.groups.values()) {
      const view = scopedStatus(status, group.scope);
      const event = group.view ? changeEvent(this.organizationId, group.view, view, this.polledAt) : snapshotEvent(this.organizationId, view, this.polledAt);
      group.view = view;
      if (event) for (const subscriber of [...group.subscribers]) subscriber.deliver(event);
    }
    for (const watcher of [...this.watchers]) watcher.status(status);
  }

  /** The credentials lost access to the organization: every subscriber ends with `error`. */
  revoke(error: GraphQLError): void {
    this.terminate(error);
  }

  /** Ends every subscriber with `error` (after what each has buffered) and stops polling. */
  private terminate(error: Error): void {
    this.settleReady(error);
    const graphqlError = error instanceof GraphQLError ? error : clientError('UPSTREAM_UNAVAILABLE', 'the machine status poll failed');
    for (const group of [...this.groups.values()]) for (const subscriber of [...group.subscribers]) subscriber.fail(graphqlError);
    this.close(error);
  }

  close(error: Error = clientError('UPSTREAM_UNAVAILABLE', 'the machine status poll was closed')): void {
    if (this.closed) return;
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.abort.abort();
    this.settleReady(error);
    for (const group of [...this.groups.values()]) for (const subscriber of [...group.subscribers]) subscriber.end();
    this.groups.clear();
    const watchers = [...this.watchers];
    this.watchers.clear();
    const graphqlError = error instanceof GraphQLError ? error : clientError('UPSTREAM_UNAVAILABLE', 'the machine status poll failed');
    for (const watcher of watchers) watcher.ended(graphqlError);
    this.onClosed(this);
  }
}

export interface MachineStatusArgs {
  organizationId: string;
  /** Only these locations; null or empty: every location the credential sees. */
  locationIds: readonly string[] | null;
}

export class MachineStatusRegistry {
  private readonly polls = new Map<string, StatusPoll>();
  private readonly recheck: AccessRecheck<StatusPoll>;
  /**
   * Joiners of a running poll are checked with their own session (same credential as the poll's);
   * joiners arriving while a check is in flight wait for that one: a thousand subscribers joining
   * at once cost one upstream check, not a thousand. Nothing is remembered after it.
   */
  private readonly joinChecks = new JoinAccessChecks(0);
  readonly options: MachineStatusOptions;
  /** ListMachineSummaries calls the polls have sent (not counting joiners' access checks). */
  pollsSent = 0;

  /** `callers`: the per-caller subscription cap shared with live log tails (LogStreamRegistry.callers). */
  constructor(
    private readonly callers: CallerSubscriptions,
    options: Partial<MachineStatusOptions> = {},
  ) {
    this.options = { ...DEFAULT_MACHINE_STATUS_OPTIONS, ...options };
    this.recheck = new AccessRecheck(this.options.recheckIntervalMs, () => this.polls.values(), STATUS_ACCESS);
  }

  /**
   * Attaches to the poll of this organization and caller, starting it if needed, and resolves once
   * a first status is there (the snapshot is the first event); an upstream refusal (FORBIDDEN,
   * NOT_FOUND...) rejects. Joining a running poll first checks the joiner's own access.
   */
  async subscribe(session: UpstreamSession, args: MachineStatusArgs): Promise<AsyncIterableIterator<SubscriberEvent<StatusEvent>>> {
    if (!session.credentials) await session.metadata(); // throws UNAUTHENTICATED without an upstream call
    const credential = credentialFingerprint(session.credentials!);
    // Counted locally before its first await, so subscriptions arriving together cannot all slip under the cap.
    const release = await this.callers.admit(credential);
    try {
      const { poll, created } = await this.join(session, credential, args.organizationId);
      const scope = args.locationIds?.length ? new Set(args.locationIds) : null;
      const subscriber = poll.attach(scope, release);
      if (created) poll.start();
      try {
        await poll.ready;
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

  /**
   * Watches the shared poll of this organization and caller (fleetLogs's scope), starting it if
   * needed, as a joiner is: its access checked on its own when the poll runs already. Resolves
   * once the poll has a status (the watcher has had it) to the watch's removal; an upstream refusal
   * (FORBIDDEN, NOT_FOUND...) rejects. Not counted against the per-caller cap: the caller's
   * subscription that watches is.
   */
  async watch(session: UpstreamSession, organizationId: string, watcher: StatusWatcher): Promise<() => void> {
    if (!session.credentials) await session.metadata();
    const { poll, created } = await this.join(session, credentialFingerprint(session.credentials!), organizationId);
    const unwatch = poll.watch(watcher);
    if (created) poll.start();
    try {
      await poll.ready;
    } catch (error) {
      unwatch();
      throw error;
    }
    return unwatch;
  }

  /** The running poll of this organization and credential (the joiner's access checked), or a new one not yet started. */
  private async join(session: UpstreamSession, credential: string, organizationId: string): Promise<{ poll: StatusPoll; created: boolean }> {
    const key = JSON.stringify([organizationId, credential]);
    const running = this.polls.get(key);
    if (running) await this.joinChecks.check(credential, organizationId, () => checkOrganizationStatusAccess(session, organizationId));
    // Looked up again: the poll may have closed while the joiner was being checked.
    const poll = this.polls.get(key);
    if (poll) return { poll, created: false };
    const created = new StatusPoll(
      key,
      credential,
      organizationId,
      session,
      this.options,
      (closed) => {
        if (this.polls.get(closed.key) === closed) this.polls.delete(closed.key);
      },
      () => (this.pollsSent += 1),
    );
    this.polls.set(key, created);
    this.recheck.ensureRunning();
    return { poll: created, created: true };
  }

  /** Polls every open status of these credentials now: a mutation they made may have changed their fleet. */
  refreshFor(credentials: Credentials | null): void {
    if (!credentials || this.polls.size === 0) return;
    const credential = credentialFingerprint(credentials);
    for (const poll of this.polls.values()) if (poll.credential === credential) poll.refresh();
  }

  /** Polls currently open. */
  get openPolls(): number {
    return this.polls.size;
  }

  get subscriberCount(): number {
    let total = 0;
    for (const poll of this.polls.values()) total += poll.subscriberCount;
    return total;
  }

  close(): void {
    this.recheck.stop();
    for (const poll of [...this.polls.values()]) poll.close();
  }
}
