/**
 * What belongs to one gateway instance: its graphql-ws sockets, closed at shutdown through
 * graphql-ws's own disposer, and its live-log registry, with that gateway's options. Two gateways
 * run in one process on one fleet server, as the tests and benchmarks do.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import { PART_LOGS, robotLogger, waitFor, wsClient, type WsTestClient } from './support/live-logs.ts';
import { openRawSocket, type RawSocket } from './support/raw-ws.ts';
import { firstSecret } from './support/graph.ts';
import { startGateway, type Gateway, type GatewayOptions } from '../src/gateway/server.ts';
import { parseUpstreamUrl } from '../src/upstream/target.ts';

let t: TestGateway;
let partId: string;
let robot: Awaited<ReturnType<typeof robotLogger>>;
const cleanups: (() => unknown)[] = [];

const anotherGateway = async (options: Partial<GatewayOptions> = {}) => {
  const gateway = await startGateway({ upstream: parseUpstreamUrl(`http://${t.fleet.address}`), port: 0, ...options });
  cleanups.push(() => gateway.close());
  return gateway;
};
const ws = (gateway: Gateway) => {
  const client = wsClient(gateway.url, t.demoHeaders);
  cleanups.push(() => client.dispose());
  return client;
};
/** A raw socket acknowledged with the demo key, with one live-log subscription open. */
const subscribedSocket = async (gateway: Gateway, id: string) => {
  const socket: RawSocket = await openRawSocket(gateway.url);
  cleanups.push(() => socket.close());
  await socket.init(t.demoHeaders);
  socket.send({ id, type: 'subscribe', payload: { query: PART_LOGS, variables: { partId, errorsOnly: false } } });
  return socket;
};
const tails = () => t.fleet.server.fleet.logBus.count(partId);

beforeAll(async () => {
  t = await startTestGateway();
  partId = (t.fleet.server.db.prepare("SELECT id FROM robot_parts WHERE name = 'rover-1-main'").get() as { id: string }).id;
  robot = await robotLogger(t.fleet.address, partId, firstSecret(t.fleet.server.db, partId));
});
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  robot.close();
  await t.close();
});

describe('closing the websockets of a gateway', () => {
  it('closes every socket with 1001 through graphql-ws (ending its subscriptions), cuts one that never answers, and accepts no more', async () => {
    const gateway = await anotherGateway();
    const answering = await subscribedSocket(gateway, 'a');
    const silent = await subscribedSocket(gateway, 'b');
    await waitFor('both subscriptions on one tail', () => gateway.logStreams.subscriberCount === 2 && tails() === 1);
    // A client that reads nothing more never answers the close frame: only the gateway's fuse ends it.
    silent.ws.pause();

    await gateway.webSockets.close();

    expect(gateway.webSockets.sockets).toBe(0);
    expect(await answering.closed).toEqual({ code: 1001, reason: 'Going away' });
    silent.ws.resume();
    expect((await silent.closed).code).toBe(1001);
    // graphql-ws ended each socket's operations: the shared tail was released without the registry being closed.
    await waitFor('the tail released', () => gateway.logStreams.subscriberCount === 0 && gateway.logStreams.openTails === 0 && tails() === 0);
    await expect(openRawSocket(gateway.url)).rejects.toThrow();
    // The HTTP side is untouched until the gateway itself shuts down.
    expect((await fetch(gateway.url.replace('/graphql', '/healthz'))).status).toBe(200);
  });

  it('shutdown closes the sockets with 1001, which graphql-ws clients take as temporary', async () => {
    const gateway = await anotherGateway();
    const client: WsTestClient = ws(gateway);
    const subscription = client.subscribe({ partId, errorsOnly: false });
    await waitFor('the subscription', () => gateway.logStreams.subscriberCount === 1);

    expect(await gateway.shutdown(5_000)).toBe(true);

    expect(await client.closed).toEqual({ code: 1001, reason: 'Going away' });
    expect(gateway.logStreams.openTails).toBe(0);
    // No GraphQL error: the client's subscription sees only the socket going away.
    expect(subscription.errors.flatMap((e) => (e.extensions ? [e] : []))).toEqual([]);
  });
});

describe('live-log registries', () => {
  it('are one per gateway, each with its own options, tails and caps', async () => {
    const strict = await anotherGateway({ liveLogs: { maxSubscriptionsPerCaller: 1 } });
    const lenient = await anotherGateway({ liveLogs: { maxSubscriptionsPerCaller: 3 } });
    expect(strict.logStreams).not.toBe(lenient.logStreams);
    expect(strict.logStreams.options.maxSubscriptionsPerCaller).toBe(1);
    expect(lenient.logStreams.options.maxSubscriptionsPerCaller).toBe(3);

    const onStrict = ws(strict);
    const first = onStrict.subscribe({ partId, errorsOnly: false });
    await waitFor('the first subscription on the strict gateway', () => strict.logStreams.subscriberCount === 1);
    const refused = onStrict.subscribe({ partId, errorsOnly: false });
    await waitFor('the second refused', () => refused.errors.length > 0);
    expect(refused.errors[0]!.extensions?.code).toBe('SUBSCRIPTION_LIMIT_EXCEEDED');

    // The same key on the other gateway is counted by that gateway alone, against its own cap.
    const onLenient = ws(lenient);
    const kept = [onLenient.subscribe({ partId, errorsOnly: false }), onLenient.subscribe({ partId, errorsOnly: false })];
    await waitFor('two subscriptions on the lenient gateway', () => lenient.logStreams.subscriberCount === 2);
    expect(strict.logStreams.subscriberCount).toBe(1);
    // Each gateway has its own upstream tail for the same part and key.
    expect(strict.logStreams.openTails).toBe(1);
    expect(lenient.logStreams.openTails).toBe(1);
    expect(tails()).toBe(2);

    // Shutting one gateway down ends its tails only.
    await strict.close();
    expect(await onStrict.closed).toMatchObject({ code: 1001 });
    expect(first.errors.flatMap((e) => (e.extensions ? [e] : []))).toEqual([]);
    await waitFor('the strict tail gone upstream', () => tails() === 1);
    await robot.log([{ level: 'info', message: 'after the strict gateway stopped' }]);
    await waitFor('the lenient subscribers still served', () => kept.every((s) => s.messages().includes('after the strict gateway stopped')));
    expect(kept.flatMap((s) => s.errors)).toEqual([]);
  });
});
