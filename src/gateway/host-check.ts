/**
 * DNS rebinding defence, like Vite's `server.allowedHosts` and webpack-dev-server's host check:
 * a page on attacker.com whose name then resolves to 127.0.0.1 is same-origin with a gateway on
 * loopback, so the browser lets it read any answer. What gives it away is the Host header, which
 * still names attacker.com. A gateway listening on loopback only therefore answers (every path,
 * websocket upgrades included) only requests addressed to a loopback name or to a host listed
 * with `--allowed-host`; a gateway on another interface is meant to be reached by any name.
 */
import type http from 'node:http';
import { hostName, isLoopback } from './security.ts';

export const HOST_NOT_ALLOWED = 'HOST_NOT_ALLOWED';

/** Whether `name` is allowed by an `--allowed-host` entry: the same name, or for ".example.com" the domain and its subdomains. */
function matchesAllowed(name: string, allowed: string): boolean {
  const entry = allowed.toLowerCase();
  if (entry.startsWith('.')) return name === entry.slice(1) || name.endsWith(entry);
  return name === entry;
}

/**
 * The refusal message for a request whose Host this gateway does not answer, or null when it may
 * go on. Null for every request when the gateway listens on more than loopback.
 */
export function hostRefusal(listenHost: string, allowedHosts: readonly string[]): (req: http.IncomingMessage) => string | null {
  if (!isLoopback(listenHost)) return () => null;
  return (req) => {
    const name = hostName(req.headers.host);
    if (name !== null && (isLoopback(name) || allowedHosts.some((allowed) => matchesAllowed(name, allowed)))) return null;
    const shown = JSON.stringify((req.headers.host ?? '').slice(0, 100));
    return (
      `Host ${shown} is not allowed: this gateway listens on loopback only (${listenHost}) and answers requests ` +
      `addressed to localhost, 127.0.0.1 or [::1]. To reach it by another name (a reverse proxy that keeps the Host), ` +
      `start it with --allowed-host <name>.`
    );
  };
}

/** Answers a refused request: 403 with a GraphQL-shaped error, so GraphQL clients and people both read why. */
export function refuseHost(res: http.ServerResponse, message: string): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code: HOST_NOT_ALLOWED } }] });
  res.writeHead(403, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), connection: 'close' });
  res.end(body);
}
