/**
 * Limits of the graphql-ws endpoint and their defaults: socket counts per client address (refused
 * at the HTTP upgrade with 429, before any WebSocket exists) and the error for a subscription over
 * the per-connection limit (that operation only; the connection stays).
 */
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { GraphQLError } from 'graphql';

export interface WebSocketLimits {
  /** Largest message a client may send; a bigger one closes the socket with 1009 (ws defaults to 100 MiB). */
  maxPayloadBytes: number;
  /** A socket that has not sent connection_init by then is closed with 4408. */
  connectionInitWaitTimeoutMs: number;
  /** Subscriptions one socket may have open at once; one more is answered with TOO_MANY_SUBSCRIPTIONS. */
  maxSubscriptionsPerConnection: number;
  /** Sockets one client address may have open at once; one more upgrade is refused with HTTP 429. */
  maxConnectionsPerAddress: number;
}

export const DEFAULT_WEBSOCKET_LIMITS: WebSocketLimits = {
  maxPayloadBytes: 1024 * 1024,
  connectionInitWaitTimeoutMs: 3_000,
  maxSubscriptionsPerConnection: 100,
  maxConnectionsPerAddress: 100,
};

export function tooManySubscriptions(limit: number): GraphQLError {
  return new GraphQLError(`too many subscriptions on this connection: at most ${limit} may be open at once; complete one first`, {
    extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', limit },
  });
}

/** Open (and opening) sockets by client address. */
export class ConnectionsPerAddress {
  private readonly open = new Map<string, number>();

  constructor(
    private readonly limit: number,
    /** The upgrade's client address (client-address.ts). */
    private readonly clientAddress: (request: http.IncomingMessage) => string,
  ) {}

  /**
   * Counts this upgrade against its address until its TCP socket closes (whether the upgrade
   * succeeds or not), or refuses it with 429 when the address is at the limit.
   */
  admit(request: http.IncomingMessage, socket: Duplex): boolean {
    const address = this.clientAddress(request);
    const count = this.open.get(address) ?? 0;
    if (count >= this.limit) {
      refuseUpgrade(socket, 429, 'Too Many Requests', `too many WebSocket connections from this address: at most ${this.limit} may be open at once`);
      return false;
    }
    this.open.set(address, count + 1);
    socket.once('close', () => {
      const left = (this.open.get(address) ?? 1) - 1;
      if (left > 0) this.open.set(address, left);
      else this.open.delete(address);
    });
    return true;
  }
}

/** Answers an upgrade request with a plain HTTP error instead of switching protocols. */
export function refuseUpgrade(socket: Duplex, status: number, statusText: string, message = ''): void {
  const body = message ? `${message}\n` : '';
  socket.end(
    `HTTP/1.1 ${status} ${statusText}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
