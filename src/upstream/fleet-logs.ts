/**
 * Subscription.fleetLogs: the live logs of every part in a scope (fleet-scope.ts, read from the
 * shared machine status poll of its organization and credential), merged into one bounded stream
 * of per-part batches.
 *
 * Each part is an ordinary subscriber of the registry's shared tail for (part, errorsOnly, filter,
 * caller), so it shares that tail with robotPartLogs subscribers of the same arguments and gets
 * the same guarantees (gaps backfilled after a drop, each entry once and in order, joiners
 * authorized on their own, tails rechecked). Levels are filtered here: keying tails by levels too
 * would split them for nothing. The subscription counts once against the per-caller cap (its
 * tails are bounded by `fleetLogsMaxParts` and shared per credential); its merged queue holds at
 * most `fleetLogsBufferBatches` batches, past that it ends with SUBSCRIBER_BUFFER_OVERFLOW.
 */
import { setMaxListeners } from 'node:events';
import { Repeater } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import { DEFAULT_MAX_CALLS_PER_OPERATION, type UpstreamSession } from './session.ts';
import type { LogStreamRegistry } from './log-streams.ts';
import { BatchBuffer, overflowError, type LogBatch, type LogEvent } from './log-subscriber.ts';
import type { LogEntryKey, PartLogEntry } from './log-entries.ts';
import { clientError } from './errors.ts';
import { fleetScopeOf, type FleetScope, type FleetScopeArgs } from './fleet-scope.ts';
import type { MachineStatusRegistry } from './machine-status.ts';
import type { FleetStatus } from './machine-status-diff.ts';

export interface FleetLogArgs extends FleetScopeArgs {
  /** Only these levels (null: all); `errorsOnly` is what the upstream tails are opened with. */
  levels: ReadonlySet<string> | null;
  errorsOnly: boolean;
  filter: string | null;
  /** Where each part resumes (the last entry the client received from it); parts without one start live. */
  after: ReadonlyMap<string, LogEntryKey>;
}

export type FleetLogEvent = { entries: PartLogEntry[] } | { error: GraphQLError };

export const TOO_MANY_PARTS = 'TOO_MANY_PARTS';

export function tooManyParts(count: number, limit: number): GraphQLError {
  const error = clientError(
    TOO_MANY_PARTS,
    `fleetLogs would cover ${count} parts, more than the ${limit} one subscription may (--fleet-logs-max-parts); narrow it with locationIds or robotIds`,
  );
  error.extensions.limit = limit;
  error.extensions.parts = count;
  return error;
}

/**
 * The fleetLogs events made from one tail batch, by (part, robot, levels): every fleetLogs
 * subscription with those gets the SAME event object, so the subscription multiplexer
 * (multiplexed-subscriptions.ts, keyed by event identity) executes and serializes it once for all
 * identical subscriptions. Null: nothing of the batch passes the levels. Kept while the batch lives.
 */
const fleetEvents = new WeakMap<LogBatch, Map<string, { entries: PartLogEntry[] } | null>>();

function fleetEventOf(batch: LogBatch, partId: string, robotId: string, levels: ReadonlySet<string> | null, levelsKey: string): { entries: PartLogEntry[] } | null {
  let made = fleetEvents.get(batch);
  if (!made) fleetEvents.set(batch, (made = new Map()));
  const key = `${partId}\0${robotId}\0${levelsKey}`;
  let event = made.get(key);
  if (event === undefined) {
    const kept = levels ? batch.entries.filter((entry) => levels.has(entry.level)) : batch.entries;
    event = kept.length === 0 ? null : { entries: kept.map((entry) => ({ partId, robotId, entry })) };
    made.set(key, event);
  }
  return event;
}

/** One part of the scope: its robot and, once joined, its share of the part's tail. */
interface Member {
  partId: string;
  robotId: string;
  events: AsyncIterableIterator<LogEvent> | null;
  left: boolean;
}

/**
 * Codes with which one part's tail ends while the rest of the fleet goes on: the part was deleted,
 * or the caller lost its access to that part alone (a role on its robot or location removed). A
 * caller that loses the organization is ended by the scope (the status poll's refusal), and a dead
 * credential (UNAUTHENTICATED) ends the subscription.
 */
const PART_GONE = new Set(['NOT_FOUND', 'FORBIDDEN']);

const codeOf = (error: unknown) => (error instanceof GraphQLError ? (error.extensions.code as string | undefined) : undefined);

/**
 * Opens a fleetLogs subscription: reads the scope, refuses it above the part bound, joins every
 * part's tail (a refusal of any rejects, leaving nothing open), then follows the scope.
 */
export async function openFleetLogs(
  registry: LogStreamRegistry,
  statuses: MachineStatusRegistry,
  opener: UpstreamSession,
  args: FleetLogArgs,
): Promise<AsyncIterableIterator<FleetLogEvent>> {
  const release = await registry.admit(opener);
  const feed = new FleetLogFeed(registry, statuses, opener, args, release);
  try {
    await feed.start();
  } catch (error) {
    feed.end();
    throw error;
  }
  return feed.events;
}

class FleetLogFeed {
  readonly events: Repeater<FleetLogEvent>;
  private readonly members = new Map<string, Member>();
  private readonly buffer: BatchBuffer;
  private readonly abort = new AbortController();
  /** Outlives the operation that opened it, like a tail's session; its calls are bounded by the part bound and the interval. */
  private readonly session: UpstreamSession;
  /** Stops watching the shared status poll (null: not watching yet, or no more). */
  private unwatch: (() => void) | null = null;
  /** The latest scope read, and whether start() has joined the first one (later ones are followed as they come). */
  private latest: FleetScope | null = null;
  private following = false;
  private readonly options: LogStreamRegistry['options'];
  private push: ((event: FleetLogEvent) => Promise<unknown>) | null = null;
  private stop: (() => void) | null = null;
  private ended = false;
  private readonly unlisten: () => void;
  /** The levels as part of a shared event's key (fleetEventOf). */
  private readonly levelsKey: string;

  constructor(
    private readonly registry: LogStreamRegistry,
    private readonly statuses: MachineStatusRegistry,
    opener: UpstreamSession,
    private readonly args: FleetLogArgs,
    private readonly release: () => void,
  ) {
    this.options = registry.options;
    this.levelsKey = args.levels ? [...args.levels].sort().join(',') : '*';
    // Each call in flight listens on the signal: joining many parts at once is no leak.
    setMaxListeners(DEFAULT_MAX_CALLS_PER_OPERATION + 16, this.abort.signal);
    this.session = opener.detached(this.abort.signal);
    this.buffer = new BatchBuffer(this.options.fleetLogsBufferBatches);
    this.unlisten = registry.onClose(() => this.end());
    const feed = this;
    this.events = new (class extends Repeater<FleetLogEvent> {
      // A Repeater never pulled does not run its executor: a consumer that gives up first still frees everything.
      override return(value?: any) {
        feed.end();
        return super.return(value);
      }
      override throw(error: unknown) {
        feed.end();
        return super.throw(error);
      }
    })(async (push, stop) => {
      this.push = push;
      this.stop = stop;
      if (this.ended) stop();
      await stop;
      this.end();
    }, this.buffer);
  }

  async start(): Promise<void> {
    const unwatch = await this.statuses.watch(this.session, this.args.organizationId, {
      status: (status) => this.read(status),
      ended: (error) => this.fail(error),
    });
    if (this.ended) return unwatch();
    this.unwatch = unwatch;
    const scope = this.latest!;
    this.checkBound(scope);
    await Promise.all([...scope].map(([partId, robotId]) => this.join(partId, robotId, this.args.after.get(partId) ?? null)));
    if (this.ended) throw clientError('UPSTREAM_UNAVAILABLE', 'the log streams were closed');
    this.following = true;
    // The poll may have read again while the first scope was being joined.
    if (this.latest !== scope) await this.follow(this.latest!);
  }

  /** A reading of the shared poll: followed once the first scope is joined, else kept for start(). */
  private read(status: FleetStatus): void {
    if (this.ended) return;
    this.latest = fleetScopeOf(status, this.args);
    if (this.following) void this.follow(this.latest);
  }

  /** Parts currently joined (or joining). */
  get parts(): number {
    return this.members.size;
  }

  private checkBound(scope: FleetScope): void {
    if (scope.size > this.options.fleetLogsMaxParts) throw tooManyParts(scope.size, this.options.fleetLogsMaxParts);
  }

  /** A new scope reading: parts no longer in it leave, new ones join. */
  private async follow(scope: FleetScope): Promise<void> {
    if (this.ended) return;
    if (scope.size > this.options.fleetLogsMaxParts) return this.fail(tooManyParts(scope.size, this.options.fleetLogsMaxParts));
    for (const member of [...this.members.values()]) if (!scope.has(member.partId)) this.leave(member);
    const joining = [...scope].filter(([partId]) => !this.members.has(partId));
    await Promise.all(
      joining.map(([partId, robotId]) =>
        this.join(partId, robotId).catch((error: unknown) => this.fail(error instanceof GraphQLError ? error : clientError('UPSTREAM_UNAVAILABLE', 'a log stream could not be opened'))),
      ),
    );
  }

  /** Attaches to the part's tail; a part deleted meanwhile or no longer readable (PART_GONE) is left out, any other refusal rejects. */
  private async join(partId: string, robotId: string, after: LogEntryKey | null = null): Promise<void> {
    const member: Member = { partId, robotId, events: null, left: false };
    this.members.set(partId, member);
    let events: AsyncIterableIterator<LogEvent>;
    try {
      events = await this.registry.subscribe(this.session, { partId, errorsOnly: this.args.errorsOnly, filter: this.args.filter }, after, false);
    } catch (error) {
      this.forget(member);
      if (PART_GONE.has(codeOf(error) ?? '')) return;
      throw error;
    }
    if (member.left || this.ended) {
      void events.return?.();
      return;
    }
    member.events = events;
    void this.pump(member, events);
  }

  private async pump(member: Member, events: AsyncIterableIterator<LogEvent>): Promise<void> {
    for await (const event of events) {
      if (member.left) return;
      if ('error' in event) {
        this.forget(member);
        if (!PART_GONE.has(codeOf(event.error) ?? '')) this.fail(event.error);
        return;
      }
      this.deliver(member, event);
    }
    // The tail closed without an error for this subscriber: the gateway is shutting down.
    if (!member.left) this.end();
  }

  private deliver(member: Member, batch: LogBatch): void {
    if (this.ended) return;
    const event = fleetEventOf(batch, member.partId, member.robotId, this.args.levels, this.levelsKey);
    if (!event) return;
    if (this.buffer.full) {
      this.buffer.clear();
      return this.fail(overflowError(this.buffer.capacity));
    }
    this.enqueue(event);
  }

  private leave(member: Member): void {
    this.forget(member);
    member.left = true;
    void member.events?.return?.();
  }

  private forget(member: Member): void {
    if (this.members.get(member.partId) === member) this.members.delete(member.partId);
  }

  private enqueue(event: FleetLogEvent): void {
    // Before the consumer's first pull the executor has not run; the buffer holds events until then.
    if (this.push) void this.push(event).catch(() => {});
    else this.buffer.add(event);
  }

  /** Ends the subscription with an error event (after what is buffered). */
  private fail(error: GraphQLError): void {
    if (this.ended) return;
    this.enqueue({ error });
    this.end();
  }

  /** Leaves every part (their tails close when nobody else uses them) and completes the stream. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.unwatch?.();
    this.unwatch = null;
    this.unlisten();
    for (const member of [...this.members.values()]) this.leave(member);
    this.abort.abort();
    this.release();
    this.stop?.();
  }
}
