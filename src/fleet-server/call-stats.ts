/**
 * Counts the RPCs the fleet server receives, by method, with how many run at once; this is how
 * tests and benchmarks see what the gateway really sends upstream. It can also hold calls back
 * for a while (a slow upstream, injected on purpose).
 */
import { ResponderBuilder, ServerInterceptingCall, type ServerInterceptor } from '@grpc/grpc-js';

export class CallStats {
  private readonly counts = new Map<string, number>();
  private readonly inFlight = new Map<string, number>();
  private readonly peaks = new Map<string, number>();
  private readonly delays = new Map<string, number>();

  readonly interceptor: ServerInterceptor = (descriptor, call) => {
    const method = descriptor.path.slice(descriptor.path.lastIndexOf('/') + 1);
    let finished = false;
    const responder = new ResponderBuilder()
      .withStart((next) => {
        this.counts.set(method, (this.count(method)) + 1);
        const now = (this.inFlight.get(method) ?? 0) + 1;
        this.inFlight.set(method, now);
        this.peaks.set(method, Math.max(this.peaks.get(method) ?? 0, now));
        const delay = this.delays.get(method) ?? this.delays.get('*') ?? 0;
        if (delay > 0) setTimeout(() => next(), delay);
        else next();
      })
      .withSendStatus((status, next) => {
        if (!finished) {
          finished = true;
          this.inFlight.set(method, (this.inFlight.get(method) ?? 1) - 1);
        }
        next(status);
      })
      .build();
    return new ServerInterceptingCall(call, responder);
  };

  count(method: string): number {
    return this.counts.get(method) ?? 0;
  }

  /** Calls by method since the last reset. */
  snapshot(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  /** The most calls of a method that were being handled at the same moment. */
  peak(method: string): number {
    return this.peaks.get(method) ?? 0;
  }

  /** Holds every call of `method` (or of all methods with '*') for `ms` before handling it. */
  delay(method: string, ms: number): void {
    if (ms > 0) this.delays.set(method, ms);
    else this.delays.delete(method);
  }

  reset(): void {
    this.counts.clear();
    this.peaks.clear();
  }
}
