/**
 * Subscription.robotPartLogs over graphql-ws and SSE against a real gateway and fleet server:
 * filters, shared upstream tails, freeing them, authorization, credentials, backpressure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { apiKeyHeaders, startTestGateway, type TestGateway } from './support/gateway.ts';
import { PART_LOGS, robotLogger, sseSubscribe, waitFor, wsClient, wsUrl, type WsTestClient } from './support/live-logs.ts';
import { firstSecret, idByName } from './support/graph.ts';
import { insertOrganization } from '../src/fleet-server/organizations.ts';
import { insertLocation } from '../src/fleet-server/locations.ts';
import { insertRobot } from '../src/fleet-server/robots.ts';
import { insertPart } from '../src/fleet-server/parts.ts';
import { startGateway } from '../src/gateway/server.ts';
import { parseUpstreamUrl } from '../src/upstream/target.ts';

const BUFFER_BATCHES = 8;

let t: TestGateway;
let robot: Awaited<ReturnType<typeof robotLogger>>;
let partId: string;
const clients: WsTestClient[] = [];

const tails = (part = partId) => t.fleet.server.fleet.logBus.count(part);
const ws = (params: Record<string, unknown> = t.demoHeaders, options?: { lazy?: boolean }) => {
  const client = wsClient(t.gateway.url, params, options);
  clients.push(client);
  return client;
};

beforeAll(async () => {
  t = await startTestGateway({ gateway: { liveLogs: { subscriberBufferBatches: BUFFER_BATCHES } } });
  partId = idByName(t.fleet.server.db, 'robot_parts', 'rover-1-main');
  robot = await robotLogger(t.fleet.address, partId, firstSecret(t.fleet.server.db, partId));
});
afterAll(async () => {
  for (const client of clients) await client.dispose();
  robot.close();
  await t.close();
});

describe('robotPartLogs delivery', () => {
  it('brings logs sent through RobotService/Log to graphql-ws and SSE subscribers, with errorsOnly and filter', async () => {
    const client = ws();
    const errorsOnly = client.subscribe({ partId }); // errorsOnly defaults to true
    const motor = client.subscribe({ partId, errorsOnly: false, filter: 'motor' });
    const sse = sseSubscribe(t.gateway.url, t.demoHeaders, { partId, errorsOnly: false });
    // Three different argument sets: three upstream tails.
    await waitFor('three tails', () => tails() === 3);

    await robot.log([
      { level: 'info', message: 'motor started' },
      { level: 'error', message: 'motor stalled' },
      { level: 'warn', message: 'battery low' },
      { level: 'fatal', message: 'camera lost', logger: 'camera' },
    ]);
    await robot.log([
      { level: 'error', message: 'MOTOR overheated' },
      { level: 'debug', message: 'tick' },
    ]);

    await waitFor('all batches', () => errorsOnly.batches.length === 2 && motor.batches.length === 2 && sse.batches.length === 2);
    expect(errorsOnly.batches.map((b) => b.map((e) => e.message))).toEqual([['motor stalled', 'camera lost'], ['MOTOR overheated']]);
    expect(motor.batches.map((b) => b.map((e) => e.message))).toEqual([['motor started', 'motor stalled'], ['MOTOR overheated']]);
    expect(sse.batches.map((b) => b.map((e) => e.message))).toEqual([
      ['motor started', 'motor stalled', 'battery low', 'camera lost'],
      ['MOTOR overheated', 'tick'],
    ]);
    const lost = errorsOnly.batches[0]![1]!;
    expect(lost).toMatchObject({ level: 'fatal', loggerName: 'camera' });
    expect(new Date(lost.time).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect([errorsOnly.errors, motor.errors, sse.errors]).toEqual([[], [], []]);

    errorsOnly.unsubscribe();
    motor.unsubscribe();
    sse.unsubscribe();
    await waitFor('no tails', () => tails() === 0);
  });

  it('gives an entry the same id in the subscription and in a page of logs, and names its part', async () => {
    const client = ws();
    const live = client.subscribe({ partId, errorsOnly: false, filter: 'identity check' }, 'subscription($partId: ID!, $errorsOnly: Boolean, $filter: String) { robotPartLogs(partId: $partId, errorsOnly: $errorsOnly, filter: $filter) { id partId part { name } message } }');
    await waitFor('a tail', () => tails() > 0);
    await robot.log([
      { level: 'info', message: 'identity check one' },
      { level: 'info', message: 'identity check two' },
    ]);
    await waitFor('the batch', () => live.batches.length === 1);
    const streamed = live.batches[0]!;
    expect(streamed.map((e) => [e.message, e.partId, e.part!.name])).toEqual([
      ['identity check one', partId, 'rover-1-main'],
      ['identity check two', partId, 'rover-1-main'],
    ]);
    expect(new Set(streamed.map((e) => e.id)).size).toBe(2);
    const paged = await t.ok('query($id: ID!) { robotPart(id: $id) { logs(filter: "identity check", first: 10) { nodes { id message } } } }', { id: partId });
    const pagedIds = Object.fromEntries(paged.robotPart.logs.nodes.map((e: { id: string; message: string }) => [e.message, e.id]));
    expect(streamed.map((e) => pagedIds[e.message])).toEqual(streamed.map((e) => e.id));
    live.unsubscribe();
  });

  it('gives every graphql-ws operation its own context and loaders', async () => {
    const client = ws();
    const robotId = idByName(t.fleet.server.db, 'robots', 'rover-1');
    const calls = t.fleet.server.calls;
    const before = calls.count('GetRobot');
    for (let i = 0; i < 2; i++) {
      const result = await client.query('query($id: ID!) { robot(id: $id) { name } }', { id: robotId });
      expect(result).toEqual({ data: { robot: { name: 'rover-1' } } });
    }
    // One loader per connection would have answered the second query from its cache.
    expect(calls.count('GetRobot') - before).toBe(2);

    // A broken operation is answered with its errors; the connection and its other operations go on.
    const broken = await client.query('query { robot(id: ');
    expect(broken.errors?.[0]?.message).toMatch(/Syntax Error/);
    const invalid = await client.query('{ noSuchField }');
    expect(invalid.errors?.[0]?.message).toMatch(/noSuchField/);
    expect(await client.query('query($id: ID!) { robot(id: $id) { name } }', { id: robotId })).toEqual({ data: { robot: { name: 'rover-1' } } });
  });
});

describe('shared upstream tails', () => {
  it('opens one upstream stream for subscribers with the same arguments, and closes it when they leave', async () => {
    const calls = t.fleet.server.calls;
    const opened = calls.count('TailRobotPartLogs');
    const first = ws().subscribe({ partId, errorsOnly: false });
    await waitFor('the tail', () => tails() === 1);
    const second = ws().subscribe({ partId, errorsOnly: false });
    const overSse = sseSubscribe(t.gateway.url, t.demoHeaders, { partId, errorsOnly: false });
    await waitFor('three subscribers', () => t.gateway.logStreams.subscriberCount === 3);
    expect(tails()).toBe(1);
    expect(calls.count('TailRobotPartLogs') - opened).toBe(1);

    await robot.log([{ level: 'info', message: 'shared 1' }]);
    await waitFor('the batch everywhere', () => [first, second, overSse].every((s) => s.batches.length === 1));

    first.unsubscribe();
    overSse.unsubscribe();
    await waitFor('one subscriber left', () => t.gateway.logStreams.subscriberCount === 1);
    expect(tails()).toBe(1);
    await robot.log([{ level: 'info', message: 'shared 2' }]);
    await waitFor('the second batch', () => second.batches.length === 2);
    expect(second.messages()).toEqual(['shared 1', 'shared 2']);
    expect(first.messages()).toEqual(['shared 1']);

    second.unsubscribe();
    await waitFor('the upstream stream closed', () => tails() === 0);
    expect(t.gateway.logStreams.openTails).toBe(0);
  });

  it('frees the share of a client whose socket is destroyed', async () => {
    const dying = ws();
    const survivor = ws();
    const lost = dying.subscribe({ partId, errorsOnly: false });
    const kept = survivor.subscribe({ partId, errorsOnly: false });
    await waitFor('two subscribers on one tail', () => t.gateway.logStreams.subscriberCount === 2 && tails() === 1);

    dying.socket().terminate();
    await waitFor('the dead share released', () => t.gateway.logStreams.subscriberCount === 1);
    expect(tails()).toBe(1);
    await robot.log([{ level: 'info', message: 'after the crash' }]);
    await waitFor('the survivor still served', () => kept.batches.length === 1);
    expect(lost.batches).toEqual([]);

    survivor.socket().terminate();
    await waitFor('the upstream stream closed', () => tails() === 0);
  });
});

describe('authorization', () => {
  it('refuses a part of another organization with FORBIDDEN and leaves no upstream stream', async () => {
    const db = t.fleet.server.db;
    const otherPart = db.transaction(() => {
      const org = insertOrganization(db, 'Rival Fleet');
      const location = insertLocation(db, org.id, 'rival site', null);
      const rival = insertRobot(db, location.id, 'rival-bot');
      return insertPart(db, rival.id, 'rival-bot-extra').id;
    })();
    const calls = t.fleet.server.calls;
    const opened = calls.count('TailRobotPartLogs');

    const overWs = ws().subscribe({ partId: otherPart });
    await waitFor('the error', () => overWs.errors.length > 0 || overWs.completed);
    expect(overWs.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(overWs.batches).toEqual([]);
    // Refused when subscribing (no `data` at all), not a stream that started and failed later.
    expect(overWs.hadData).toBe(false);

    const overSse = sseSubscribe(t.gateway.url, t.demoHeaders, { partId: otherPart });
    await overSse.done;
    expect(overSse.errors[0]?.extensions?.code).toBe('FORBIDDEN');

    // The upstream was asked (and refused); nothing stays open on either side.
    expect(calls.count('TailRobotPartLogs') - opened).toBe(2);
    expect(tails(otherPart)).toBe(0);
    expect(t.gateway.logStreams.openTails).toBe(0);
  });

  it('closes a graphql-ws connection without valid credentials with 4403', async () => {
    const token = await t.fleet.authenticate(t.fleet.keyId, t.fleet.key);
    const refused = [
      {},
      apiKeyHeaders({ id: t.fleet.keyId, key: 'not-the-key' }),
      { authorization: 'Bearer not-a-token' },
    ];
    for (const params of refused) {
      const client = ws(params, { lazy: false });
      expect((await client.closed).code).toBe(4403);
    }

    // Names match like HTTP headers, whatever their case.
    const withToken = ws({ Authorization: `Bearer ${token}` });
    const subscription = withToken.subscribe({ partId, errorsOnly: false });
    await waitFor('the tail', () => tails() === 1);
    await robot.log([{ level: 'info', message: 'for a bearer' }]);
    await waitFor('the batch', () => subscription.batches.length === 1);
    subscription.unsubscribe();
    await waitFor('no tails', () => tails() === 0);
  });

  it('closes sockets that send oversized frames (1009) or never initialise (4408)', async () => {
    const rawSocket = () => {
      const socket = new WebSocket(wsUrl(t.gateway.url), 'graphql-transport-ws');
      const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
      socket.on('error', () => {});
      return { socket, closed };
    };
    const oversized = rawSocket();
    oversized.socket.once('open', () =>
      oversized.socket.send(JSON.stringify({ type: 'connection_init', payload: { padding: 'x'.repeat(2 * 1024 * 1024) } })),
    );
    expect(await oversized.closed).toBe(1009);

    const silent = rawSocket();
    expect(await silent.closed).toBe(4408);
  });

  it('answers an operation without credentials over SSE with UNAUTHENTICATED', async () => {
    const anonymous = sseSubscribe(t.gateway.url, {}, { partId }, PART_LOGS);
    await anonymous.done;
    expect(anonymous.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(tails()).toBe(0);
  });

  it('ends a subscription answered 406 (no streaming type acceptable): no tail, no share of the cap is left behind', async () => {
    for (let i = 0; i < 3; i++) {
      const response = await fetch(t.gateway.url, {
        method: 'POST',
        headers: { ...t.demoHeaders, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: PART_LOGS, variables: { partId, errorsOnly: false } }),
      });
      expect(response.status).toBe(406);
      await response.arrayBuffer();
    }
    await waitFor('the subscriptions ended', () => t.gateway.logStreams.subscriberCount === 0 && tails() === 0);
  });
});

describe('gateway shutdown', () => {
  it('ends open subscriptions and cancels their upstream streams', async () => {
    const gateway = await startGateway({ upstream: parseUpstreamUrl(`http://${t.fleet.address}`), port: 0 });
    const client = wsClient(gateway.url, t.demoHeaders);
    const overWs = client.subscribe({ partId, errorsOnly: false });
    const overSse = sseSubscribe(gateway.url, t.demoHeaders, { partId, filter: 'x' });
    await waitFor('two tails', () => tails() === 2 && gateway.webSockets.sockets === 1);

    await gateway.close();
    expect((await client.closed).code).toBe(1001);
    await overSse.done;
    expect(gateway.logStreams.openTails).toBe(0);
    await waitFor('no tails upstream', () => tails() === 0);
    expect(overWs.batches).toEqual([]);
    await client.dispose();
  });
});

describe('backpressure', () => {
  it('drops a slow consumer with an overflow error while a fast one keeps receiving everything', async () => {
    const slowClient = ws();
    const fastClient = ws();
    const query = /* GraphQL */ `
      subscription($partId: ID!) { robotPartLogs(partId: $partId, errorsOnly: false) { time level message loggerName } }
    `;
    const slow = slowClient.subscribe({ partId }, query);
    const fast = fastClient.subscribe({ partId }, query);
    await waitFor('two subscribers', () => t.gateway.logStreams.subscriberCount === 2 && tails() === 1);
    // The slow client stops reading its socket: once the kernel buffers are full, the gateway's
    // sends stall and batches pile up in that subscriber's buffer.
    slowClient.socket().pause();

    const filler = 'x'.repeat(2048);
    const lines = (n: number) => Array.from({ length: 64 }, (_, i) => ({ level: 'info', message: `batch ${n} line ${i} ${filler}` }));
    let sent = 0;
    while (t.gateway.logStreams.subscriberCount === 2) {
      if (sent >= 2000) throw new Error('the slow subscriber never overflowed');
      await robot.log(lines(sent++));
      await waitFor(`batch ${sent} at the fast client`, () => fast.batches.length === sent);
    }
    // The fast one got every batch, in order, and is still subscribed.
    expect(fast.batches.map((b) => b[0]!.message.split(' ').slice(0, 2).join(' '))).toEqual(
      Array.from({ length: sent }, (_, n) => `batch ${n}`),
    );
    expect(fast.errors).toEqual([]);
    expect(tails()).toBe(1);

    slowClient.socket().resume();
    await waitFor('the overflow error', () => slow.errors.length > 0 && slow.completed);
    expect(slow.errors[0]!.extensions?.code).toBe('SUBSCRIBER_BUFFER_OVERFLOW');
    expect(slow.errors[0]!.message).toMatch(/overflow/);
    // What it did get is the start of the stream, without gaps.
    expect(slow.batches.length).toBeLessThan(sent);
    expect(slow.batches.map((b) => b[0]!.message.split(' ').slice(0, 2).join(' '))).toEqual(
      Array.from({ length: slow.batches.length }, (_, n) => `batch ${n}`),
    );

    await robot.log([{ level: 'info', message: 'still flowing' }]);
    await waitFor('the fast client still served', () => fast.batches.length === sent + 1);
    fast.unsubscribe();
    await waitFor('no tails', () => tails() === 0);
  });
});
