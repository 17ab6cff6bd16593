/**
 * The client address of a request or websocket upgrade: the one place it is derived, for
 * per-address budgets, socket caps, the /metrics loopback check and request logs.
 *
 * Without `--trust-proxy` it is the TCP peer, and X-Forwarded-For is ignored (any client can
 * write it). With it, the address chain is read from the peer backwards through
 * X-Forwarded-For (each proxy appends the address it received the request from):
 * - a hop count N: the proxies are the N nearest hops, so the client is the Nth address back from
 *   the peer (the peer being hop 0), or the farthest one the header has;
 * - a CIDR list: every address inside it is a proxy; the client is the first address outside it,
 *   walking back from the peer. A peer outside the list is the client itself, whatever it sent.
 * An entry that is not an IP address stops the walk at the last address before it.
 */
import { BlockList, isIP } from 'node:net';
import type http from 'node:http';

export type TrustProxy = { hops: number } | { cidrs: BlockList; list: string[] };

/** IPv4 clients of a dual-stack listener count as their IPv4 address. */
function normalize(address: string): string {
  const bare = address.trim().replace(/^\[(.*)\]$/, '$1');
  return bare.toLowerCase().startsWith('::ffff:') && isIP(bare.slice(7)) === 4 ? bare.slice(7) : bare;
}

/** `--trust-proxy`: a hop count ("1") or a comma-separated list of addresses and CIDR ranges ("10.0.0.0/8,::1"). */
export function parseTrustProxy(value: string): TrustProxy {
  const text = value.trim();
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops < 1 || hops > 100) throw new Error(`--trust-proxy hop count must be from 1 to 100, got ${value}`);
    return { hops };
  }
  const cidrs = new BlockList();
  const list = text.split(',').map((item) => item.trim()).filter(Boolean);
  if (list.length === 0) throw new Error('--trust-proxy must be a hop count or a comma-separated list of addresses and CIDR ranges, got an empty value');
  for (const item of list) {
    const [address = '', prefix, extra] = item.split('/');
    const family = isIP(normalize(address));
    const bits = prefix === undefined ? (family === 4 ? 32 : 128) : Number(prefix);
    if (!family || extra !== undefined || !Number.isInteger(bits) || bits < 0 || bits > (family === 4 ? 32 : 128) || (prefix !== undefined && !/^\d+$/.test(prefix))) {
      throw new Error(`--trust-proxy must be a hop count or a comma-separated list of addresses and CIDR ranges (10.0.0.0/8, 192.168.1.10, fd00::/8), got ${item}`);
    }
    cidrs.addSubnet(normalize(address), bits, family === 4 ? 'ipv4' : 'ipv6');
  }
  return { cidrs, list };
}

/** The TCP peer's address. */
export function socketAddress(req: http.IncomingMessage): string {
  // A destroyed request has no socket any more.
  return normalize(req.socket?.remoteAddress ?? 'unknown');
}

function isTrusted(cidrs: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && cidrs.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** How the gateway finds a request's client address (`trust`: null or absent trusts no proxy). */
export function clientAddressOf(trust: TrustProxy | null | undefined): (req: http.IncomingMessage) => string {
  if (!trust) return socketAddress;
  return (req) => {
    const peer = socketAddress(req);
    const header = req.headers['x-forwarded-for'];
    if (!header) return peer;
    // Nearest hop first: the peer, then X-Forwarded-For from its end.
    const forwarded = (Array.isArray(header) ? header.join(',') : header).split(',').map(normalize).reverse();
    let client = peer;
    for (let hop = 0; hop < forwarded.length; hop++) {
      const proxyTrusted = 'hops' in trust ? hop < trust.hops : isTrusted(trust.cidrs, client);
      if (!proxyTrusted) break;
      const next = forwarded[hop]!;
      if (!isIP(next)) break;
      client = next;
    }
    return client;
  };
}
