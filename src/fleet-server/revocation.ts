/**
 * Calls that outlive the check that opened them (TailRobotPartLogs) re-check their caller's
 * credentials and authorization: at once when a handler signals that access may have been taken
 * away (a role removed, a secret or part deleted, a robot or location moved), and every
 * REAUTHORIZE_INTERVAL_MS as a backstop for changes made outside this process (`fleetgraph keys
 * delete` writes straight to the database) and for tokens running out.
 */

export const REAUTHORIZE_INTERVAL_MS = 1000;

export class RevocationSignal {
  private readonly listeners = new Set<() => void>();

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Handlers call this inside their transaction; listeners run on the next turn of the event
   * loop, after the commit (or the rollback, when their re-check then simply passes).
   */
  notify(): void {
    if (this.listeners.size === 0) return;
    setImmediate(() => {
      for (const listener of [...this.listeners]) listener();
    });
  }
}

/**
 * Runs `recheck` on every signal and every interval until the returned stop is called; the first
 * failure is handed to `revoked` and ends the watch.
 */
export function watchAccess(signal: RevocationSignal, recheck: () => Promise<void>, revoked: (error: unknown) => void): () => void {
  let stopped = false;
  let running = false;
  let again = false;
  const run = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    recheck().then(
      () => {
        running = false;
        if (again) {
          again = false;
          run();
        }
      },
      (error: unknown) => {
        running = false;
        if (stopped) return;
        stop();
        revoked(error);
      },
    );
  };
  const unsubscribe = signal.subscribe(run);
  const timer = setInterval(run, REAUTHORIZE_INTERVAL_MS);
  timer.unref();
  const stop = () => {
    stopped = true;
    unsubscribe();
    clearInterval(timer);
  };
  return stop;
}
