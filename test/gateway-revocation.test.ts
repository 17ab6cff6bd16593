/**
 * Revocation reaches live logs, over graphql-ws and SSE against a real gateway and fleet server:
 * a joiner of an open shared tail is authorized on its own, a deleted key or removed role ends
 * every stream of that credential within a recheck interval (others on the part keep streaming),
 * a new graphql-ws connection on a deleted key is refused despite a cached token, every open
 * graphql-ws socket of a refused credential (API key or bearer token) is closed with 4403, and
 * open subscriptions per credential are capped across both transports.
 *
 * The fleet server of this branch does not end its own streams on revocation, so what ends them
 * here is the gateway's recheck.
 */
import { deleteApiKey } from '../src/fleet-server/keys.ts';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiKeyHeaders, errorCode, startTestGateway, type TestGateway } from './support/gateway.ts';
import { keyWithRole } from './support/fleet.ts';
import { robotLogger, sseSubscribe, waitFor, wsClient, type Received, type WsTestClient } from './support/live-logs.ts';
import { firstSecret, idByName } from './support/graph.ts';
import { startGateway, type Gateway } from '../src/gateway/server.ts';
import { parseUpstreamUrl } from '../src/upstream/target.ts';
import type { MintedKey } from '../src/fleet-server/keys.ts';
import { insertOrganization } from '../src/fleet-server/organizations.ts';
import { insertLocation } from '../src/fleet-server/locations.ts';
import { insertRobot } from '../src/fleet-server/robots.ts';
import { insertPart } from '../src/fleet-server/parts.ts';

/** The gateway `t` never rechecks within a test, so what refuses a joiner there is the join check. */
const SLOW_RECHECK_MS = 10 * 60_000;
const FAST_RECHECK_MS = 150;
const MAX_PER_CALLER = 3;

let t: TestGateway;
/** A second gateway on the same fleet server that rechecks often. */
let fast: Gateway;
let robot: Awaited<ReturnType<typeof robotLogger>>;
let partId: string;
let robotId: string;
const clients: WsTestClient[] = [];
const sses: ReturnType<typeof sseSubscribe>[] = [];

const ws = (url: string, params: Record<string, unknown>, options?: { lazy?: boolean }) => {
  const client = wsClient(url, params, options);
  clients.push(client);
  return client;
};
const sse = (url: string, headers: Record<string, string>, variables: Record<string, unknown>) => {
  const subscription = sseSubscribe(url, headers, variables);
  sses.push(subscription);
  return subscription;
};
/** Live TailRobotPartLogs streams of the part on the fleet server. */
const upstreamTails = () => t.fleet.server.fleet.logBus.count(partId);
const operatorKey = (name: string) => keyWithRole(t.fleet.server.db, t.fleet.orgId, 'robot_operator', robotId, name);
const removeRobotOperator = (key: MintedKey) =>
  t.fleet.app.call('RemoveRole', {
    authorization: { authorization_type: 'role', authorization_id: 'robot_operator', resource_type: 'robot', resource_id: robotId, identity_id: key.id },
  });
/** Deletes the key as `fleetgraph keys delete` does (the fleet server has no DeleteKey RPC yet). */
const deleteKey = (key: MintedKey) => deleteApiKey(t.fleet.server.db, key.id);
const ended = (what: string, subscription: Received) => waitFor(what, () => subscription.errors.length > 0 && subscription.completed);

beforeAll(async () => {
  t = await startTestGateway({ gateway: { liveLogs: { recheckIntervalMs: SLOW_RECHECK_MS, maxSubscriptionsPerCaller: MAX_PER_CALLER } } });
  fast = await startGateway({ upstream: parseUpstreamUrl(`http://${t.fleet.address}`), port: 0, liveLogs: { recheckIntervalMs: FAST_RECHECK_MS } });
  const db = t.fleet.server.db;
  partId = idByName(db, 'robot_parts', 'rover-1-main');
  robotId = idByName(db, 'robots', 'rover-1');
  robot = await robotLogger(t.fleet.address, partId, firstSecret(t.fleet.server.db, partId));
});
afterEach(async () => {
  for (const subscription of sses.splice(0)) subscription.unsubscribe();
  for (const client of clients.splice(0)) await client.dispose();
  await waitFor('no tails left', () => upstreamTails() === 0 && t.gateway.logStreams.openTails === 0 && fast.logStreams.openTails === 0);
});
afterAll(async () => {
  robot.close();
  await fast.close();
  await t.close();
});

describe('joining an open shared tail', () => {
  it('refuses a joiner whose key was deleted, over SSE and over a graphql-ws connection opened before', async () => {
    const key = operatorKey('deleted joiner');
    const connection = ws(t.gateway.url, apiKeyHeaders(key));
    const opener = connection.subscribe({ partId, errorsOnly: false });
    await waitFor('the shared tail', () => upstreamTails() === 1);

    deleteKey(key);
    const overSse = sse(t.gateway.url, apiKeyHeaders(key), { partId, errorsOnly: false });
    const overWs = connection.subscribe({ partId, errorsOnly: false });
    await ended('the SSE joiner refused', overSse);
    await ended('the graphql-ws joiner refused', overWs);
    expect(overSse.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(overWs.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Refused when subscribing: it never attached.
    expect(overWs.hadData).toBe(false);
    // The joiner never attached. The opener may be gone too: the fleet server ends revoked tails itself.
    expect(t.gateway.logStreams.subscriberCount).toBeLessThanOrEqual(1);
    opener.unsubscribe();
  });

  it('refuses a joiner whose role on the part was removed', async () => {
    const key = operatorKey('demoted joiner');
    const connection = ws(t.gateway.url, apiKeyHeaders(key));
    const opener = connection.subscribe({ partId, errorsOnly: false });
    await waitFor('the shared tail', () => upstreamTails() === 1);

    await removeRobotOperator(key);
    const overSse = sse(t.gateway.url, apiKeyHeaders(key), { partId, errorsOnly: false });
    const overWs = ws(t.gateway.url, apiKeyHeaders(key)).subscribe({ partId, errorsOnly: false });
    await ended('the SSE joiner refused', overSse);
    await ended('the graphql-ws joiner refused', overWs);
    expect(overSse.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(overWs.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    // The joiner never attached. The opener may be gone too: the fleet server ends revoked tails itself.
    expect(t.gateway.logStreams.subscriberCount).toBeLessThanOrEqual(1);
    opener.unsubscribe();
  });
});

describe('joiners’ access checks', () => {
  /** Joiners' successes kept for a minute here (1 s by default), so what is counted does not depend on timing. */
  let remembering: Gateway;
  /** Successes kept for 1 ms: any later joiner is checked upstream again. */
  let brief: Gateway;
  const checks = () => t.fleet.server.calls.count('GetRobotPartLogs');
  beforeAll(async () => {
    const upstream = parseUpstreamUrl(`http://${t.fleet.address}`);
    remembering = await startGateway({ upstream, port: 0, liveLogs: { recheckIntervalMs: SLOW_RECHECK_MS, joinAccessCacheMs: 60_000 } });
    brief = await startGateway({ upstream, port: 0, liveLogs: { recheckIntervalMs: SLOW_RECHECK_MS, joinAccessCacheMs: 1 } });
  });
  afterAll(async () => {
    await remembering.close();
    await brief.close();
  });

  it('checks 50 joiners of one tail arriving together with one upstream call, and each gets the tail’s entries', async () => {
    const key = operatorKey('many joiners');
    const connection = ws(remembering.url, apiKeyHeaders(key));
    const opener = connection.subscribe({ partId, errorsOnly: false });
    await waitFor('the shared tail', () => remembering.logStreams.openTails === 1 && remembering.logStreams.subscriberCount === 1);
    const before = checks();
    const joiners = Array.from({ length: 50 }, () => connection.subscribe({ partId, errorsOnly: false }));
    await waitFor('every joiner attached', () => remembering.logStreams.subscriberCount === 51);
    expect(checks() - before).toBe(1);
    expect(remembering.logStreams.openTails).toBe(1);

    await robot.log([{ level: 'info', message: 'to every joiner' }]);
    await waitFor('the entry everywhere', () => [opener, ...joiners].every((s) => s.messages().includes('to every joiner')));
  });

  it('still refuses a joiner whose role was removed once the success of an earlier joiner is no longer kept', async () => {
    const key = operatorKey('demoted after a join');
    const connection = ws(brief.url, apiKeyHeaders(key));
    const opener = connection.subscribe({ partId, errorsOnly: false });
    await waitFor('the shared tail', () => brief.logStreams.subscriberCount === 1);
    const admitted = connection.subscribe({ partId, errorsOnly: false });
    await waitFor('an admitted joiner', () => brief.logStreams.subscriberCount === 2);

    await removeRobotOperator(key);
    const refused = ws(brief.url, apiKeyHeaders(key)).subscribe({ partId, errorsOnly: false });
    await ended('the later joiner refused', refused);
    expect(refused.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.hadData).toBe(false);
    opener.unsubscribe();
    admitted.unsubscribe();
    await waitFor('no tails left', () => brief.logStreams.openTails === 0);
  });
});

describe('revocation ends live streams', () => {
  it('ends every stream of a deleted key (shared, per argument set, and its bearer tokens) while another key on the part keeps streaming', async () => {
    const revoked = operatorKey('revoked watcher');
    const kept = operatorKey('kept watcher');
    const revokedToken = await t.fleet.authenticate(revoked.id, revoked.key);
    const revokedWs = ws(fast.url, apiKeyHeaders(revoked));
    const doomed = [
      revokedWs.subscribe({ partId, errorsOnly: false }),
      sse(fast.url, apiKeyHeaders(revoked), { partId, errorsOnly: false }), // shares the tail above
      revokedWs.subscribe({ partId, errorsOnly: true }),
      sse(fast.url, { authorization: `Bearer ${revokedToken}` }, { partId, errorsOnly: false }),
    ];
    const survivor = ws(fast.url, apiKeyHeaders(kept)).subscribe({ partId, errorsOnly: false });
    await waitFor('four upstream tails', () => upstreamTails() === 4 && fast.logStreams.subscriberCount === 5);
    await robot.log([{ level: 'error', message: 'before the revocation' }]);
    await waitFor('the entry everywhere', () => [...doomed, survivor].every((s) => s.batches.length === 1));

    deleteKey(revoked);
    for (const [i, subscription] of doomed.entries()) await ended(`revoked subscription ${i} ended`, subscription);
    expect(doomed.map((s) => s.errors[0]?.extensions?.code)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(doomed[0]!.errors[0]!.message).toMatch(new RegExp(`part ${partId}`));
    await waitFor('only the survivor upstream', () => upstreamTails() === 1 && fast.logStreams.subscriberCount === 1);

    await robot.log([{ level: 'error', message: 'after the revocation' }]);
    await waitFor('the survivor still served', () => survivor.batches.length === 2);
    expect(survivor.messages()).toEqual(['before the revocation', 'after the revocation']);
    expect(survivor.errors).toEqual([]);
    expect(doomed.map((s) => s.messages())).toEqual(doomed.map(() => ['before the revocation']));
  });

  it('ends the streams of a key whose role on the part was removed, with FORBIDDEN, and nobody else', async () => {
    const demoted = operatorKey('demoted watcher');
    const doomed = [
      ws(fast.url, apiKeyHeaders(demoted)).subscribe({ partId, errorsOnly: false }),
      sse(fast.url, apiKeyHeaders(demoted), { partId, errorsOnly: false }),
    ];
    const survivor = sse(fast.url, t.demoHeaders, { partId, errorsOnly: false });
    await waitFor('two upstream tails', () => upstreamTails() === 2 && fast.logStreams.subscriberCount === 3);

    await removeRobotOperator(demoted);
    for (const [i, subscription] of doomed.entries()) await ended(`demoted subscription ${i} ended`, subscription);
    expect(doomed.map((s) => s.errors[0]?.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);

    await robot.log([{ level: 'info', message: 'for the owner only' }]);
    await waitFor('the survivor still served', () => survivor.batches.length === 1);
    expect(survivor.errors).toEqual([]);
    expect(doomed.map((s) => s.batches)).toEqual([[], []]);
  });
});

describe('graphql-ws connections and the token cache', () => {
  it('refuses a new connection on a deleted key although its token is cached; HTTP refuses it too', async () => {
    const key = operatorKey('deleted connector');
    const first = ws(t.gateway.url, apiKeyHeaders(key), { lazy: false });
    expect(await first.query('{ __typename }')).toEqual({ data: { __typename: 'Query' } });

    deleteKey(key);
    const second = ws(t.gateway.url, apiKeyHeaders(key), { lazy: false });
    const accepted = second.query('{ __typename }').then(
      () => ({ code: 'accepted' }),
      () => new Promise<never>(() => {}),
    );
    expect((await Promise.race([second.closed, accepted])).code).toBe(4403);
    expect(errorCode(await t.gql('{ organizations { id } }', undefined, apiKeyHeaders(key)))).toBe('UNAUTHENTICATED');
  });
});

describe('revoked credentials close their graphql-ws sockets', () => {
  const forbidden = { code: 4403, reason: 'Forbidden' };
  const QUERY = '{ organizations { id } }';

  it('closes every socket of a key the live-logs recheck finds deleted, and no other', async () => {
    const revoked = operatorKey('recheck-closed watcher');
    const kept = operatorKey('recheck-kept watcher');
    const watching = ws(fast.url, apiKeyHeaders(revoked), { lazy: false });
    const subscription = watching.subscribe({ partId, errorsOnly: false });
    const idle = ws(fast.url, apiKeyHeaders(revoked), { lazy: false });
    const other = ws(fast.url, apiKeyHeaders(kept), { lazy: false });
    expect((await idle.query('{ __typename }')).data).toEqual({ __typename: 'Query' });
    await waitFor('the tail', () => fast.logStreams.subscriberCount === 1);

    deleteKey(revoked);
    expect(await watching.closed).toEqual(forbidden);
    expect(await idle.closed).toEqual(forbidden);
    expect(subscription.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await other.query('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });

  it('closes every socket of a key when an operation on one of them gets UNAUTHENTICATED upstream', async () => {
    const key = operatorKey('query-closed caller');
    const [first, second] = [ws(t.gateway.url, apiKeyHeaders(key), { lazy: false }), ws(t.gateway.url, apiKeyHeaders(key), { lazy: false })];
    const other = ws(t.gateway.url, t.demoHeaders, { lazy: false });
    for (const connection of [first, second]) expect(errorCode(await connection.query(QUERY))).toBeUndefined();

    deleteKey(key);
    expect(errorCode(await first!.query(QUERY))).toBe('UNAUTHENTICATED');
    expect(await first!.closed).toEqual(forbidden);
    expect(await second!.closed).toEqual(forbidden);
    expect(errorCode(await other.query(QUERY))).toBeUndefined();
  });

  it('closes a socket authenticated by a bearer token once the upstream refuses the token', async () => {
    const key = operatorKey('bearer-closed caller');
    const token = await t.fleet.authenticate(key.id, key.key);
    const connection = ws(t.gateway.url, { authorization: `Bearer ${token}` }, { lazy: false });
    expect(errorCode(await connection.query(QUERY))).toBeUndefined();

    deleteKey(key);
    expect(errorCode(await connection.query(QUERY))).toBe('UNAUTHENTICATED');
    expect(await connection.closed).toEqual(forbidden);
  });
});

describe('open subscriptions per caller', () => {
  it(`caps one credential at ${MAX_PER_CALLER} across graphql-ws and SSE, releases slots as subscriptions end, and leaves other callers alone`, async () => {
    const key = operatorKey('busy watcher');
    const headers = apiKeyHeaders(key);
    const connection = ws(t.gateway.url, headers);
    const open = [connection.subscribe({ partId, errorsOnly: false }), sse(t.gateway.url, headers, { partId, errorsOnly: true })];
    await waitFor('two subscriptions', () => t.gateway.logStreams.subscriberCount === 2);

    // A refused subscription gives its slot back.
    const db = t.fleet.server.db;
    const rivalPart = db.transaction(() => {
      const org = insertOrganization(db, 'Rival Watchers');
      const rival = insertRobot(db, insertLocation(db, org.id, 'rival yard', null).id, 'rival-watcher-bot');
      return insertPart(db, rival.id, 'rival-watcher-part').id;
    })();
    const forbidden = connection.subscribe({ partId: rivalPart });
    await ended('the forbidden subscription', forbidden);
    expect(forbidden.errors[0]?.extensions?.code).toBe('FORBIDDEN');

    open.push(ws(t.gateway.url, headers).subscribe({ partId, errorsOnly: false, filter: 'x' }));
    await waitFor('three subscriptions', () => t.gateway.logStreams.subscriberCount === 3);

    const overWs = ws(t.gateway.url, headers).subscribe({ partId, errorsOnly: false });
    const overSse = sse(t.gateway.url, headers, { partId, errorsOnly: false });
    await ended('the graphql-ws subscription over the cap', overWs);
    await ended('the SSE subscription over the cap', overSse);
    for (const refused of [overWs, overSse]) {
      expect(refused.errors[0]?.extensions).toMatchObject({ code: 'SUBSCRIPTION_LIMIT_EXCEEDED', limit: MAX_PER_CALLER });
      expect(refused.errors[0]?.message).toMatch(/at most 3/);
    }
    expect(overWs.hadData).toBe(false);

    // Another credential is not affected.
    const other = sse(t.gateway.url, t.demoHeaders, { partId, errorsOnly: false });
    await waitFor('the other caller subscribed', () => t.gateway.logStreams.subscriberCount === 4);
    expect(other.errors).toEqual([]);

    open[1]!.unsubscribe();
    await waitFor('a slot released', () => t.gateway.logStreams.subscriberCount === 3);
    const again = sse(t.gateway.url, headers, { partId, errorsOnly: false });
    await waitFor('admitted again', () => t.gateway.logStreams.subscriberCount === 4);
    await robot.log([{ level: 'info', message: 'within the cap' }]);
    await waitFor('delivered', () => again.batches.length === 1);
    expect(again.errors).toEqual([]);
  });
});
