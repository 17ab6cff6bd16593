/**
 * graphql-ws on the HTTP server's port and path: `ws` accepts the upgrades (after the limits of
 * websocket-limits.ts: path, sockets per client address, message size), graphql-ws runs the
 * protocol with the options of graphql-ws-options.ts, and the disposer it returns is how the
 * sockets are closed at shutdown. Sockets are tracked by credential: when the token cache learns
 * that a credential is refused, every socket that connected with it is closed with 4403.
 */
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import type { YogaServerInstance } from 'graphql-yoga';
import { CloseCode } from 'graphql-ws';
import { credentialFingerprint, type TokenCache } from '../upstream/credentials.ts';
import type { UpstreamClient } from '../upstream/client.ts';
import { graphqlWsOptions } from './graphql-ws-options.ts';
import { credentialVerifier } from './credential-check.ts';
import { ConnectionsPerAddress, DEFAULT_WEBSOCKET_LIMITS, refuseUpgrade, type WebSocketLimits } from './websocket-limits.ts';
import type { CallerRateLimiter } from './rate-limit.ts';
import { socketAddress } from './client-address.ts';

export interface WebSocketOptions extends Partial<WebSocketLimits> {
  path: string;
  /** Server pings this often; a client that misses a pong is dropped. */
  keepAliveMs?: number;
  /** Budgets connection_init and operations like HTTP requests (rate-limit.ts). */
  rateLimiter?: CallerRateLimiter | null;
  /** Why an upgrade's Host is refused (host-check.ts), or null. */
  hostRefusal?: (request: http.IncomingMessage) => string | null;
  /** An upgrade's client address (client-address.ts), for the per-address socket cap and budgets. */
  clientAddress?: (request: http.IncomingMessage) => string;
}

export interface GraphQLWebSocketServer {
  /** Open sockets. */
  readonly sockets: number;
  /** Stops accepting and closes every socket (1001 Going away, cut if its closing handshake does not finish soon). */
  close(): Promise<void>;
}

/** How long a socket has to answer the close frame before it is cut. */
const CLOSE_GRACE_MS = 500;

/**
 * `ws` reports a client's bad frames (over maxPayload, invalid UTF-8, bad opcodes) as a socket
 * 'error' after it has already closed the socket with the right code (1009, 1007, 1002).
 * graphql-ws prints every socket error as an internal error with its stack; for these, which any
 * client can cause at will, it stays quiet. Runs after graphql-ws added its listener.
 */
function quietClientFrameErrors(socket: WebSocket): void {
  for (const listener of socket.listeners('error') as ((error: Error) => void)[]) {
    socket.off('error', listener);
    socket.once('error', (error: Error & { code?: unknown }) => {
      if (typeof error.code === 'string' && error.code.startsWith('WS_ERR_')) return;
      listener.call(socket, error);
    });
  }
}

/** Open sockets by the fingerprint of the credential they connected with. */
class SocketsByCredential {
  private readonly sockets = new Map<string, Set<WebSocket>>();

  add(fingerprint: string, socket: WebSocket): void {
    let sockets = this.sockets.get(fingerprint);
    if (!sockets) this.sockets.set(fingerprint, (sockets = new Set()));
    sockets.add(socket);
    socket.once('close', () => {
      sockets.delete(socket);
      if (sockets.size === 0 && this.sockets.get(fingerprint) === sockets) this.sockets.delete(fingerprint);
    });
  }

  /**
   * Closes every socket of the credential (graphql-ws then ends their operations). Deferred a
   * turn: the refusal is learned inside an operation or a log recheck, whose error results (the
   * UNAUTHENTICATED that says why) are then sent before the close frame.
   */
  close(fingerprint: string, code: number, reason: string): void {
    const sockets = this.sockets.get(fingerprint);
    if (sockets) setImmediate(() => sockets.forEach((socket) => socket.close(code, reason)));
  }
}

/** The options that were given, so an explicit `undefined` does not replace a default. */
function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}

export function attachGraphQLWebSocket(
  server: http.Server,
  yoga: YogaServerInstance<any, any>,
  upstream: UpstreamClient,
  tokens: TokenCache,
  options: WebSocketOptions,
): GraphQLWebSocketServer {
  const limits: WebSocketLimits = { ...DEFAULT_WEBSOCKET_LIMITS, ...definedOnly(options) };
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxPayloadBytes });
  const clientAddress = options.clientAddress ?? socketAddress;
  const perAddress = new ConnectionsPerAddress(limits.maxConnectionsPerAddress, clientAddress);
  const byCredential = new SocketsByCredential();
  const onRefused = (fingerprint: string) => byCredential.close(fingerprint, CloseCode.Forbidden, 'Forbidden');
  tokens.on('refused', onRefused);
  const disposer = useServer(
    graphqlWsOptions({
      yoga,
      verify: credentialVerifier(upstream, tokens),
      limits,
      rateLimiter: options.rateLimiter,
      clientAddress,
      onAccepted: (credentials, socket) => byCredential.add(credentialFingerprint(credentials), socket),
    }),
    wss,
    options.keepAliveMs ?? 12_000,
  );
  wss.on('connection', quietClientFrameErrors);

  const onUpgrade = (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const { pathname } = new URL(request.url ?? '/', 'http://gateway');
    if (pathname !== options.path) return refuseUpgrade(socket, 404, 'Not Found');
    const refusedHost = options.hostRefusal?.(request);
    if (refusedHost) return refuseUpgrade(socket, 403, 'Forbidden', refusedHost);
    if (!perAddress.admit(request, socket)) return;
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  };
  server.on('upgrade', onUpgrade);

  let closing: Promise<void> | null = null;
  return {
    get sockets() {
      return wss.clients.size;
    },
    close() {
      return (closing ??= (async () => {
        server.off('upgrade', onUpgrade);
        tokens.off('refused', onRefused);
        // The disposer closes every socket with 1001 (graphql-ws runs onClose for each, which
        // ends its operations) and resolves once all are closed.
        const fuse = setTimeout(() => {
          for (const ws of wss.clients) ws.terminate();
        }, CLOSE_GRACE_MS);
        try {
          await disposer.dispose();
        } finally {
          clearTimeout(fuse);
        }
      })());
    },
  };
}
