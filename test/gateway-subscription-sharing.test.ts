/**
 * Subscription multiplexing against a real gateway and fleet server: subscribers with the same
 * document, variables, operation name and credentials share one execution per event (counted by
 * fleetgraph_subscription_executions_total), over graphql-ws and SSE alike; different variables or
 * credentials run apart; members leave and stop on their own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeyHeaders, startTestGateway, type TestGateway } from './support/gateway.ts';
import { robotLogger, sseSubscribe, waitFor, wsClient, type WsTestClient } from './support/live-logs.ts';
import { keyWithRole } from './support/fleet.ts';
import { firstSecret, idByName } from './support/graph.ts';

let t: TestGateway;
let robot: Awaited<ReturnType<typeof robotLogger>>;
let partId: string;
const clients: WsTestClient[] = [];

const ws = (params: Record<string, unknown> = t.demoHeaders) => {
  const client = wsClient(t.gateway.url, params);
  clients.push(client);
  return client;
};
const counterValue = async (metric: { get(): Promise<{ values: { value: number }[] }> }) => (await metric.get()).values[0]?.value ?? 0;
const executions = () => counterValue(t.gateway.metrics!.subscriptionExecutions);
const groups = async () => (await t.gateway.metrics!.registry.getSingleMetric('fleetgraph_subscription_groups')!.get()).values[0]?.value ?? 0;
const subscribers = () => t.gateway.logStreams.subscriberCount;
/** One batch with one entry per message. */
const logBatch = (...messages: string[]) => robot.log(messages.map((message) => ({ level: 'info', message })));

beforeAll(async () => {
  t = await startTestGateway();
  partId = idByName(t.fleet.server.db, 'robot_parts', 'rover-1-main');
  robot = await robotLogger(t.fleet.address, partId, firstSecret(t.fleet.server.db, partId));
});
afterAll(async () => {
  for (const client of clients) await client.dispose();
  robot.close();
  await t.close();
});

describe('shared subscription execution', () => {
  it('executes each event once for identical subscriptions on many sockets and SSE, and each gets every event once, in order', async () => {
    const sockets = [ws(), ws(), ws()];
    const subs = [
      ...sockets.map((client) => client.subscribe({ partId, errorsOnly: false })),
      sockets[0]!.subscribe({ partId, errorsOnly: false }),
      sseSubscribe(t.gateway.url, t.demoHeaders, { partId, errorsOnly: false }),
    ];
    await waitFor('five subscribers in one group', async () => subscribers() === 5 && (await groups()) === 1);
    const before = await executions();

    const BATCHES = 6;
    for (let n = 0; n < BATCHES; n++) await logBatch(`shared ${n}a`, `shared ${n}b`);
    await waitFor('every batch everywhere', () => subs.every((s) => s.batches.length === BATCHES));

    const expected = Array.from({ length: BATCHES }, (_, n) => [`shared ${n}a`, `shared ${n}b`]);
    for (const sub of subs) {
      expect(sub.batches.map((b) => b.map((e) => e.message))).toEqual(expected);
      expect(sub.errors).toEqual([]);
    }
    // One execution per event for all five, not one per subscriber.
    expect((await executions()) - before).toBe(BATCHES);

    for (const sub of subs) sub.unsubscribe();
    await waitFor('everyone gone', async () => subscribers() === 0 && (await groups()) === 0);
  });

  it('runs subscriptions apart when their variables or their credentials differ', async () => {
    const demo = ws();
    // Same upstream tail (filter null is no filter), different variables: two groups.
    const plain = demo.subscribe({ partId, errorsOnly: false });
    const nullFilter = demo.subscribe({ partId, errorsOnly: false, filter: null });
    // Another key of the same organization: same document and variables, other credentials.
    const other = keyWithRole(t.fleet.server.db, t.fleet.orgId, 'organization_operator', t.fleet.orgId, 'sharing operator');
    const otherSub = ws(apiKeyHeaders(other)).subscribe({ partId, errorsOnly: false });
    await waitFor('three subscribers in three groups', async () => subscribers() === 3 && (await groups()) === 3);
    const before = await executions();

    await logBatch('apart 1');
    await logBatch('apart 2');
    await waitFor('both batches everywhere', () => [plain, nullFilter, otherSub].every((s) => s.batches.length === 2));
    for (const sub of [plain, nullFilter, otherSub]) expect(sub.messages()).toEqual(['apart 1', 'apart 2']);
    expect((await executions()) - before).toBe(6);

    for (const sub of [plain, nullFilter, otherSub]) sub.unsubscribe();
    await waitFor('everyone gone', async () => subscribers() === 0 && (await groups()) === 0);
  });

  it('keeps the group going for the others when one member leaves, and ends it with the last', async () => {
    const [a, b, c] = [ws(), ws(), ws()].map((client) => client.subscribe({ partId, errorsOnly: false }));
    await waitFor('three subscribers', () => subscribers() === 3);
    await logBatch('before leaving');
    await waitFor('first batch everywhere', () => [a, b, c].every((s) => s!.batches.length === 1));

    b!.unsubscribe();
    await waitFor('two subscribers', () => subscribers() === 2);
    expect(await groups()).toBe(1);
    const before = await executions();
    await logBatch('after leaving');
    await waitFor('second batch at the others', () => a!.batches.length === 2 && c!.batches.length === 2);
    expect((await executions()) - before).toBe(1);
    expect([a!.completed, c!.completed, a!.errors, c!.errors]).toEqual([false, false, [], []]);
    expect(b!.messages()).toEqual(['before leaving']);

    a!.unsubscribe();
    c!.unsubscribe();
    await waitFor('the group gone', async () => subscribers() === 0 && (await groups()) === 0);
  });

  it('lets a fast member receive every event while another member of its group has stopped reading', async () => {
    const blockedClient = ws();
    const blocked = blockedClient.subscribe({ partId, errorsOnly: false });
    const fast = ws().subscribe({ partId, errorsOnly: false });
    await waitFor('two subscribers in one group', async () => subscribers() === 2 && (await groups()) === 1);
    blockedClient.socket().pause();

    // Large batches, so the blocked socket's buffers fill and its sends stall.
    const filler = 'y'.repeat(4096);
    const BATCHES = 40;
    for (let n = 0; n < BATCHES; n++) {
      await robot.log(Array.from({ length: 32 }, (_, i) => ({ level: 'info', message: `blocked ${n} ${i} ${filler}` })));
      // Each batch reaches the fast member before the next is sent: nothing waits for the blocked one.
      await waitFor(`batch ${n} at the fast member`, () => fast.batches.length === n + 1);
    }
    expect(fast.errors).toEqual([]);
    expect(blocked.batches.length).toBeLessThan(BATCHES);

    blockedClient.socket().resume();
    await waitFor('the blocked member catches up', () => blocked.batches.length === BATCHES);
    expect(blocked.batches.map((b) => b[0]!.message.split(' ').slice(0, 2).join(' '))).toEqual(Array.from({ length: BATCHES }, (_, n) => `blocked ${n}`));
    blocked.unsubscribe();
    fast.unsubscribe();
    await waitFor('everyone gone', () => subscribers() === 0);
  });
});
