/**
 * Revocation reaches live logs, over graphql-ws and SSE against a real gateway and fleet server:
 * a joiner of an open shared tail is authorized on its own, a deleted key or removed role ends
 * every stream of that credential within a recheck interval (others on the part keep streaming),
 * a new graphql-ws connection on a deleted key is refused despite a cached token, and open
 * subscriptions per credential are capped across both transports.
 *
 * The fleet server of this branch does not end its own streams on revocation, so what ends them
 * here is the gateway's recheck.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiKeyHeaders, errorCode, startTestGateway, type TestGateway } from './support/gateway.ts';
import { keyWithRole } from './support/fleet.ts';
import { robotLogger, sseSubscribe, waitFor, wsClient, type Received, type WsTestClient } from './support/live-logs.ts';
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
/** What deleting a key does to the store (the fleet server has no DeleteKey RPC). */
const deleteKey = (key: MintedKey) =>
  t.fleet.server.db.transaction(() => {
    t.fleet.server.db.prepare('DELETE FROM authorizations WHERE identity_id = ?').run(key.id);
    t.fleet.server.db.prepare('DELETE FROM api_keys WHERE id = ?').run(key.id);
  })();
const ended = (what: string, subscription: Received) => waitFor(what, () => subscription.errors.length > 0 && subscription.completed);

beforeAll(async () => {
  t = await startTestGateway({ gateway: { liveLogs: { recheckIntervalMs: SLOW_RECHECK_MS, maxSubscriptionsPerCaller: MAX_PER_CALLER } } });
  fast = await startGateway({ upstream: parseUpstreamUrl(`http://${t.fleet.address}`), port: 0, liveLogs: { recheckIntervalMs: FAST_RECHECK_MS } });
  const db = t.fleet.server.db;
  partId = (db.prepare("SELECT id FROM robot_parts WHERE name = 'rover-1-main'").get() as { id: string }).id;
  robotId = (db.prepare("SELECT id FROM robots WHERE name = 'rover-1'").get() as { id: string }).id;
  const { part } = await t.fleet.app.call('GetRobotPart', { id: partId });
  robot = await robotLogger(t.fleet.address, partId, part.secrets[0].secret);
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
