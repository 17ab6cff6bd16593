/** Fans stored log entries out to the live `TailRobotPartLogs` streams of their part. */
export type LogListener<T> = (entries: T[]) => void;

export class LogBus<T> {
  private readonly listeners = new Map<string, Set<LogListener<T>>>();

  subscribe(partId: string, listener: LogListener<T>): () => void {
    let set = this.listeners.get(partId);
    if (!set) this.listeners.set(partId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(partId);
    };
  }

  publish(partId: string, entries: T[]): void {
    for (const listener of this.listeners.get(partId) ?? []) listener(entries);
  }

  /** Open tail streams, for one part or in all. */
  count(partId?: string): number {
    if (partId !== undefined) return this.listeners.get(partId)?.size ?? 0;
    let total = 0;
    for (const set of this.listeners.values()) total += set.size;
    return total;
  }
}
