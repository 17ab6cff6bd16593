/**
 * The gateway-wide pool of upstream calls in flight, shared fairly between callers: each caller
 * (a credential fingerprint) has its own queue, a freed slot goes to the waiting caller that holds
 * the fewest slots (round robin among equals) rather than to the oldest waiting call, and no
 * caller holds more than `maxPerCaller` slots at once. One heavy operation thus waits behind its
 * own calls, never another caller's small query behind all of them.
 */
export class FairShare {
  private active = 0;
  private pending = 0;
  private readonly activeBy = new Map<string, number>();
  /** Callers with waiting calls, in the order they get their next turn. */
  private readonly queues = new Map<string, (() => void)[]>();

  constructor(
    readonly max: number,
    readonly maxPerCaller: number,
  ) {}

  get activeCount(): number {
    return this.active;
  }

  get pendingCount(): number {
    return this.pending;
  }

  run<T>(caller: string, task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        this.active += 1;
        this.activeBy.set(caller, this.held(caller) + 1);
        (async () => task())()
          .then(resolve, reject)
          .finally(() => {
            this.active -= 1;
            const left = this.held(caller) - 1;
            if (left > 0) this.activeBy.set(caller, left);
            else this.activeBy.delete(caller);
            this.startNext();
          });
      };
      if (this.active < this.max && this.held(caller) < this.maxPerCaller && !this.queues.has(caller)) return start();
      const queue = this.queues.get(caller);
      if (queue) queue.push(start);
      else this.queues.set(caller, [start]);
      this.pending += 1;
    });
  }

  private held(caller: string): number {
    return this.activeBy.get(caller) ?? 0;
  }

  private startNext(): void {
    while (this.active < this.max) {
      // The waiting caller holding the fewest slots goes next; among equals, the one whose turn is due.
      let next: string | undefined;
      for (const caller of this.queues.keys()) {
        const held = this.held(caller);
        if (held < this.maxPerCaller && (next === undefined || held < this.held(next))) next = caller;
      }
      if (next === undefined) return;
      const queue = this.queues.get(next)!;
      const start = queue.shift()!;
      // To the back of the line: the other callers waiting go first.
      this.queues.delete(next);
      if (queue.length > 0) this.queues.set(next, queue);
      this.pending -= 1;
      start();
    }
  }
}
