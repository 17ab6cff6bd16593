/**
 * Per-caller rate limiting: a budget of operations per window for each credential (an API key, a
 * bearer token), or per client address without one. Over it: RATE_LIMITED, over HTTP with 429 and
 * Retry-After, and no upstream call. Websocket operations of a caller draw from the same budget,
 * each paying before it is parsed like an HTTP request; a graphql-ws connection_init with
 * unverified credentials pays from its client address's budget before any upstream check.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway, apiKeyHeaders } from './support/gateway.ts';
import { startGateway, type Gateway } from '../src/gateway/server.ts';
import { parseUpstreamUrl } from '../src/upstream/target.ts';
import type { RateLimitOptions } from '../src/gateway/rate-limit.ts';
import { ownedOrganization } from './support/fleet.ts';
import { codeOf, postJson } from './support/http.ts';
import { PART_LOGS, wsClient } from './support/live-logs.ts';
import { openRawSocket } from './support/raw-ws.ts';
import { idByName } from './support/graph.ts';

const POINTS = 3;
const WINDOW_SECONDS = 60;

let t: TestGateway;

const extra: Gateway[] = [];

beforeAll(async () => {
  // Every test here calls from 127.0.0.1: a roomy budget for unverified credentials keeps the per-credential tests apart.
  t = await startTestGateway({ gateway: { rateLimit: { points: POINTS, windowSeconds: WINDOW_SECONDS, unverifiedPoints: 1000 } } });
});
afterAll(async () => {
  for (const gateway of extra) await gateway.close();
  await t?.close();
});

/** A gateway of its own on the same fleet, so its address budget starts full. */
async function limitedGateway(rateLimit: RateLimitOptions = { points: POINTS, windowSeconds: WINDOW_SECONDS }): Promise<Gateway> {
  const gateway = await startGateway({ upstream: parseUpstreamUrl(`http://${t.fleet.address}`), port: 0, rateLimit });
  extra.push(gateway);
  return gateway;
}

/** An API key nobody issued. */
const madeUpKey = (n: number) => apiKeyHeaders({ id: `made-up-${n}-${Math.random().toString(36).slice(2)}`, key: 'not-a-real-key' });

/** A caller of its own: an owner key of a fresh organization. */
function freshCaller(name: string): Record<string, string> {
  const { owner } = ownedOrganization(t.fleet.server.db, name);
  return apiKeyHeaders(owner);
}

const QUERY = '{ organizations { name } }';

describe('rate limit per credential', () => {
  it(`lets ${POINTS} operations through, then answers 429 RATE_LIMITED with Retry-After and makes no upstream call`, async () => {
    const caller = freshCaller('Limited Org');
    for (let i = 0; i < POINTS; i++) {
      const result = await postJson(t.gateway.url, QUERY, { headers: caller });
      expect(result.status).toBe(200);
      expect(result.body.data.organizations[0].name).toBe('Limited Org');
    }
    t.fleet.server.calls.reset();
    const refused = await postJson(t.gateway.url, QUERY, { headers: caller });
    expect(refused.status).toBe(429);
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS);
    expect(refused.body.errors?.[0]?.extensions?.retryAfterSeconds).toBe(retryAfter);
    expect(refused.body.errors?.[0]?.message).toBe(`Rate limit exceeded: try again in ${retryAfter} s`);
    expect(refused.body.data ?? null).toBeNull();
    expect(t.fleet.server.calls.snapshot()).toEqual({});
  });

  it('keeps separate budgets for separate credentials, a bearer token included', async () => {
    const first = freshCaller('First Org');
    const second = freshCaller('Second Org');
    for (let i = 0; i < POINTS; i++) await postJson(t.gateway.url, QUERY, { headers: first });
    expect((await postJson(t.gateway.url, QUERY, { headers: first })).status).toBe(429);
    expect((await postJson(t.gateway.url, QUERY, { headers: second })).status).toBe(200);
    const token = await t.fleet.authenticate(second['x-viam-api-key-id']!, second['x-viam-api-key']!);
    const bearer = await postJson(t.gateway.url, QUERY, { headers: { authorization: `Bearer ${token}` } });
    expect(bearer.status).toBe(200);
    expect(bearer.body.data.organizations[0].name).toBe('Second Org');
  });

});

describe('unverified credentials share their client address\'s budget', () => {
  it('limits requests without credentials by client address', async () => {
    const gateway = await limitedGateway();
    const statuses: number[] = [];
    for (let i = 0; i <= POINTS; i++) statuses.push((await postJson(gateway.url, QUERY)).status);
    // Each is refused anyway (UNAUTHENTICATED), but the last one never got that far.
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('made-up API keys do not each bring a fresh budget; a verified key keeps its own', async () => {
    const gateway = await limitedGateway();
    const honest = freshCaller('Honest Org');
    // Its first request is unverified too (one address point); after the exchange it pays only its own budget.
    expect((await postJson(gateway.url, QUERY, { headers: honest })).status).toBe(200);
    for (let i = 1; i < POINTS; i++) expect(codeOf(await postJson(gateway.url, QUERY, { headers: madeUpKey(i) }))).toBe('UNAUTHENTICATED');
    t.fleet.server.calls.reset();
    const refused = await postJson(gateway.url, QUERY, { headers: madeUpKey(POINTS) });
    expect(refused.status).toBe(429);
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(t.fleet.server.calls.count('Authenticate')).toBe(0);
    const still = await postJson(gateway.url, QUERY, { headers: honest });
    expect(still.status).toBe(200);
    expect(still.body.data.organizations).toEqual([{ name: 'Honest Org' }]);
  });

  it('a refused key exchange is remembered: the same made-up key costs one Authenticate, not one per request', async () => {
    const gateway = await limitedGateway({ points: 100, windowSeconds: WINDOW_SECONDS });
    const key = madeUpKey(0);
    t.fleet.server.calls.reset();
    for (let i = 0; i < 5; i++) {
      const result = await postJson(gateway.url, QUERY, { headers: key });
      expect(codeOf(result)).toBe('UNAUTHENTICATED');
    }
    expect(t.fleet.server.calls.count('Authenticate')).toBe(1);
  });

  it('requests refused before execution (parse, validation) pay like any other', async () => {
    // Only the credential's own budget counts here.
    const gateway = await limitedGateway({ points: POINTS, windowSeconds: WINDOW_SECONDS, unverifiedPoints: 1000 });
    const caller = freshCaller('Careless Org');
    expect(codeOf(await postJson(gateway.url, '{ organizations { name ', { headers: caller }))).toBe('GRAPHQL_PARSE_FAILED');
    expect(codeOf(await postJson(gateway.url, '{ organizatons { name } }', { headers: caller }))).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await postJson(gateway.url, QUERY, { headers: caller })).status).toBe(200);
    const refused = await postJson(gateway.url, QUERY, { headers: caller });
    expect(refused.status).toBe(429);
    expect(codeOf(refused)).toBe('RATE_LIMITED');
  });
});

describe('rate limit over websockets', () => {
  it('draws websocket queries and subscriptions from the caller\'s budget', async () => {
    const caller = freshCaller('Socket Org');
    const ws = wsClient(t.gateway.url, caller, { lazy: false });
    try {
      const partId = idByName(t.fleet.server.db, 'robot_parts', 'rover-1-main');
      for (let i = 0; i < POINTS - 1; i++) expect((await ws.query(QUERY)).data.organizations).toEqual([{ name: 'Socket Org' }]);
      // The last point goes over HTTP: one budget for both.
      expect((await postJson(t.gateway.url, QUERY, { headers: caller })).status).toBe(200);
      const query = await ws.query(QUERY);
      expect(query.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
      // No HTTP status in a websocket message.
      expect(query.errors?.[0]?.extensions?.http).toBeUndefined();
      const subscription = ws.subscribe({ partId, errorsOnly: false }, PART_LOGS);
      await expect.poll(() => subscription.errors.map((e) => e.extensions?.code)).toEqual(['RATE_LIMITED']);
      expect(t.gateway.logStreams.openTails).toBe(0);
    } finally {
      await ws.dispose();
    }
  });

  it('charges each subscribe message before it is parsed: unparsable and invalid documents pay, an executed one pays once', async () => {
    // Only the credential's own budget counts here.
    const gateway = await limitedGateway({ points: POINTS, windowSeconds: WINDOW_SECONDS, unverifiedPoints: 1000 });
    const ws = wsClient(gateway.url, freshCaller('Careless Socket Org'), { lazy: false });
    try {
      expect((await ws.query('{ organizations { name ')).errors?.[0]?.message).toMatch(/Syntax Error/);
      expect((await ws.query('{ organizatons { name } }')).errors?.[0]?.message).toMatch(/Cannot query field "organizatons"/);
      expect((await ws.query(QUERY)).data.organizations).toEqual([{ name: 'Careless Socket Org' }]);
      t.fleet.server.calls.reset();
      for (const document of [QUERY, '{ organizations { name ']) {
        const refused = await ws.query(document);
        expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
        expect(refused.errors?.[0]?.message).toMatch(/^Rate limit exceeded: try again in \d+ s$/);
      }
      expect(t.fleet.server.calls.snapshot()).toEqual({});
    } finally {
      await ws.dispose();
    }
  });

  it('charges connection_init to its client address before the credential check: made-up keys over budget get 4429 and no Authenticate', async () => {
    const gateway = await limitedGateway();
    const connect = async (params: Record<string, string>) => {
      const socket = await openRawSocket(gateway.url);
      socket.send({ type: 'connection_init', payload: params });
      return socket.closed;
    };
    for (let i = 0; i < POINTS; i++) expect(await connect(madeUpKey(i))).toEqual({ code: 4403, reason: 'Forbidden' });
    t.fleet.server.calls.reset();
    const refused = await connect(madeUpKey(POINTS));
    expect(refused.code).toBe(4429);
    expect(refused.reason).toMatch(/^Too many requests: try again in \d+ s$/);
    expect(t.fleet.server.calls.count('Authenticate')).toBe(0);
  });
});
