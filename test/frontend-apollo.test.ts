/**
 * Apollo Client 3, set up as a dashboard would (HttpLink for queries and mutations, GraphQLWsLink
 * for subscriptions, the default InMemoryCache), against a running gateway: every object of the
 * fleet tree is normalized by its id, a mutation updates the cached robot without a refetch, live
 * log entries land in the cache under their ids, an UNAUTHENTICATED error keeps its code, and a
 * tree with deferred logs arrives in more than one result over HttpLink's multipart support.
 * (Apollo Client 3 merges `@defer` payloads only: it drops the `items` of `@stream`; urql's test
 * covers `@stream`.)
 * Nothing is configured per type but one field policy (SUBSCRIPTION_POLICIES), and the client
 * prints no warning.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApolloClient, ApolloError, HttpLink, InMemoryCache, gql, split, type NormalizedCacheObject } from '@apollo/client/core';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { loadDevMessages, loadErrorMessages } from '@apollo/client/dev';
import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { FLEET_TREE, PART_LOG_TAIL, UPDATE_ROBOT, captureClientWarnings, startFrontendScenario, type FrontendScenario } from './support/frontend.ts';
import { wsUrl, waitFor } from './support/live-logs.ts';

// Apollo's warnings in words, not codes.
loadDevMessages();
loadErrorMessages();

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

/** The setup the README shows: credentials in headers for HTTP and in connectionParams for graphql-ws. */
/**
 * Each robotPartLogs event is a new batch, not more of the last one. Apollo wants a merge function
 * for any list field whose new value is shorter than the old (even a list of normalized entities)
 * and warns "Cache data may be lost" without one; `merge: false` says: replace.
 */
const SUBSCRIPTION_POLICIES = { Subscription: { fields: { robotPartLogs: { merge: false } } } };

function apolloClient(
  credentials: Record<string, string>,
  cache = new InMemoryCache(),
): { client: ApolloClient<NormalizedCacheObject>; httpRequests: () => number } {
  let requests = 0;
  const httpLink = new HttpLink({
    uri: s.t.gateway.url,
    headers: credentials,
    fetch: (input, init) => {
      requests++;
      return fetch(input, init);
    },
  });
  const socket = createClient({ url: wsUrl(s.t.gateway.url), connectionParams: credentials, webSocketImpl: WebSocket, retryAttempts: 0 });
  sockets.push(socket);
  const link = split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
    },
    new GraphQLWsLink(socket),
    httpLink,
  );
  return { client: new ApolloClient({ link, cache }), httpRequests: () => requests };
}

/** FLEET_TREE with each part's logs deferred: what a dashboard renders before the logs arrive. */
const DEFERRED_FLEET_TREE = /* GraphQL */ `
  query DeferredFleetTree {
    organizations {
      id
      name
      locations {
        id
        name
        robots {
          id
          name
          parts {
            id
            name
            ... @defer(label: "logs") { logs(first: 10) { nodes { id partId time level message } } }
          }
        }
      }
    }
  }
`;
/** GetRobotPartLogs held this long upstream, so the tree is sent while the logs are still on their way. */
const LOGS_DELAY_MS = 150;
const partsOf = (data: any) => data.organizations.flatMap((o: any) => o.locations.flatMap((l: any) => l.robots.flatMap((r: any) => r.parts)));

describe('Apollo Client 3 against the gateway', () => {
  it('normalizes every object of the fleet tree; a mutation updates the cached robot without a refetch', async () => {
    const { client, httpRequests } = apolloClient(s.t.demoHeaders);
    const { data } = await client.query({ query: gql(FLEET_TREE) });
    const store = client.cache.extract();

    const robots = data.organizations.flatMap((o: any) => o.locations.flatMap((l: any) => l.robots));
    const parts = robots.flatMap((r: any) => r.parts);
    const entries = parts.flatMap((p: any) => p.logs.nodes);
    expect(entries.map((e: any) => e.message)).toEqual(expect.arrayContaining(['booted', 'battery at 20%']));
    for (const [typename, objects] of [['Organization', data.organizations], ['Robot', robots], ['RobotPart', parts], ['LogEntry', entries]] as const) {
      expect(objects.length, typename).toBeGreaterThan(0);
      for (const object of objects) expect(store[`${typename}:${object.id}`], `${typename}:${object.id}`).toBeDefined();
    }
    // The part's page of logs refers to the entries instead of holding copies of them.
    const part = store[`RobotPart:${s.partId}`] as any;
    const page = Object.entries(part).find(([field]) => field.startsWith('logs('))![1] as any;
    expect(page.nodes.map((n: any) => n.__ref)).toEqual(expect.arrayContaining(entries.filter((e: any) => e.partId === s.partId).map((e: any) => `LogEntry:${e.id}`)));

    const fleetCallsBefore = s.fleetCalls();
    const requestsBefore = httpRequests();
    const renamed = await client.mutate({ mutation: gql(UPDATE_ROBOT), variables: { id: s.robotId, name: 'rover-1-renamed', locationId: s.locationId } });
    expect(renamed.data.updateRobot).toEqual({ __typename: 'Robot', id: s.robotId, name: 'rover-1-renamed' });
    expect(httpRequests()).toBe(requestsBefore + 1);
    const afterMutation = s.fleetCalls();

    // The tree read again from the cache shows the new name: no request, no upstream call.
    const again = await client.query({ query: gql(FLEET_TREE), fetchPolicy: 'cache-first' });
    const robot = again.data.organizations.flatMap((o: any) => o.locations.flatMap((l: any) => l.robots)).find((r: any) => r.id === s.robotId);
    expect(robot.name).toBe('rover-1-renamed');
    expect(httpRequests()).toBe(requestsBefore + 1);
    expect(s.fleetCalls()).toBe(afterMutation);
    expect(afterMutation).toBeGreaterThan(fleetCallsBefore);

    expect(warnings.messages).toEqual([]);
    client.stop();
  });

  it('robotPartLogs delivers entries into the cache under the ids the logs query gives them', async () => {
    const { client } = apolloClient(s.t.demoHeaders, new InMemoryCache({ typePolicies: SUBSCRIPTION_POLICIES }));
    const received: any[] = [];
    const subscription = client.subscribe({ query: gql(PART_LOG_TAIL), variables: { partId: s.partId } }).subscribe({
      next: (result) => received.push(...(result.data?.robotPartLogs ?? [])),
      error: (error) => received.push({ error }),
    });
    await waitFor('the upstream tail', () => s.t.fleet.server.fleet.logBus.count(s.partId) > 0);
    // Two events, the second shorter: what makes Apollo warn "Cache data may be lost when replacing
    // the robotPartLogs field" without `id` on LogEntry, or without the field policy.
    await s.robot.log([{ level: 'error', message: 'motor stalled' }, { level: 'error', message: 'motor stalled twice' }]);
    await waitFor('the first event', () => received.some((e) => e.message === 'motor stalled'));
    await s.robot.log([{ level: 'info', message: 'motor recovered' }]);
    await waitFor('the second event', () => received.some((e) => e.message === 'motor recovered'));
    subscription.unsubscribe();

    expect(received.filter((e) => e.error)).toEqual([]);
    expect(warnings.messages).toEqual([]);
    const store = client.cache.extract();
    for (const entry of received) expect(store[`LogEntry:${entry.id}`], entry.message).toMatchObject({ message: entry.message, partId: s.partId });

    // The same entries from a page of `logs` have the same ids: one cache entry each.
    const { data } = await client.query({ query: gql(FLEET_TREE), fetchPolicy: 'network-only' });
    const pageIds = data.organizations.flatMap((o: any) => o.locations.flatMap((l: any) => l.robots.flatMap((r: any) => r.parts.flatMap((p: any) => p.logs.nodes.map((n: any) => n.id)))));
    expect(pageIds).toEqual(expect.arrayContaining(received.map((e) => e.id)));

    expect(warnings.messages).toEqual([]);
    client.stop();
  });

  it('old versions (part history, fragment revisions) are objects of their own: the cached current ones keep their data', async () => {
    const { client } = apolloClient(s.t.demoHeaders);
    const { data: current } = await client.query({ query: gql`query($id: ID!) { robotPart(id: $id) { id name config } }`, variables: { id: s.partId } });
    await client.mutate({
      mutation: gql`mutation($id: ID!, $config: JSON!) { updateRobotPart(id: $id, name: "rover-1-main-v2", config: $config) { id name } }`,
      variables: { id: s.partId, config: current.robotPart.config },
    });
    const { data } = await client.query({
      query: gql`query($id: ID!) { robotPart(id: $id) { id name history { id partId old { id name } } } }`,
      variables: { id: s.partId },
    });
    expect(data.robotPart.history[0]).toMatchObject({ partId: s.partId, old: { name: 'rover-1-main' } });
    expect(data.robotPart.history[0].old.id).not.toBe(s.partId);
    expect(client.cache.extract()[`RobotPart:${s.partId}`]).toMatchObject({ name: 'rover-1-main-v2' });

    const { data: created } = await client.mutate({
      mutation: gql`mutation($org: ID!) { createFragment(organizationId: $org, name: "cache-fragment", config: { v: 1 }) { id name config } }`,
      variables: { org: s.t.fleet.orgId },
    });
    const fragmentId = created.createFragment.id;
    await client.mutate({
      mutation: gql`mutation($id: ID!) { updateFragment(id: $id, name: "cache-fragment", config: { v: 2 }) { id config revision } }`,
      variables: { id: fragmentId },
    });
    const { data: versions } = await client.query({
      query: gql`query($id: ID!) { now: fragment(id: $id) { id config } first: fragment(id: $id, version: "1") { id config } }`,
      variables: { id: fragmentId },
    });
    expect(versions.now).toMatchObject({ id: fragmentId, config: { v: 2 } });
    expect(versions.first).toMatchObject({ id: `${fragmentId}:1`, config: { v: 1 } });
    expect(client.cache.extract()[`Fragment:${fragmentId}`]).toMatchObject({ config: { v: 2 } });
    expect(warnings.messages).toEqual([]);
    client.stop();
  });

  it('@defer over HttpLink: the tree first, then the deferred logs, each entry normalized', async () => {
    const { client } = apolloClient(s.t.demoHeaders);
    const calls = s.t.fleet.server.calls;
    // What happened, in order: results Apollo hands the page and GetRobotPartLogs calls answered upstream.
    const events: string[] = [];
    const unwatch = calls.watch((call) => call.method === 'GetRobotPartLogs' && events.push('logs answered'));
    calls.delay('GetRobotPartLogs', LOGS_DELAY_MS);
    const results: any[] = [];
    try {
      await new Promise<void>((resolve, reject) => {
        const watched = client.watchQuery({ query: gql(DEFERRED_FLEET_TREE) }).subscribe({
          next: (result) => {
            events.push('result');
            results.push(result);
            if (partsOf(result.data).every((p: any) => p.logs)) {
              watched.unsubscribe();
              resolve();
            }
          },
          error: reject,
        });
      });
    } finally {
      unwatch();
      calls.delay('GetRobotPartLogs', 0);
    }

    // First the tree without the logs, while the logs were still held upstream; then the logs.
    expect(results.length).toBeGreaterThan(1);
    const first = partsOf(results[0].data);
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((p: any) => p.logs === undefined)).toBe(true);
    expect(events.indexOf('result')).toBeLessThan(events.lastIndexOf('logs answered'));
    expect(events.lastIndexOf('result')).toBeGreaterThan(events.lastIndexOf('logs answered'));
    const entries = partsOf(results.at(-1).data).flatMap((p: any) => p.logs.nodes);
    expect(entries.map((e: any) => e.message)).toEqual(expect.arrayContaining(['booted', 'battery at 20%']));

    // The cache holds what a plain query would: parts and entries by id, the page referring to the entries.
    const store = client.cache.extract();
    for (const part of partsOf(results.at(-1).data)) expect(store[`RobotPart:${part.id}`], part.name).toBeDefined();
    for (const entry of entries) expect(store[`LogEntry:${entry.id}`], entry.message).toMatchObject({ message: entry.message });
    const page = Object.entries(store[`RobotPart:${s.partId}`] as any).find(([field]) => field.startsWith('logs('))![1] as any;
    expect(page.nodes.map((n: any) => n.__ref)).toEqual(expect.arrayContaining(entries.filter((e: any) => e.partId === s.partId).map((e: any) => `LogEntry:${e.id}`)));
    expect(warnings.messages).toEqual([]);
    client.stop();
  });

  it('an UNAUTHENTICATED error reaches the client with its code', async () => {
    const { client } = apolloClient({ 'x-viam-api-key-id': s.t.fleet.keyId, 'x-viam-api-key': 'not-the-key' });
    const error = await client.query({ query: gql(FLEET_TREE) }).then(
      () => null,
      (e: unknown) => e,
    );
    // A field error in a 200 answer: Apollo reports it in graphQLErrors, extensions and all.
    expect(error).toBeInstanceOf(ApolloError);
    expect((error as ApolloError).graphQLErrors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(warnings.messages).toEqual([]);
    client.stop();
  });
});
