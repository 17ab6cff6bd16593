/**
 * A raw `ws` client speaking graphql-transport-ws by hand: every message the server sends is kept,
 * and the test decides what to send and when (a second connection_init, a duplicate id, nothing
 * at all), which a protocol-abiding client library would never do.
 */
import WebSocket from 'ws';
import { wsUrl } from './live-logs.ts';

export const GRAPHQL_TRANSPORT_WS = 'graphql-transport-ws';

export interface ServerMessage {
  type: string;
  id?: string;
  payload?: any;
}

export interface RawSocket {
  ws: WebSocket;
  /** Every message received so far, in order. */
  received: ServerMessage[];
  /** Resolves with the close code and reason once the socket is closed (by either side). */
  closed: Promise<{ code: number; reason: string }>;
  send(message: ServerMessage | Record<string, unknown> | string): void;
  /** The first received message matching `match` (waiting for it if needed). */
  next(match: (message: ServerMessage) => boolean, timeoutMs?: number): Promise<ServerMessage>;
  /** connection_init with `payload`, then waits for connection_ack. */
  init(payload: Record<string, unknown>): Promise<void>;
  close(): void;
}

/** Opens a socket; rejects with the HTTP status when the upgrade is refused (e.g. 429). `options`: `ws`'s, e.g. `{ ca }` for wss:// with a test CA. */
export function openRawSocket(httpUrl: string, protocol = GRAPHQL_TRANSPORT_WS, options: WebSocket.ClientOptions = {}): Promise<RawSocket> {
  const ws = new WebSocket(wsUrl(httpUrl), protocol, options);
  const received: ServerMessage[] = [];
  const waiters = new Set<() => void>();
  ws.on('message', (data) => {
    received.push(JSON.parse(String(data)) as ServerMessage);
    for (const wake of [...waiters]) wake();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once('close', (code, reason) => {
      resolve({ code, reason: String(reason) });
      for (const wake of [...waiters]) wake();
    }),
  );
  const socket: RawSocket = {
    ws,
    received,
    closed,
    send: (message) => ws.send(typeof message === 'string' ? message : JSON.stringify(message)),
    next(match, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = received.find(match);
          if (found) return done(() => resolve(found));
          if (ws.readyState === WebSocket.CLOSED) done(() => reject(new Error(`socket closed before the expected message; got ${JSON.stringify(received)}`)));
        };
        const timer = setTimeout(() => done(() => reject(new Error(`no expected message within ${timeoutMs} ms; got ${JSON.stringify(received)}`))), timeoutMs);
        const done = (settle: () => void) => {
          clearTimeout(timer);
          waiters.delete(check);
          settle();
        };
        waiters.add(check);
        check();
      });
    },
    async init(payload) {
      socket.send({ type: 'connection_init', payload });
      await socket.next((m) => m.type === 'connection_ack');
    },
    close: () => ws.close(1000),
  };
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(socket));
    ws.once('unexpected-response', (_request, response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => reject(Object.assign(new Error(`upgrade refused: ${response.statusCode} ${body.trim()}`), { status: response.statusCode, body })));
    });
    ws.once('error', reject);
  });
}
