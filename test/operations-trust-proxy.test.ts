/**
 * `--trust-proxy`: the client address comes from X-Forwarded-For only when the TCP peer is a
 * trusted proxy (a CIDR list) or within the trusted hop count, for the per-address budget, the
 * per-address websocket cap, the /metrics loopback check and the request log. From any other peer
 * the header is ignored, so a client cannot spoof its way to a fresh budget. Every test calls
 * from 127.0.0.1.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, apiKeyHeaders, type TestGateway } from './support/gateway.ts';
import { startGateway, type Gateway, type GatewayOptions } from '../src/gateway/server.ts';
import { parseUpstreamUrl } from '../src/upstream/target.ts';
import { parseTrustProxy } from '../src/gateway/client-address.ts';
import { parseServeArgs } from '../src/cli/serve-options.ts';
import { createLogger } from '../src/gateway/logger.ts';
import { codeOf, postJson, siblingUrl } from './support/http.ts';
import { openRawSocket, type RawSocket } from './support/raw-ws.ts';

const UNVERIFIED_POINTS = 2;
const QUERY = '{ organizations { name } }';

let t: TestGateway;
const gateways: Gateway[] = [];
const sockets: RawSocket[] = [];

beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(async () => {
  for (const socket of sockets) socket.close();
  for (const gateway of gateways) await gateway.close();
  await t?.close();
});

async function gatewayTrusting(trustProxy: string, extra: Partial<GatewayOptions> = {}): Promise<Gateway> {
  const gateway = await startGateway({
    upstream: parseUpstreamUrl(`http://${t.fleet.address}`),
    port: 0,
    rateLimit: { points: 1000, windowSeconds: 60, unverifiedPoints: UNVERIFIED_POINTS },
    trustProxy: parseTrustProxy(trustProxy),
    ...extra,
  });
  gateways.push(gateway);
  return gateway;
}

let made = 0;
/** An unverified request (a made-up key) claiming to come from `forwardedFor`. */
const unverified = (url: string, forwardedFor: string) =>
  postJson(url, QUERY, { headers: { ...apiKeyHeaders({ id: `made-up-${++made}`, key: 'wrong' }), 'x-forwarded-for': forwardedFor } });

describe('--trust-proxy', () => {
  it('ignores X-Forwarded-For from a peer outside the trusted list: spoofed addresses share the peer budget', async () => {
    const gateway = await gatewayTrusting('10.0.0.0/8');
    for (let i = 0; i < UNVERIFIED_POINTS; i++) expect(codeOf(await unverified(gateway.url, `198.51.100.${i}`))).toBe('UNAUTHENTICATED');
    const spoofed = await unverified(gateway.url, '198.51.100.99');
    expect(spoofed.status).toBe(429);
    expect(codeOf(spoofed)).toBe('RATE_LIMITED');
  });

  it('takes the address a trusted proxy appended, not what the client wrote before it', async () => {
    const gateway = await gatewayTrusting('127.0.0.1,::1');
    for (let i = 0; i < UNVERIFIED_POINTS; i++) expect(codeOf(await unverified(gateway.url, '203.0.113.50'))).toBe('UNAUTHENTICATED');
    expect((await unverified(gateway.url, '203.0.113.50')).status).toBe(429);
    // A client writing a fresh address in front of the one the proxy appended gains nothing.
    expect((await unverified(gateway.url, '192.0.2.77, 203.0.113.50')).status).toBe(429);
    // Another client behind the same proxy has its own budget.
    expect(codeOf(await unverified(gateway.url, '203.0.113.51'))).toBe('UNAUTHENTICATED');
  });

  it('with a hop count, takes the address that many hops back', async () => {
    const gateway = await gatewayTrusting('1');
    for (let i = 0; i < UNVERIFIED_POINTS; i++) expect(codeOf(await unverified(gateway.url, `192.0.2.${i}, 203.0.113.60`))).toBe('UNAUTHENTICATED');
    expect((await unverified(gateway.url, '203.0.113.60')).status).toBe(429);
    expect(codeOf(await unverified(gateway.url, '203.0.113.61'))).toBe('UNAUTHENTICATED');
  });

  it('counts websocket upgrades per forwarded address from a trusted proxy, per peer otherwise', async () => {
    const open = async (url: string, forwardedFor: string) => {
      const socket = await openRawSocket(url, undefined, { headers: { 'x-forwarded-for': forwardedFor } });
      sockets.push(socket);
    };
    const trusting = await gatewayTrusting('127.0.0.1', { wsMaxConnectionsPerAddress: 1 });
    await open(trusting.url, '203.0.113.70');
    await open(trusting.url, '203.0.113.71');
    await expect(open(trusting.url, '203.0.113.70')).rejects.toThrow(/429/);

    const untrusting = await gatewayTrusting('10.0.0.0/8', { wsMaxConnectionsPerAddress: 1 });
    await open(untrusting.url, '203.0.113.70');
    await expect(open(untrusting.url, '203.0.113.71')).rejects.toThrow(/429/);
  });

  it('judges /metrics by the forwarded address: a proxy on loopback does not make every caller local', async () => {
    const gateway = await gatewayTrusting('127.0.0.1', { security: { production: true } });
    const metrics = siblingUrl(gateway.url, '/metrics');
    expect((await fetch(metrics)).status).toBe(200);
    expect((await fetch(metrics, { headers: { 'x-forwarded-for': '203.0.113.80' } })).status).toBe(403);
  });

  it('logs the client address with each request', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = createLogger({
      destination: new Writable({
        write(chunk, _encoding, done) {
          for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
          done();
        },
      }),
    });
    const gateway = await gatewayTrusting('127.0.0.1', { logger });
    await postJson(gateway.url, '{ __typename }', { headers: { 'x-forwarded-for': '203.0.113.90', 'x-request-id': 'trust-proxy-log' } });
    await postJson(gateway.url, '{ __typename }', { headers: { 'x-request-id': 'direct-log' } });
    const byId = (id: string) => lines.find((line) => line.msg === 'request' && line.requestId === id);
    expect(byId('trust-proxy-log')).toMatchObject({ clientAddress: '203.0.113.90' });
    expect(byId('direct-log')).toMatchObject({ clientAddress: '127.0.0.1' });
  });

  it('is checked at start: a hop count or addresses and CIDR ranges', () => {
    expect(parseServeArgs(['--trust-proxy', '2'], {}).gateway.trustProxy).toEqual({ hops: 2 });
    expect(() => parseServeArgs(['--trust-proxy', '10.0.0.0/33'], {})).toThrow(/--trust-proxy must be .* got 10\.0\.0\.0\/33/);
    expect(() => parseServeArgs(['--trust-proxy', 'proxy.example.com'], {})).toThrow(/--trust-proxy/);
    expect(() => parseServeArgs(['--trust-proxy', '0'], {})).toThrow(/hop count must be from 1/);
    expect(() => parseServeArgs(['--redis-url', 'http://cache:6379'], {})).toThrow(/--redis-url must be a URL like redis:\/\/host:6379/);
    expect(parseServeArgs([], { FLEETGRAPH_REDIS_URL: 'redis://cache:6379' }).gateway.redis).toEqual({ url: 'redis://cache:6379' });
  });
});
