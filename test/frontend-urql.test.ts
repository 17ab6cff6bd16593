/**
 * urql with graphcache (its normalized cache) and graphql-ws for subscriptions, set up as a
 * dashboard would, against a running gateway: the fleet tree's robots, parts and log entries are
 * cache entities, a mutation updates the cached robot without a refetch, live log entries become
 * entities under the ids the logs query gives them, an UNAUTHENTICATED error keeps its code, and a
 * `@stream`ed robot list grows result by result over multipart/mixed.
 * The one configuration: graphcache's `keys` naming the schema's values without identity.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { cacheExchange, type Cache } from '@urql/exchange-graphcache';
import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { FLEET_TREE, PART_LOG_TAIL, UPDATE_ROBOT, captureClientWarnings, startFrontendScenario, valueTypes, type FrontendScenario } from './support/frontend.ts';
import { wsUrl, waitFor } from './support/live-logs.ts';
import { startGateway } from '../src/gateway/server.ts';
import { parseUpstreamUrl } from '../src/upstream/target.ts';

let s: FrontendScenario;
let warnings: ReturnType<typeof captureClientWarnings>;
const sockets: WsClient[] = [];

beforeAll(async () => {
  s = await startFrontendScenario();
});
afterAll(async () => {
  for (const socket of sockets) await socket.dispose();
  await s.close();
});
beforeEach(() => {
  warnings = captureClientWarnings();
});
afterEach(() => warnings.restore());

const STREAMED_ROBOTS = /* GraphQL */ `
  query StreamedRobots($id: ID!) { organization(id: $id) { id robots @stream(initialCount: 1) { id name parts { id name } } } }
`;
/** GetRobotParts held this long upstream, so the first robot is sent while the next ones' parts are still on their way. */
const PARTS_DELAY_MS = 150;
const ROBOT_BY_ID = /* GraphQL */ `query RobotById($id: ID!) { robot(id: $id) { id name } }`;

/** The setup the README shows; `onLogBatch` sees the cache as each robotPartLogs event is written. */
function urqlClient(credentials: Record<string, string>, onLogBatch: (entries: { id: string }[], cache: Cache) => void = () => {}, url = s.t.gateway.url) {
  let requests = 0;
  const socket = createClient({ url: wsUrl(s.t.gateway.url), connectionParams: credentials, webSocketImpl: WebSocket, retryAttempts: 0 });
  sockets.push(socket);
  const client = new Client({
    url,
    fetchOptions: { headers: credentials },
    fetch: (input, init) => {
      requests++;
      // urql aborts a multipart request once it has read the last payload, and Node's fetch then
      // rejects the cancelled body's read with no one listening (an unhandled AbortError). These
      // tests read every response to its end, so there is nothing to abort.
      return fetch(input, { ...init, signal: undefined });
    },
    exchanges: [
      cacheExchange({
        // Values without identity live inside their parent (graphcache warns unless told).
        keys: Object.fromEntries(valueTypes().map((type) => [type, () => null])),
        // A by-id query answered from the cache when the entity is there (graphcache's cache redirect).
        resolvers: { Query: { robot: (_parent, args) => ({ __typename: 'Robot', id: args.id as string }) } },
        updates: { Subscription: { robotPartLogs: (result, _args, cache) => onLogBatch(result.robotPartLogs as { id: string }[], cache) } },
      }),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: socket.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
  });
  return { client, httpRequests: () => requests };
}

const robotsOf = (data: any) => data.organizations.flatMap((o: any) => o.locations.flatMap((l: any) => l.robots));
const entriesOf = (data: any) => robotsOf(data).flatMap((r: any) => r.parts.flatMap((p: any) => p.logs.nodes));

describe('urql with graphcache against the gateway', () => {
  it('the fleet tree is made of entities; a mutation updates the cached robot without a refetch', async () => {
    const { client, httpRequests } = urqlClient(s.t.demoHeaders);
    const tree = await client.query(FLEET_TREE, {}).toPromise();
    expect(tree.error).toBeUndefined();
    expect(entriesOf(tree.data).map((e: any) => e.message)).toEqual(expect.arrayContaining(['booted', 'battery at 20%']));

    // The robot is an entity: a different query finds it in the cache, with no request.
    const requestsBefore = httpRequests();
    const cached = await client.query(ROBOT_BY_ID, { id: s.robotId }, { requestPolicy: 'cache-only' }).toPromise();
    expect(cached.data?.robot).toMatchObject({ id: s.robotId, name: 'rover-1' });
    expect(httpRequests()).toBe(requestsBefore);

    const renamed = await client.mutation(UPDATE_ROBOT, { id: s.robotId, name: 'rover-1-urql', locationId: s.locationId }).toPromise();
    expect(renamed.error).toBeUndefined();
    expect(httpRequests()).toBe(requestsBefore + 1);
    const fleetCalls = s.fleetCalls();

    const again = await client.query(FLEET_TREE, {}, { requestPolicy: 'cache-first' }).toPromise();
    expect(robotsOf(again.data).find((r: any) => r.id === s.robotId).name).toBe('rover-1-urql');
    expect(httpRequests()).toBe(requestsBefore + 1);
    expect(s.fleetCalls()).toBe(fleetCalls);

    expect(warnings.messages).toEqual([]);
  });

  it('robotPartLogs entries become cache entities, the same ones the logs query made', async () => {
    const written: { id: string; message: unknown }[] = [];
    let pageEntryIds: string[] = [];
    const pageEntriesSeen: unknown[] = [];
    const { client } = urqlClient(s.t.demoHeaders, (entries, cache) => {
      for (const entry of entries) written.push({ id: entry.id, message: cache.resolve({ __typename: 'LogEntry', id: entry.id }, 'message') });
      // Entries of the earlier page are entities of the same cache.
      for (const id of pageEntryIds) pageEntriesSeen.push(cache.resolve({ __typename: 'LogEntry', id }, 'message'));
    });
    const tree = await client.query(FLEET_TREE, {}).toPromise();
    pageEntryIds = entriesOf(tree.data).filter((e: any) => e.partId === s.partId).map((e: any) => e.id);
    expect(pageEntryIds.length).toBeGreaterThan(0);

    const received: any[] = [];
    const subscription = client.subscription(PART_LOG_TAIL, { partId: s.partId }).subscribe((result) => {
      if (result.error) received.push({ error: result.error });
      received.push(...(result.data?.robotPartLogs ?? []));
    });
    await waitFor('the upstream tail', () => s.t.fleet.server.fleet.logBus.count(s.partId) > 0);
    await s.robot.log([{ level: 'error', message: 'arm stuck' }, { level: 'error', message: 'arm stuck again' }]);
    await waitFor('the first event', () => received.some((e) => e.message === 'arm stuck again'));
    await s.robot.log([{ level: 'info', message: 'arm free' }]);
    await waitFor('the second event', () => received.some((e) => e.message === 'arm free'));
    subscription.unsubscribe();

    expect(received.filter((e) => e.error)).toEqual([]);
    expect(warnings.messages).toEqual([]);
    expect(written).toEqual(received.map((e) => ({ id: e.id, message: e.message })));
    expect(pageEntriesSeen.length).toBeGreaterThan(0);
    expect(pageEntriesSeen.every((message) => typeof message === 'string')).toBe(true);
  });

  it('@stream over multipart: the first robot before the rest, the list growing result by result into the cache', async () => {
    // One upstream call at a time per operation: the robots' GetRobotParts go out one after another.
    const serial = await startGateway({ upstream: parseUpstreamUrl(`http://${s.t.fleet.address}`), port: 0, maxUpstreamCallsPerRequest: 1 });
    onTestFinished(() => serial.close());
    const { client } = urqlClient(s.t.demoHeaders, undefined, serial.url);
    const calls = s.t.fleet.server.calls;
    // What happened, in order: results urql hands the page and GetRobotParts calls answered upstream.
    const events: string[] = [];
    const unwatch = calls.watch((call) => call.method === 'GetRobotParts' && events.push('parts answered'));
    calls.delay('GetRobotParts', PARTS_DELAY_MS);
    const sizes: number[] = [];
    let last: any;
    try {
      await new Promise<void>((resolve) => {
        const { unsubscribe } = client.query(STREAMED_ROBOTS, { id: s.t.fleet.orgId }, { requestPolicy: 'network-only' }).subscribe((result) => {
          events.push('result');
          sizes.push(result.data?.organization.robots.length ?? -1);
          last = result;
          if (!result.hasNext) {
            unsubscribe();
            resolve();
          }
        });
      });
    } finally {
      unwatch();
      calls.delay('GetRobotParts', 0);
    }

    expect(last.error).toBeUndefined();
    const robots = last.data.organization.robots;
    expect(robots.length).toBeGreaterThan(1);
    // One robot first, while the other robots' parts were still held upstream; the rest after.
    expect(sizes[0]).toBe(1);
    expect(sizes.length).toBeGreaterThan(1);
    expect(sizes.at(-1)).toBe(robots.length);
    expect(events.indexOf('result')).toBeLessThan(events.lastIndexOf('parts answered'));
    expect(robots.every((r: any) => r.parts.length > 0)).toBe(true);
    // Every streamed robot is an entity: read from the cache alone.
    for (const robot of robots) {
      const cached = await client.query(ROBOT_BY_ID, { id: robot.id }, { requestPolicy: 'cache-only' }).toPromise();
      expect(cached.data?.robot, robot.name).toMatchObject({ id: robot.id, name: robot.name });
    }
    expect(warnings.messages).toEqual([]);
  });

  it('an UNAUTHENTICATED error reaches the client with its code', async () => {
    const { client } = urqlClient({ 'x-viam-api-key-id': s.t.fleet.keyId, 'x-viam-api-key': 'not-the-key' });
    const result = await client.query(FLEET_TREE, {}).toPromise();
    expect(result.error?.graphQLErrors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(warnings.messages).toEqual([]);
  });
});
