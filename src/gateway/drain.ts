/**
 * Graceful stop of an HTTP server: stop listening, let every request in flight finish (its
 * response says `Connection: close`), close keep-alive connections once they are idle, and cut
 * whatever is left when the deadline passes. No client sees a connection reset for a request the
 * server had started to read before the deadline.
 */
import net from 'node:net';
import type http from 'node:http';

export interface HttpDrain {
  /** True once `drain` was called. */
  readonly draining: boolean;
  /** Requests whose response has not finished. */
  readonly inFlight: number;
  /**
   * Stops accepting and waits for requests in flight; resolves true when they all finished, false
   * when the deadline cut some.
   */
  drain(deadlineMs: number): Promise<boolean>;
}

/** Tracks the requests of `server`; call before it listens. */
export function trackRequests(server: http.Server): HttpDrain {
  const responses = new Set<http.ServerResponse>();
  let draining = false;
  let onIdle: (() => void) | null = null;

  server.on('request', (_req: http.IncomingMessage, res: http.ServerResponse) => {
    responses.add(res);
    if (draining && !res.headersSent) res.setHeader('connection', 'close');
    res.once('close', () => {
      responses.delete(res);
      if (draining && responses.size === 0) onIdle?.();
    });
  });

  /** Resolves after every request in flight finished; a request whose bytes were already on their way is given a moment to arrive. */
  const settled = () =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (responses.size > 0) {
          onIdle = check;
          return;
        }
        // Two turns of the event loop: data already received on an idle keep-alive socket becomes a request first.
        setImmediate(() =>
          setImmediate(() => {
            if (responses.size > 0) onIdle = check;
            else resolve();
          }),
        );
      };
      check();
    });

  return {
    get draining() {
      return draining;
    },
    get inFlight() {
      return responses.size;
    },
    async drain(deadlineMs) {
      draining = true;
      // Stop listening without http.Server.close(), which would also drop idle keep-alive
      // connections at once, racing requests a client is sending on them right now.
      const closed = new Promise<void>((resolve) => net.Server.prototype.close.call(server, () => resolve()));
      for (const res of responses) if (!res.headersSent) res.setHeader('connection', 'close');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([settled(), new Promise<void>((resolve) => (timer = setTimeout(resolve, deadlineMs)))]);
      clearTimeout(timer);
      const finished = responses.size === 0;
      server.closeIdleConnections();
      if (!finished) server.closeAllConnections();
      // Connections left are finishing their last response, or were just cut.
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
      // Already closed for new connections; this stops http.Server's own timers too.
      server.close(() => {});
      return finished;
    },
  };
}
