/**
 * Two gateway replicas on one fleet sharing their limits through a real redis-server: a caller's
 * rate budget, the unverified (failed-authentication) budget of a client address and the cap on
 * a credential's open subscriptions count both replicas together. Redis killed mid-load: no
 * request fails because of it, both replicas limit on their own and say so (/readyz, /metrics,
 * log); Redis back on the same port (empty): sharing resumes by itself, open subscriptions included.
 * Client addresses come from X-Forwarded-For because the replicas trust loopback as a proxy
 * (client-address.ts has its own tests in operations-trust-proxy.test.ts).
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { startTestGateway, apiKeyHeaders, type TestGateway } from './support/gateway.ts';
import { startGateway, type Gateway, type GatewayOptions } from '../src/gateway/server.ts';
import { parseUpstreamUrl } from '../src/upstream/target.ts';
import { parseTrustProxy } from '../src/gateway/client-address.ts';
import { createLogger } from '../src/gateway/logger.ts';
import { ownedOrganization, keyWithRole } from './support/fleet.ts';
import { codeOf, postJson, siblingUrl } from './support/http.ts';
import { sseSubscribe, waitFor } from './support/live-logs.ts';
import { idByName } from './support/graph.ts';
import { startRedis, type TestRedis } from './support/redis.ts';

const POINTS = 6;
const UNVERIFIED_POINTS = 4;
const MAX_PER_CALLER = 2;
const QUERY = '{ organizations { name } }';

let redis: TestRedis;
let a: TestGateway;
let b: Gateway;
let partId: string;
const logLines: Record<string, unknown>[] = [];
const open: { unsubscribe(): void }[] = [];

function replicaOptions(): Partial<GatewayOptions> {
  const logger = createLogger({
    level: 'info',
    format: 'json',
    destination: new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) logLines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    }),
  });
  return {
    rateLimit: { points: POINTS, windowSeconds: 60, unverifiedPoints: UNVERIFIED_POINTS },
    redis: { url: redis.url, probeIntervalMs: 100, subscriptionLeaseMs: 1_500 },
    trustProxy: parseTrustProxy('127.0.0.1'),
    liveLogs: { maxSubscriptionsPerCaller: MAX_PER_CALLER },
    logger,
  };
}

beforeAll(async () => {
  redis = await startRedis();
  a = await startTestGateway({ gateway: replicaOptions() });
  b = await startGateway({ upstream: parseUpstreamUrl(`http://${a.fleet.address}`), port: 0, ...replicaOptions() });
  partId = idByName(a.fleet.server.db, 'robot_parts', 'rover-1-main');
});
afterAll(async () => {
  for (const subscription of open) subscription.unsubscribe();
  await b?.close();
  await a?.close();
  await redis?.stop();
});

const urls = () => [a.gateway.url, b.url];
let addresses = 0;
/** A client address of its own (through the trusted proxy), so each test starts with a full address budget. */
const freshAddress = () => ({ 'x-forwarded-for': `203.0.113.${++addresses}` });

/** A caller of its own: an owner key of a fresh organization, from an address of its own. */
function freshCaller(name: string): Record<string, string> {
  return { ...apiKeyHeaders(ownedOrganization(a.fleet.server.db, name).owner), ...freshAddress() };
}

async function readiness(url: string): Promise<Record<string, unknown>> {
  const response = await fetch(siblingUrl(url, '/readyz'));
  return { httpStatus: response.status, ...((await response.json()) as Record<string, unknown>) };
}

async function sharedLimitsGauge(url: string): Promise<number> {
  const text = await (await fetch(siblingUrl(url, '/metrics'))).text();
  return Number(/^fleetgraph_shared_limits (\d+)$/m.exec(text)?.[1]);
}

/** An SSE subscription to the demo part's logs (SSE, so it comes from the caller's forwarded address like its requests). */
function subscribe(url: string, headers: Record<string, string>) {
  const subscription = sseSubscribe(url, headers, { partId, errorsOnly: false });
  open.push(subscription);
  return subscription;
}

/** An operator key of the demo organization, which may watch the demo part's logs. */
function watcherKey(name: string): Record<string, string> {
  const db = a.fleet.server.db;
  const orgId = idByName(db, 'organizations', 'Demo Fleet');
  return { ...apiKeyHeaders(keyWithRole(db, orgId, 'organization_operator', orgId, name)), ...freshAddress() };
}

const subscribers = () => a.gateway.logStreams.subscriberCount + b.logStreams.subscriberCount;

async function expectSharedBudget(name: string): Promise<void> {
  const caller = freshCaller(name);
  for (let i = 0; i < POINTS; i++) {
    const result = await postJson(urls()[i % 2]!, QUERY, { headers: caller });
    expect(result.status).toBe(200);
  }
  for (const url of urls()) {
    const refused = await postJson(url, QUERY, { headers: caller });
    expect(refused.status).toBe(429);
    expect(codeOf(refused)).toBe('RATE_LIMITED');
  }
}

describe('limits shared by two replicas through Redis', () => {
  it('say so in /readyz and /metrics', async () => {
    for (const url of urls()) {
      expect(await readiness(url)).toEqual({ httpStatus: 200, status: 'ready', upstream: 'READY', limits: 'shared' });
      expect(await sharedLimitsGauge(url)).toBe(1);
    }
  });

  it(`give a caller ${POINTS} operations across both replicas together, not ${POINTS} on each`, async () => {
    await expectSharedBudget('Shared Budget Org');
  });

  it(`give a client address ${UNVERIFIED_POINTS} unverified requests (made-up keys) across both replicas together`, async () => {
    const address = freshAddress();
    for (let i = 0; i < UNVERIFIED_POINTS; i++) {
      const refused = await postJson(urls()[i % 2]!, QUERY, { headers: { ...apiKeyHeaders({ id: `made-up-${i}`, key: 'wrong' }), ...address } });
      expect(codeOf(refused)).toBe('UNAUTHENTICATED');
    }
    for (const url of urls()) {
      const limited = await postJson(url, QUERY, { headers: { ...apiKeyHeaders({ id: 'made-up-last', key: 'wrong' }), ...address } });
      expect(limited.status).toBe(429);
      expect(codeOf(limited)).toBe('RATE_LIMITED');
    }
  });

  it(`cap a credential's open subscriptions at ${MAX_PER_CALLER} across both replicas, and give a slot back when one ends`, async () => {
    const headers = watcherKey('watcher');
    const before = subscribers();
    const onA = subscribe(a.gateway.url, headers);
    subscribe(b.url, headers);
    await waitFor('one subscription on each replica', () => subscribers() === before + 2);
    for (const url of urls()) {
      const over = subscribe(url, headers);
      await waitFor('the refusal', () => over.errors.length > 0);
      expect(over.errors[0]?.extensions).toMatchObject({ code: 'SUBSCRIPTION_LIMIT_EXCEEDED', limit: MAX_PER_CALLER });
    }
    onA.unsubscribe();
    await waitFor('a slot given back', () => subscribers() === before + 1);
    const again = subscribe(b.url, headers);
    await waitFor('admitted on the other replica', () => subscribers() === before + 2);
    expect(again.errors).toEqual([]);
  });
});

describe('Redis killed under load, then back', () => {
  it('fails no request: both replicas limit on their own and say so (/readyz, /metrics, log), then share again once Redis is back', async () => {
    const callers = Array.from({ length: 24 }, (_, i) => freshCaller(`Load Org ${i}`));
    const statuses: number[] = [];
    let killed = false;
    const linesAtKill = logLines.length;
    // Each caller makes 3 requests (half its budget), so no refusal is due with Redis or without.
    const load = Promise.all(
      callers.map(async (caller, i) => {
        for (let n = 0; n < 3; n++) {
          if (i === 8 && n === 0 && !killed) {
            killed = true;
            await redis.kill();
          }
          const result = await postJson(urls()[(i + n) % 2]!, QUERY, { headers: caller });
          statuses.push(result.status);
        }
      }),
    );
    await load;
    expect(killed).toBe(true);
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    expect(statuses).toHaveLength(72);

    for (const url of urls()) {
      await waitFor('per-replica limits reported', async () => (await readiness(url)).limits === 'per-replica');
      expect(await readiness(url)).toMatchObject({ httpStatus: 200, status: 'ready', upstream: 'READY', limits: 'per-replica', degraded: true });
      expect(await sharedLimitsGauge(url)).toBe(0);
    }
    const linesBeforeOutage = logLines.length;
    expect(logLines.slice(linesAtKill).filter((line) => String(line.msg).startsWith('Redis unreachable: rate budgets and subscription caps are per replica'))).toHaveLength(2);

    // Per replica now: a caller gets a full budget on each.
    const caller = freshCaller('Outage Org');
    for (const url of urls()) for (let i = 0; i < POINTS; i++) expect((await postJson(url, QUERY, { headers: caller })).status).toBe(200);
    for (const url of urls()) expect((await postJson(url, QUERY, { headers: caller })).status).toBe(429);

    // Subscriptions opened during the outage count locally, and are re-asserted in Redis once it is back.
    const watcher = watcherKey('outage watcher');
    const before = subscribers();
    subscribe(a.gateway.url, watcher);
    subscribe(b.url, watcher);
    await waitFor('one subscription on each replica during the outage', () => subscribers() === before + 2);

    await redis.restart();
    for (const url of urls()) await waitFor('shared limits again', async () => (await readiness(url)).limits === 'shared');
    for (const url of urls()) expect(await sharedLimitsGauge(url)).toBe(1);
    expect(logLines.slice(linesBeforeOutage).filter((line) => String(line.msg).startsWith('Redis reachable: rate budgets and subscription caps are shared'))).toHaveLength(2);

    await expectSharedBudget('After Outage Org');

    const inspect = new Redis(redis.url);
    try {
      await waitFor('both replicas re-asserted their counts', async () => {
        const keys = await inspect.keys('fleetgraph:{subscriptions}:caller:*');
        const counts = await Promise.all(keys.map((key) => inspect.hvals(key)));
        return counts.some((values) => values.length === 2 && values.every((value) => value === '1'));
      });
    } finally {
      inspect.disconnect();
    }
    const over = subscribe(a.gateway.url, watcher);
    await waitFor('the refusal', () => over.errors.length > 0);
    expect(over.errors[0]?.extensions).toMatchObject({ code: 'SUBSCRIPTION_LIMIT_EXCEEDED', limit: MAX_PER_CALLER });
  });
});
