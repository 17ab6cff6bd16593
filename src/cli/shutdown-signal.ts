/** Graceful stop of a long-running command on SIGTERM or SIGINT. */
import type { Logger } from '../gateway/logger.ts';

/**
 * SIGTERM or SIGINT runs `stop` once and exits 0 when it completes (1 if it throws); a second
 * signal while stopping exits at once with 1.
 */
export function onShutdownSignal(logger: Logger, stop: () => Promise<unknown>): void {
  let stopping = false;
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal while shutting down: exiting now');
      logger.flush();
      process.exit(1);
    }
    stopping = true;
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
