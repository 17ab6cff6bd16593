/**
 * One subscriber of a shared upstream source (a log tail, a machine status poll): a Repeater over
 * a bounded buffer of events. The source hands every event to every subscriber without waiting; a
 * subscriber whose buffer is full is told (an error event) and dropped, so one slow client neither
 * slows the others nor grows memory.
 */
import { Repeater, type RepeaterBuffer } from 'graphql-yoga';
import type { GraphQLError } from 'graphql';
import { BackfillOverlap, DeliveryWatermark, type LogEntry, type LogEntryKey } from './log-entries.ts';
import { clientError } from './errors.ts';
import { backfillBatches } from './log-backfill.ts';

/** What a subscriber receives: a batch of entries, or the error that ends its subscription. */
/** A log tail's batch of entries. */
export type LogBatch = { entries: LogEntry[] };
export type LogEvent = SubscriberEvent<LogBatch>;
/** What a subscriber of any shared source receives: its events, or the error that ends it. */
export type SubscriberEvent<T extends object> = T | { error: GraphQLError };

/** A FIFO with a capacity that the subscriber can also empty at once (on overflow). */
export class BatchBuffer implements RepeaterBuffer {
  private queue: unknown[] = [];
  constructor(readonly capacity: number) {}
  get empty(): boolean {
    return this.queue.length === 0;
  }
  get full(): boolean {
    return this.queue.length >= this.capacity;
  }
  add(value: unknown): void {
    this.queue.push(value);
  }
  remove(): unknown {
    if (this.queue.length === 0) throw new Error('buffer empty');
    return this.queue.shift();
  }
  clear(): void {
    this.queue = [];
  }
}

export function overflowError(capacity: number, what = 'log batches'): GraphQLError {
  return clientError(
    'SUBSCRIBER_BUFFER_OVERFLOW',
    `subscriber buffer overflow: more than ${capacity} ${what} were waiting for this client, so its subscription was ended`,
  );
}

/**
 * The Repeater a subscription's consumer iterates. `return()` and `throw()` are overridden
 * because a Repeater that was never pulled does not run its executor, and a consumer may give up
 * before pulling.
 */
class LogEventRepeater<E> extends Repeater<E> {
  constructor(
    executor: ConstructorParameters<typeof Repeater<E>>[0],
    buffer: RepeaterBuffer,
    private readonly onReturn: () => void,
  ) {
    super(executor, buffer);
  }
  override return(value?: any): Promise<IteratorResult<E, any>> {
    this.onReturn();
    return super.return(value);
  }
  override throw(error: unknown): Promise<IteratorResult<E, any>> {
    this.onReturn();
    return super.throw(error);
  }
}

/** `T`: the events the source delivers (a log tail's batches by default); `what` names them in the overflow error. */
export class LogSubscriber<T extends object = LogBatch> {
  readonly events: Repeater<SubscriberEvent<T>>;
  private readonly buffer: BatchBuffer;
  private push: ((event: SubscriberEvent<T>) => Promise<unknown>) | null = null;
  private stop: (() => void) | null = null;
  private ended = false;
  private left = false;
  /** Live batches held back while this subscriber's own backfill is read (resuming from a cursor). */
  private held: T[] | null = null;
  /**
   * After its backfill, until a live entry newer than the backfill arrives: what of a live batch is
   * new to the client (null: nothing), dropping what it had before resuming (up to its cursor) and
   * what the backfill delivered.
   */
  private resumed: ((batch: T) => T | null) | null = null;

  constructor(
    capacity: number,
    /** Called once when the subscriber goes: its consumer returned, it overflowed, or it was ended. */
    private readonly onLeave: (subscriber: LogSubscriber<T>) => void,
    private readonly what = 'log batches',
  ) {
    this.buffer = new BatchBuffer(capacity);
    this.events = new LogEventRepeater<SubscriberEvent<T>>(
      async (push, stop) => {
        this.push = push;
        this.stop = stop;
        if (this.ended) stop();
        await stop;
        this.leave();
      },
      this.buffer,
      () => this.leave(),
    );
  }

  get active(): boolean {
    return !this.ended && !this.left;
  }

  /**
   * Hands over a batch without waiting (the same event object goes to every subscriber of a tail);
   * a full buffer ends this subscriber with an overflow error.
   */
  deliver(batch: T): void {
    if (!this.active) return;
    if (this.held) {
      if (this.held.length >= this.buffer.capacity) return this.fail(overflowError(this.buffer.capacity, this.what), { discardBuffered: true });
      this.held.push(batch);
      return;
    }
    if (this.buffer.full) return this.fail(overflowError(this.buffer.capacity, this.what), { discardBuffered: true });
    if (this.resumed) {
      const fresh = this.resumed(batch);
      if (fresh === null) return;
      this.resumed = null;
      batch = fresh;
    }
    this.enqueue(batch);
  }

  /** From now on live batches wait until `caughtUp` (call it when attaching, before any batch). */
  hold(): void {
    this.held ??= [];
  }

  /**
   * Delivers this subscriber's backfill (everything after `after`), then the live batches held
   * meanwhile without what the client already has. The live stream is in stored order, so what it
   * repeats is a prefix: entries up to the cursor (in flight when the subscriber attached, or
   * re-sent by the tail's own backfill after a reconnect), then entries the backfill had.
   */
  caughtUp(this: LogSubscriber<LogBatch>, backfilled: LogEntry[], after: LogEntryKey): void {
    const held = this.held ?? [];
    this.held = null;
    if (!this.active) return;
    for (const entries of backfillBatches(backfilled)) this.enqueue({ entries });
    const cursor = DeliveryWatermark.atCursor(after);
    const overlap = new BackfillOverlap(backfilled);
    this.resumed = (batch) => {
      const fresh = overlap.fresh(batch.entries.filter((entry) => !cursor.isDelivered(entry)));
      return fresh.length === 0 ? null : { entries: fresh };
    };
    for (const batch of held) this.deliver(batch);
  }

  /**
   * Ends the subscription with an error event. `discardBuffered` drops what is still waiting so
   * the error is the very next event (overflow: the client is too far behind anyway).
   */
  fail(error: GraphQLError, { discardBuffered = false } = {}): void {
    if (!this.active) return;
    if (discardBuffered) this.buffer.clear();
    this.enqueue({ error });
    this.end();
  }

  /** Ends the subscription after what is buffered has been consumed. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.stop?.();
    this.leave();
  }

  private enqueue(event: SubscriberEvent<T>): void {
    // Before the consumer's first pull the executor has not run; the buffer holds events until then.
    if (this.push) void this.push(event).catch(() => {});
    else this.buffer.add(event);
  }

  private leave(): void {
    if (this.left) return;
    this.left = true;
    this.ended = true;
    this.onLeave(this);
  }
}
