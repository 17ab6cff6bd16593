/**
 * The graphql-transport-ws protocol as the gateway speaks it, driven by a raw `ws` client: close
 * codes for protocol violations and refused credentials, ping/pong, and the gateway's own limits
 * (message size, subscriptions per connection, connections per client address).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import { PART_LOGS, waitFor } from './support/live-logs.ts';
import { openRawSocket, type RawSocket } from './support/raw-ws.ts';
import { idByName } from './support/graph.ts';

const INIT_TIMEOUT_MS = 300;
const MAX_PAYLOAD_BYTES = 4096;
const MAX_SUBSCRIPTIONS = 2;
const MAX_CONNECTIONS_PER_ADDRESS = 3;

let t: TestGateway;
let partId: string;
const sockets: RawSocket[] = [];

const open = async () => {
  const socket = await openRawSocket(t.gateway.url);
  sockets.push(socket);
  return socket;
};
/** A socket that has been acknowledged with the demo key. */
const ready = async () => {
  const socket = await open();
  await socket.init(t.demoHeaders);
  return socket;
};
const subscribeLogs = (socket: RawSocket, id: string) =>
  socket.send({ id, type: 'subscribe', payload: { query: PART_LOGS, variables: { partId, errorsOnly: false } } });

beforeAll(async () => {
  t = await startTestGateway({
    gateway: {
      wsConnectionInitTimeoutMs: INIT_TIMEOUT_MS,
      wsMaxPayloadBytes: MAX_PAYLOAD_BYTES,
      wsMaxSubscriptionsPerConnection: MAX_SUBSCRIPTIONS,
      wsMaxConnectionsPerAddress: MAX_CONNECTIONS_PER_ADDRESS,
    },
  });
  partId = idByName(t.fleet.server.db, 'robot_parts', 'rover-1-main');
});
afterEach(async () => {
  for (const socket of sockets.splice(0)) {
    socket.close();
    await socket.closed;
  }
  // Every socket of a test is gone before the next one counts its connections.
  await waitFor('no open sockets', () => t.gateway.webSockets.sockets === 0);
});
afterAll(() => t.close());

describe('graphql-transport-ws close codes', () => {
  it('closes with 4408 when connection_init does not come in time', async () => {
    const socket = await open();
    expect(await socket.closed).toEqual({ code: 4408, reason: 'Connection initialisation timeout' });
  });

  it('closes with 4429 on a second connection_init', async () => {
    const socket = await ready();
    socket.send({ type: 'connection_init', payload: t.demoHeaders });
    expect((await socket.closed).code).toBe(4429);
  });

  it('closes with 4409 when a subscription id is already in use', async () => {
    const socket = await ready();
    subscribeLogs(socket, 'logs');
    await waitFor('the subscription', () => t.gateway.logStreams.subscriberCount === 1);
    subscribeLogs(socket, 'logs');
    expect(await socket.closed).toEqual({ code: 4409, reason: 'Subscriber for logs already exists' });
  });

  it('closes with 4403 for a wrong API key, an unknown bearer token, and no credentials', async () => {
    for (const payload of [
      { ...t.demoHeaders, 'x-viam-api-key': 'not-the-key' },
      { Authorization: 'Bearer not-a-token' },
      {},
    ]) {
      const socket = await open();
      socket.send({ type: 'connection_init', payload });
      expect(await socket.closed).toEqual({ code: 4403, reason: 'Forbidden' });
      expect(socket.received.some((m) => m.type === 'connection_ack')).toBe(false);
    }
  });

  it('closes with 4401 on a subscribe before connection_ack', async () => {
    const socket = await open();
    socket.send({ id: '1', type: 'subscribe', payload: { query: '{ organizations { id } }' } });
    expect((await socket.closed).code).toBe(4401);
  });

  it('answers ping with pong carrying the same payload', async () => {
    const socket = await ready();
    socket.send({ type: 'ping', payload: { seq: 7 } });
    expect(await socket.next((m) => m.type === 'pong')).toEqual({ type: 'pong', payload: { seq: 7 } });
  });
});

describe('websocket limits', () => {
  it('closes with 1009 when a message is over the payload limit', async () => {
    const socket = await ready();
    const query = `{ organizations { id } } # ${'x'.repeat(MAX_PAYLOAD_BYTES)}`;
    socket.send({ id: 'big', type: 'subscribe', payload: { query } });
    expect((await socket.closed).code).toBe(1009);
    expect(socket.received.filter((m) => m.id === 'big')).toEqual([]);
  });

  it('refuses a subscription over the per-connection limit with TOO_MANY_SUBSCRIPTIONS and keeps the connection', async () => {
    const socket = await ready();
    for (let i = 1; i <= MAX_SUBSCRIPTIONS + 1; i++) subscribeLogs(socket, `logs-${i}`);
    const refused = await socket.next((m) => m.id === `logs-${MAX_SUBSCRIPTIONS + 1}`);
    expect(refused.type).toBe('error');
    expect(refused.payload).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/too many subscriptions.*at most 2/), extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', limit: 2 } }),
    ]);
    await waitFor('the admitted subscriptions', () => t.gateway.logStreams.subscriberCount === MAX_SUBSCRIPTIONS);

    // Queries do not count against the limit, and the connection goes on.
    socket.send({ id: 'query', type: 'subscribe', payload: { query: '{ organizations { name } }' } });
    expect((await socket.next((m) => m.id === 'query' && m.type === 'next')).payload).toEqual({ data: { organizations: [{ name: 'Demo Fleet' }] } });
    await socket.next((m) => m.id === 'query' && m.type === 'complete');

    // A completed subscription frees its place.
    socket.send({ id: 'logs-1', type: 'complete' });
    await waitFor('one subscription left', () => t.gateway.logStreams.subscriberCount === MAX_SUBSCRIPTIONS - 1);
    subscribeLogs(socket, 'logs-again');
    await waitFor('the new subscription', () => t.gateway.logStreams.subscriberCount === MAX_SUBSCRIPTIONS);
    expect(socket.received.filter((m) => m.id === 'logs-again')).toEqual([]);
    expect(socket.ws.readyState).toBe(socket.ws.OPEN);
  });

  it('refuses a connection over the per-address limit with HTTP 429, and admits one again once another closes', async () => {
    const admitted = [];
    for (let i = 0; i < MAX_CONNECTIONS_PER_ADDRESS; i++) admitted.push(await ready());
    const refused = await open().then(
      () => null,
      (error: { status?: number; body?: string }) => error,
    );
    expect(refused).toMatchObject({ status: 429, body: expect.stringMatching(/too many WebSocket connections from this address: at most 3/) });

    admitted[0]!.close();
    await admitted[0]!.closed;
    await waitFor('the closed socket gone', () => t.gateway.webSockets.sockets === MAX_CONNECTIONS_PER_ADDRESS - 1);
    const again = await ready();
    socketsStillOpen(admitted.slice(1).concat(again));
  });
});

function socketsStillOpen(list: RawSocket[]) {
  for (const socket of list) expect(socket.ws.readyState).toBe(socket.ws.OPEN);
}
