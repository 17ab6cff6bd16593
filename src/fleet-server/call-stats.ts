/**
 * Counts the RPCs the fleet server receives, by method, with how many run at once and how many
 * the client cancelled before they were answered; this is how tests and benchmarks see what the
 * gateway really sends upstream. It can also hold calls back for a while (a slow upstream) or
 * answer them with an error status without running them (an upstream in trouble), both injected
 * on purpose, and report each finished call to watchers (method, authorization header, request,
 * outcome).
 */
import { ResponderBuilder, ServerInterceptingCall, ServerListenerBuilder, status as grpcStatus, type ServerInterceptor } from '@grpc/grpc-js';

/** One call as the fleet server saw it, reported once it is answered or cancelled. */
export interface ObservedCall {
  method: string;
  /** The `authorization` metadata as received (a bearer token), if any. */
  authorization: string | undefined;
  /** The decoded request message (the first one, for client streams). */
  request: unknown;
  /** The status sent, or CANCELLED when the client went away first. */
  code: grpcStatus;
  cancelled: boolean;
}

export type CallWatcher = (call: ObservedCall) => void;

export class CallStats {
  private readonly counts = new Map<string, number>();
  private readonly inFlight = new Map<string, number>();
  private readonly peaks = new Map<string, number>();
  private readonly delays = new Map<string, number>();
  private readonly failures = new Map<string, { code: grpcStatus; left: number }>();
  private readonly cancellations = new Map<string, number>();
  private readonly watchers = new Set<CallWatcher>();
  /** Per method, the highest wave among its calls answered so far (see `waves`). */
  private readonly answeredWaves = new Map<string, number>();
  private lastWave = 0;

  /** 1 + the highest wave of any call of another method answered before this one started. */
  private waveOfNewCall(method: string): number {
    let wave = 1;
    for (const [other, answered] of this.answeredWaves) if (other !== method && answered >= wave) wave = answered + 1;
    this.lastWave = Math.max(this.lastWave, wave);
    return wave;
  }

  readonly interceptor: ServerInterceptor = (descriptor, call) => {
    const method = descriptor.path.slice(descriptor.path.lastIndexOf('/') + 1);
    let finished = false;
    let authorization: string | undefined;
    let request: unknown;
    let wave = 0;
    const finish = (code: grpcStatus, cancelled: boolean) => {
      if (finished) return;
      finished = true;
      if (wave > (this.answeredWaves.get(method) ?? 0)) this.answeredWaves.set(method, wave);
      this.inFlight.set(method, (this.inFlight.get(method) ?? 1) - 1);
      if (cancelled) this.cancellations.set(method, this.cancelled(method) + 1);
      for (const watcher of this.watchers) watcher({ method, authorization, request, code, cancelled });
    };
    // Holding the metadata holds the whole call (the handler runs after it); a call cancelled
    // meanwhile is dropped by grpc-js and never reaches the handler.
    const listener = new ServerListenerBuilder()
      .withOnReceiveMetadata((metadata, next) => {
        const header = metadata.get('authorization')[0];
        authorization = header === undefined ? undefined : String(header);
        const failure = this.failures.get(method);
        if (failure && failure.left > 0) {
          failure.left -= 1;
          const injected = { code: failure.code, details: `injected ${grpcStatus[failure.code]} for ${method}` };
          finish(injected.code, false);
          // Not passed on: the handler never sees this call.
          return call.sendStatus(injected);
        }
        const delay = this.delays.get(method) ?? this.delays.get('*') ?? 0;
        if (delay > 0) setTimeout(() => next(metadata), delay);
        else next(metadata);
      })
      .withOnReceiveMessage((message, next) => {
        request ??= message;
        next(message);
      })
      // grpc-js also calls this after a normal end; only an unanswered call counts as cancelled.
      .withOnCancel(() => finish(grpcStatus.CANCELLED, true))
      .build();
    const responder = new ResponderBuilder()
      .withStart((next) => {
        this.counts.set(method, this.count(method) + 1);
        const now = (this.inFlight.get(method) ?? 0) + 1;
        this.inFlight.set(method, now);
        this.peaks.set(method, Math.max(this.peaks.get(method) ?? 0, now));
        wave = this.waveOfNewCall(method);
        next(listener);
      })
      .withSendStatus((status, next) => {
        finish(status.code, false);
        next(status);
      })
      .build();
    return new ServerInterceptingCall(call, responder);
  };

  count(method: string): number {
    return this.counts.get(method) ?? 0;
  }

  /** Calls of `method` the client cancelled (or whose deadline passed) before they were answered. */
  cancelled(method: string): number {
    return this.cancellations.get(method) ?? 0;
  }

  /** Calls by method since the last reset. */
  snapshot(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  /** The most calls of a method that were being handled at the same moment. */
  peak(method: string): number {
    return this.peaks.get(method) ?? 0;
  }

  /**
   * Upstream waves since the last reset: the longest chain of calls each of which started only
   * after a call of another method had been answered (a child level waiting for its parent).
   * Calls of one method held back by the client's own bound on calls in flight do not count as
   * waves of their own: they wait for each other, not for the level above.
   */
  waves(): number {
    return this.lastWave;
  }

  /** Holds every call of `method` (or of all methods with '*') for `ms` before handling it. */
  delay(method: string, ms: number): void {
    if (ms > 0) this.delays.set(method, ms);
    else this.delays.delete(method);
  }

  /** Answers the next `times` calls of `method` with `code` without running them; `times` 0 stops it. */
  fail(method: string, code: grpcStatus, times = Number.POSITIVE_INFINITY): void {
    if (times > 0) this.failures.set(method, { code, left: times });
    else this.failures.delete(method);
  }

  /** Reports every call from now on as it finishes; returns the function that stops it. */
  watch(watcher: CallWatcher): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  reset(): void {
    this.counts.clear();
    this.peaks.clear();
    this.cancellations.clear();
    this.answeredWaves.clear();
    this.lastWave = 0;
  }
}
