/** Graceful stop of a long-running command on SIGTERM or SIGINT. */
import type { Logger } from '../gateway/logger.ts';

/**
 * Signals this close to the first one are the same request. Ctrl-C in a terminal signals the
 * whole process group, and a wrapper in that group (npm start, tsx) forwards the signal again a
 * few milliseconds later; a person pressing Ctrl-C a second time takes longer than this.
 */
export const DUPLICATE_SIGNAL_WINDOW_MS = 1000;

/**
 * SIGTERM or SIGINT runs `stop` once and exits 0 when it completes (1 if it throws). A signal
 * within DUPLICATE_SIGNAL_WINDOW_MS of the first is ignored; a later one, while stopping, exits
 * at once with 1.
 */
export function onShutdownSignal(logger: Logger, stop: () => Promise<unknown>): void {
  let firstSignalAt: number | null = null;
  const handle = (signal: NodeJS.Signals) => {
    if (firstSignalAt !== null) {
      if (performance.now() - firstSignalAt < DUPLICATE_SIGNAL_WINDOW_MS) {
        logger.info({ signal }, 'same stop request again (the terminal and a wrapper both sent it): still shutting down gracefully');
        return;
      }
      logger.warn({ signal }, 'second signal while shutting down: exiting now');
      logger.flush();
      process.exit(1);
    }
    firstSignalAt = performance.now();
    logger.info({ signal }, 'shutting down');
    stop().then(
      () => {
        logger.info('exiting');
        logger.flush();
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        logger.flush();
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
}
