/**
 * One shared upstream log tail: a `TailRobotPartLogs` call for one (part, errorsOnly, filter,
 * caller) and the subscribers attached to it. A tail that drops is reopened with jittered
 * exponential backoff, and the gap is backfilled from `GetRobotPartLogs` (entries after the last
 * one delivered), so every subscriber sees each entry once, in order.
 */
import { connectivityState } from '@grpc/grpc-js';
import { GraphQLError } from 'graphql';
import type { OpenServerStream, UpstreamSession } from './session.ts';
import { clientError, upstreamError } from './errors.ts';
import { BackfillOverlap, DeliveryWatermark, logTimeFromMs, type LogEntry, type LogEntryKey } from './log-entries.ts';
import { backfillBatches, readBackfill } from './log-backfill.ts';
import { LogSubscriber } from './log-subscriber.ts';
import type { GuardedTail } from './log-access.ts';
import type { LogStreamOptions, LogTailArgs } from './log-streams.ts';
import type { TailRobotPartLogsResponse__Output } from '../generated/viam/app/v1/TailRobotPartLogsResponse.ts';

/** Errors a retry cannot fix: the subscription ends with them as they are. */
const TERMINAL_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'FAILED_PRECONDITION', 'LOG_GAP_TOO_LARGE']);

const codeOf = (error: Error) => (error instanceof GraphQLError ? (error.extensions.code as string | undefined) : undefined);

/** One upstream tail call and what arrived on it while its backfill was being read. */
interface Connection {
  call: OpenServerStream | null;
  live: boolean;
  /** Live batches held back until the backfill before them has been delivered. */
  held: LogEntry[][] | null;
  overlap: BackfillOverlap | null;
  liveTimer: NodeJS.Timeout | null;
}

export class SharedLogTail implements GuardedTail {
  readonly subscribers = new Set<LogSubscriber>();
  readonly ready: Promise<void>;
  private settleReady!: (error?: Error) => void;
  private readySettled = false;
  private closed = false;
  private connection: Connection | null = null;
  /** Null until the tail first goes live; from then on, where a backfill resumes. */
  private delivered: DeliveryWatermark | null = null;
  private failures = 0;
  private renewToken = false;
  private renewedSinceLive = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private readonly abort = new AbortController();
  /**
   * The tail's own session with the subscribers' credentials: it outlives the operation that
   * opened it, so it does not share that operation's signal or bound.
   */
  readonly session: UpstreamSession;

  constructor(
    readonly key: string,
    /** Fingerprint of the credentials every subscriber of this tail presented. */
    readonly credential: string,
    private readonly args: LogTailArgs,
    /** The first subscriber's session: the credentials (same for every subscriber of this key) to open calls with. */
    opener: UpstreamSession,
    private readonly options: LogStreamOptions,
    private readonly onClosed: (tail: SharedLogTail) => void,
    /** The upstream refused the tail's credentials (UNAUTHENTICATED, FORBIDDEN): other tails of them may be affected too. */
    private readonly onRefused: (tail: SharedLogTail, error: GraphQLError) => void = () => {},
  ) {
    this.session = opener.detached(this.abort.signal);
    this.ready = new Promise<void>((resolve, reject) => {
      this.settleReady = (error) => {
        if (this.readySettled) return;
        this.readySettled = true;
        if (error) reject(error);
        else resolve();
      };
    });
    this.ready.catch(() => {});
  }

  get partId(): string {
    return this.args.partId;
  }

  /** A new subscriber; `onLeave` runs once when it goes (its slot under the per-caller cap). */
  attach(onLeave: () => void = () => {}): LogSubscriber {
    const subscriber = new LogSubscriber(this.options.subscriberBufferBatches, (s) => {
      onLeave();
      this.detach(s);
    });
    this.subscribers.add(subscriber);
    return subscriber;
  }

  start(): void {
    void this.connect();
  }

  private detach(subscriber: LogSubscriber): void {
    this.subscribers.delete(subscriber);
    if (this.subscribers.size === 0) this.close();
  }

  /** Cancels the upstream call and ends every subscriber (after what each has buffered). */
  close(error: Error = clientError('UPSTREAM_UNAVAILABLE', 'the log stream was closed')): void {
    if (this.closed) return;
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.abort.abort();
    this.hangUp();
    this.settleReady(error);
    for (const subscriber of [...this.subscribers]) subscriber.end();
    this.onClosed(this);
  }

  private async connect(): Promise<void> {
    this.retryTimer = null;
    if (this.closed) return;
    const connection: Connection = { call: null, live: false, held: null, overlap: null, liveTimer: null };
    this.connection = connection;
    const current = () => this.connection === connection;
    const { partId, errorsOnly, filter } = this.args;
    try {
      connection.call = await this.session.serverStream(
        'TailRobotPartLogs',
        { id: partId, errors_only: errorsOnly, ...(filter ? { filter } : {}) },
        {
          onHeaders: () => current() && this.wentLive(connection),
          onData: (response: TailRobotPartLogsResponse__Output) => {
            if (!current()) return;
            this.wentLive(connection);
            this.received(connection, response.logs);
          },
          onError: (error) => current() && this.dropped(error),
          // The upstream ended a stream that never ends by itself.
          onEnd: () => current() && this.dropped(clientError('UPSTREAM_UNAVAILABLE', 'the upstream ended the log stream')),
        },
        this.renewToken,
      );
      this.renewToken = false;
    } catch (error) {
      if (!current()) return;
      this.connection = null;
      return this.failed(error);
    }
    if (!current()) return connection.call.cancel();
    this.armLiveTimer(connection);
  }

  /**
   * The fallback for servers that send headers only with the first entry. While the channel is
   * still connecting the call cannot be live yet, so the timer waits for a connected channel.
   */
  private armLiveTimer(connection: Connection): void {
    connection.liveTimer = setTimeout(() => {
      if (this.connection !== connection || connection.live) return;
      if (this.session.client.channel.getConnectivityState(false) === connectivityState.READY) this.wentLive(connection);
      else this.armLiveTimer(connection);
    }, this.options.liveTimeoutMs);
  }

  private wentLive(connection: Connection): void {
    if (connection.live) return;
    connection.live = true;
    if (connection.liveTimer) clearTimeout(connection.liveTimer);
    if (!this.delivered) {
      // First open: the stream starts now, there is nothing to catch up on.
      this.delivered = new DeliveryWatermark(logTimeFromMs(Date.now()));
      this.recovered();
      this.settleReady();
      return;
    }
    connection.held = [];
    this.readBackfill().then(
      (backfilled) => {
        if (this.connection !== connection) return;
        for (const batch of backfillBatches(backfilled)) this.fanOut(batch);
        connection.overlap = new BackfillOverlap(backfilled);
        const held = connection.held ?? [];
        connection.held = null;
        for (const batch of held) this.received(connection, batch);
        this.recovered();
      },
      (error) => this.connection === connection && this.dropped(error),
    );
  }

  private received(connection: Connection, entries: LogEntry[]): void {
    if (connection.held) {
      connection.held.push(entries);
      return;
    }
    this.fanOut(connection.overlap ? connection.overlap.fresh(entries) : entries);
  }

  private fanOut(entries: LogEntry[]): void {
    if (entries.length === 0) return;
    for (const entry of entries) this.delivered?.record(entry);
    const batch = { entries };
    for (const subscriber of [...this.subscribers]) subscriber.deliver(batch);
  }

  /** Entries logged after the last delivered one, oldest first, already-delivered ones left out. */
  private readBackfill(): Promise<LogEntry[]> {
    return readBackfill(this.session, this.args, this.delivered!, this.options.maxBackfillEntries, 'were logged while the log stream was down');
  }

  /**
   * Brings a subscriber that resumes after the entry `after` names up to this tail's live stream:
   * the live batches it gets from attaching on are held while everything logged after `after` is
   * read (from the moment the tail is live, so the read covers every entry the held batches
   * could miss); it gets that backfill, then the held batches without what the backfill already
   * had. `subscriber` must have been holding since it attached. The backfill is read with the
   * subscriber's own `session` (its operation's budget and signal; same credentials as the tail).
   */
  async catchUp(subscriber: LogSubscriber, after: LogEntryKey, session: UpstreamSession): Promise<void> {
    await this.ready;
    const backfilled = await readBackfill(
      session,
      this.args,
      DeliveryWatermark.atCursor(after),
      this.options.maxBackfillEntries,
      'were logged after the entry `after` names; read them with RobotPart.logs and resume from a newer entry',
    );
    subscriber.caughtUp(backfilled, after);
  }

  private recovered(): void {
    this.failures = 0;
    this.renewedSinceLive = false;
  }

  private hangUp(): void {
    const connection = this.connection;
    this.connection = null;
    if (!connection) return;
    if (connection.liveTimer) clearTimeout(connection.liveTimer);
    connection.call?.cancel();
  }

  private dropped(error: unknown): void {
    this.hangUp();
    this.failed(error);
  }

  private failed(error: unknown): void {
    if (this.closed) return;
    const mapped = upstreamError(error, 'TailRobotPartLogs');
    const code = codeOf(mapped);
    if (code === 'UNAUTHENTICATED' && this.session.credentials?.kind === 'api-key' && !this.renewedSinceLive) {
      // The exchanged token expired (or the upstream restarted with new keys): exchange again once.
      this.renewToken = true;
      this.renewedSinceLive = true;
      return this.retryAfter(0);
    }
    if (code && TERMINAL_CODES.has(code)) {
      this.terminate(mapped);
      if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') this.onRefused(this, mapped as GraphQLError);
      // As unary calls do (session.withMetadata): the cache forgets it and its sockets are closed.
      if (code === 'UNAUTHENTICATED' && this.session.credentials) this.session.tokens.refuse(this.session.credentials);
      return;
    }
    this.failures += 1;
    if (this.failures >= this.options.reconnectAttempts) {
      const reason = mapped instanceof GraphQLError ? `: ${mapped.message}` : '';
      return this.terminate(
        clientError('UPSTREAM_UNAVAILABLE', `the log stream of part ${this.args.partId} could not be reopened after ${this.failures} attempts${reason}`),
      );
    }
    this.retryAfter(this.backoff(this.failures));
  }

  /** Half to all of base·2^(n-1), capped: spread out so many tails do not reconnect in step. */
  private backoff(failures: number): number {
    const ceiling = Math.min(this.options.reconnectMaxDelayMs, this.options.reconnectBaseDelayMs * 2 ** (failures - 1));
    return ceiling / 2 + (Math.random() * ceiling) / 2;
  }

  private retryAfter(ms: number): void {
    this.retryTimer = setTimeout(() => void this.connect(), ms);
  }

  /** The credentials lost access to this part: every subscriber ends with `error`. */
  revoke(error: GraphQLError): void {
    this.terminate(error);
  }

  /** Ends every subscriber with `error` (an error event after what it has buffered) and closes. */
  private terminate(error: GraphQLError | Error): void {
    const graphqlError = error instanceof GraphQLError ? error : clientError('UPSTREAM_UNAVAILABLE', 'the log stream failed');
    this.settleReady(graphqlError);
    for (const subscriber of [...this.subscribers]) subscriber.fail(graphqlError);
    this.close(graphqlError);
  }
}

