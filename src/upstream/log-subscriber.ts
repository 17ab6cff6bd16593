/**
 * One subscriber of a shared log tail: a Repeater over a bounded buffer of batches. The tail hands
 * every batch to every subscriber without waiting; a subscriber whose buffer is full is told (an
 * error event) and dropped, so one slow client neither slows the others nor grows memory.
 */
import { Repeater, type RepeaterBuffer } from 'graphql-yoga';
import type { GraphQLError } from 'graphql';
import { BackfillOverlap, DeliveryWatermark, type LogEntry, type LogEntryKey } from './log-entries.ts';
import { clientError } from './errors.ts';
import { backfillBatches } from './log-backfill.ts';

/** What a subscriber receives: a batch of entries, or the error that ends its subscription. */
export type LogEvent = { entries: LogEntry[] } | { error: GraphQLError };

/** A FIFO with a capacity that the subscriber can also empty at once (on overflow). */
class BatchBuffer implements RepeaterBuffer {
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

export function overflowError(capacity: number): GraphQLError {
  return clientError(
    'SUBSCRIBER_BUFFER_OVERFLOW',
    `subscriber buffer overflow: more than ${capacity} log batches were waiting for this client, so its subscription was ended`,
  );
}

/**
 * The Repeater a subscription's consumer iterates. `return()` and `throw()` are overridden
 * because a Repeater that was never pulled does not run its executor, and a consumer may give up
 * before pulling.
 */
class LogEventRepeater extends Repeater<LogEvent> {
  constructor(
    executor: ConstructorParameters<typeof Repeater<LogEvent>>[0],
    buffer: RepeaterBuffer,
    private readonly onReturn: () => void,
  ) {
    super(executor, buffer);
  }
  override return(value?: any): Promise<IteratorResult<LogEvent, any>> {
    this.onReturn();
    return super.return(value);
  }
  override throw(error: unknown): Promise<IteratorResult<LogEvent, any>> {
    this.onReturn();
    return super.throw(error);
  }
}

export class LogSubscriber {
  readonly events: Repeater<LogEvent>;
  private readonly buffer: BatchBuffer;
  private push: ((event: LogEvent) => Promise<unknown>) | null = null;
  private stop: (() => void) | null = null;
  private ended = false;
  private left = false;
  /** Live batches held back while this subscriber's own backfill is read (resuming from a cursor). */
  private held: LogEntry[][] | null = null;
  /**
   * After its backfill, until a live entry newer than the backfill arrives: what the client had
   * before resuming (up to its cursor) and what the backfill delivered, both to drop from live batches.
   */
  private resumed: { cursor: DeliveryWatermark; overlap: BackfillOverlap } | null = null;

  constructor(
    capacity: number,
    /** Called once when the subscriber goes: its consumer returned, it overflowed, or it was ended. */
    private readonly onLeave: (subscriber: LogSubscriber) => void,
  ) {
    this.buffer = new BatchBuffer(capacity);
    this.events = new LogEventRepeater(
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
  deliver(batch: { entries: LogEntry[] }): void {
    if (!this.active) return;
    if (this.held) {
      if (this.held.length >= this.buffer.capacity) return this.fail(overflowError(this.buffer.capacity), { discardBuffered: true });
      this.held.push(batch.entries);
      return;
    }
    if (this.buffer.full) return this.fail(overflowError(this.buffer.capacity), { discardBuffered: true });
    if (this.resumed) {
      const fresh = this.notYetDelivered(this.resumed, batch.entries);
      if (fresh.length === 0) return;
      this.resumed = null;
      batch = { entries: fresh };
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
  caughtUp(backfilled: LogEntry[], after: LogEntryKey): void {
    const held = this.held ?? [];
    this.held = null;
    if (!this.active) return;
    for (const entries of backfillBatches(backfilled)) this.enqueue({ entries });
    this.resumed = { cursor: DeliveryWatermark.atCursor(after), overlap: new BackfillOverlap(backfilled) };
    for (const entries of held) this.deliver({ entries });
  }

  private notYetDelivered(resumed: { cursor: DeliveryWatermark; overlap: BackfillOverlap }, entries: LogEntry[]): LogEntry[] {
    return resumed.overlap.fresh(entries.filter((entry) => !resumed.cursor.isDelivered(entry)));
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

  private enqueue(event: LogEvent): void {
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
