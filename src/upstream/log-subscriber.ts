/**
 * One subscriber of a shared upstream source (a log tail, a machine status poll): a Repeater over
 * a bounded buffer of events. The source hands every event to every subscriber without waiting; a
 * subscriber whose buffer is full is told (an error event) and dropped, so one slow client neither
 * slows the others nor grows memory.
 */
import { Repeater, type RepeaterBuffer } from 'graphql-yoga';
import type { GraphQLError } from 'graphql';
import type { LogEntry } from './log-entries.ts';
import { clientError } from './errors.ts';

/** What a subscriber receives: a batch of entries, or the error that ends its subscription. */
export type LogEvent = SubscriberEvent<{ entries: LogEntry[] }>;
/** What a subscriber of any shared source receives: its events, or the error that ends it. */
export type SubscriberEvent<T extends object> = T | { error: GraphQLError };

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
export class LogSubscriber<T extends object = { entries: LogEntry[] }> {
  readonly events: Repeater<SubscriberEvent<T>>;
  private readonly buffer: BatchBuffer;
  private push: ((event: SubscriberEvent<T>) => Promise<unknown>) | null = null;
  private stop: (() => void) | null = null;
  private ended = false;
  private left = false;

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
    if (this.buffer.full) return this.fail(overflowError(this.buffer.capacity, this.what), { discardBuffered: true });
    this.enqueue(batch);
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
