/**
 * @defer and @stream against a real gateway and fleet server: a streamed robot list starts
 * arriving before the upstream has answered for every robot (multipart/mixed and SSE), the parts
 * are still fetched once per robot, and the operation limits (cost, directives, response size)
 * hold for deferred and streamed parts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import { postJson, postMultipart } from './support/http.ts';
import { sseSubscribe } from './support/live-logs.ts';
import { insertLocation } from '../src/fleet-server/locations.ts';
import { insertRobot } from '../src/fleet-server/robots.ts';
import { startGateway, type Gateway } from '../src/gateway/server.ts';
import { parseUpstreamUrl } from '../src/upstream/target.ts';

const ROBOTS = 40;
const IN_FLIGHT = 4;
const PARTS_DELAY_MS = 60;
const STREAMED_ROBOTS = /* GraphQL */ `
  query Streamed($id: ID!) { location(id: $id) { id robots @stream(initialCount: 10) { id name parts { id name } } } }
`;

let t: TestGateway;
let slow: Gateway;
let yard: string;

beforeAll(async () => {
  t = await startTestGateway();
  const db = t.fleet.server.db;
  yard = insertLocation(db, t.fleet.orgId, 'stream yard', null).id;
  db.transaction(() => {
    for (let i = 0; i < ROBOTS; i++) insertRobot(db, yard, `streamer-${String(i).padStart(2, '0')}`);
  })();
  // Few calls in flight per operation: GetRobotParts for 40 robots goes out in waves of 4.
  slow = await startGateway({ upstream: parseUpstreamUrl(`http://${t.fleet.address}`), port: 0, maxUpstreamCallsPerRequest: IN_FLIGHT });
});
afterAll(async () => {
  await slow.close();
  await t.close();
});

/** What happened, in order: payloads reaching the client and GetRobotParts calls answered upstream. */
function timeline() {
  const events: string[] = [];
  const calls = t.fleet.server.calls;
  const unwatch = calls.watch((call) => call.method === 'GetRobotParts' && events.push('parts answered'));
  calls.delay('GetRobotParts', PARTS_DELAY_MS);
  const robotLists = () => calls.count('ListRobots') + calls.count('ListRobotsForLocations');
  const before = { parts: calls.count('GetRobotParts'), robots: robotLists() };
  return {
    events,
    payload: () => events.push('payload'),
    stop: () => {
      unwatch();
      calls.delay('GetRobotParts', 0);
      return { parts: calls.count('GetRobotParts') - before.parts, listRobots: robotLists() - before.robots };
    },
  };
}

/** The robots of a location as the payloads of a streamed result add up. */
function robotsOf(payloads: any[]): { name: string; parts: { name: string }[] }[] {
  const robots = [...payloads[0].data.location.robots];
  for (const payload of payloads.slice(1)) for (const item of payload.incremental ?? []) robots.push(...(item.items ?? []));
  return robots;
}

describe('@stream', () => {
  it('sends the first robots over multipart/mixed before the last GetRobotParts is answered, one GetRobotParts per robot', async () => {
    const seen = timeline();
    const result = await postMultipart(slow.url, STREAMED_ROBOTS, { variables: { id: yard }, headers: t.demoHeaders, onPayload: seen.payload });
    const counts = seen.stop();

    expect(result.status).toBe(200);
    expect(result.contentType).toMatch(/^multipart\/mixed/);
    const firstPayload = seen.events.indexOf('payload');
    // The initial payload (10 robots with their parts) came while most GetRobotParts were still held upstream.
    expect(seen.events.slice(0, firstPayload).filter((e) => e === 'parts answered').length).toBeLessThan(ROBOTS);
    expect(firstPayload).toBeLessThan(seen.events.lastIndexOf('parts answered'));
    expect(result.payloads[0].data.location.robots).toHaveLength(10);
    expect(result.payloads[0].hasNext).toBe(true);
    expect(result.payloads.at(-1).hasNext).toBe(false);

    const robots = robotsOf(result.payloads);
    expect(robots.map((r) => r.name).sort()).toEqual(Array.from({ length: ROBOTS }, (_, i) => `streamer-${String(i).padStart(2, '0')}`));
    expect(robots.every((r) => r.parts.length === 1 && r.parts[0]!.name === `${r.name}-main`)).toBe(true);
    // Batching holds: one robot list call, one GetRobotParts per robot (no batch RPC upstream), nothing more.
    expect(counts).toEqual({ parts: ROBOTS, listRobots: 1 });
  });

  it('streams over SSE too', async () => {
    const seen = timeline();
    const payloads: any[] = [];
    const sse = sseSubscribe(slow.url, t.demoHeaders, { id: yard }, STREAMED_ROBOTS, fetch, (payload) => {
      payloads.push(payload);
      seen.payload();
    });
    await sse.done;
    const counts = seen.stop();
    expect(sse.errors).toEqual([]);
    expect(seen.events.indexOf('payload')).toBeLessThan(seen.events.lastIndexOf('parts answered'));
    expect(robotsOf(payloads)).toHaveLength(ROBOTS);
    expect(counts).toEqual({ parts: ROBOTS, listRobots: 1 });
  });

  it('defers a part’s logs: the tree first, the logs in a later payload', async () => {
    const result = await postMultipart(
      t.gateway.url,
      'query($id: ID!) { location(id: $id) { robots { name mainPart { name ... @defer(label: "logs") { logs(first: 5) { nodes { message } } } } } } }',
      { variables: { id: yard }, headers: t.demoHeaders },
    );
    const first = result.payloads[0].data.location.robots[0];
    expect(first.mainPart).toEqual({ name: `${first.name}-main` });
    const deferred = result.payloads.slice(1).flatMap((p) => p.incremental ?? []);
    expect(deferred).toHaveLength(ROBOTS);
    expect(deferred[0]).toMatchObject({ label: 'logs', data: { logs: { nodes: [] } } });
  });
});

describe('operation limits on deferred and streamed parts', () => {
  let limited: Gateway;
  let fullSize: number;
  const ORG_TREE = (deferred: boolean) =>
    `{ organizations { id ${deferred ? '... @defer {' : ''} locations { id robots { id parts { id name } } } ${deferred ? '}' : ''} } }`;
  const ORG_ROBOTS = /* GraphQL */ `query($id: ID!) { organization(id: $id) { id robots @stream(initialCount: 1) { id name } } }`;

  beforeAll(async () => {
    const plain = await t.ok('query($id: ID!) { organization(id: $id) { id robots { id name } } }', { id: t.fleet.orgId });
    fullSize = JSON.stringify(plain).length;
    limited = await startGateway({
      upstream: parseUpstreamUrl(`http://${t.fleet.address}`),
      port: 0,
      limits: { maxCost: 1000, maxDirectives: 2, maxResponseBytes: Math.floor(fullSize / 2) },
    });
  });
  afterAll(() => limited.close());

  it('prices a deferred fragment like any other: over the cost limit because of it, refused before any upstream call', async () => {
    const calls = t.fleet.server.calls;
    const before = calls.count('ListOrganizations');
    const deferred = await postMultipart(limited.url, ORG_TREE(true), { headers: t.demoHeaders });
    const plain = await postJson(limited.url, ORG_TREE(false), { headers: t.demoHeaders });
    expect(deferred.payloads).toHaveLength(1);
    expect(deferred.payloads[0].errors[0].extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', limit: 1000 });
    expect(deferred.payloads[0].errors[0].extensions.found).toBe(plain.body.errors?.[0]?.extensions?.found);
    expect(calls.count('ListOrganizations')).toBe(before);
    // Without the deferred part it is cheap and runs.
    const cheap = await postMultipart(limited.url, '{ organizations { id } }', { headers: t.demoHeaders });
    expect(cheap.payloads[0].data.organizations.length).toBeGreaterThan(0);
  });

  it('refuses a negative @stream initialCount, literal or variable, with BAD_USER_INPUT before any upstream call', async () => {
    const calls = t.fleet.server.calls;
    const before = calls.count('GetOrganization');
    const literal = await postMultipart(t.gateway.url, 'query($id: ID!) { organization(id: $id) { robots @stream(initialCount: -1) { id } } }', {
      variables: { id: t.fleet.orgId },
      headers: t.demoHeaders,
    });
    const variable = await postMultipart(t.gateway.url, 'query($id: ID!, $n: Int!) { organization(id: $id) { robots @stream(initialCount: $n) { id } } }', {
      variables: { id: t.fleet.orgId, n: -3 },
      headers: t.demoHeaders,
    });
    expect(literal.payloads[0].errors[0]).toMatchObject({ message: '@stream initialCount must be 0 or more, not -1', extensions: { code: 'BAD_USER_INPUT' } });
    expect(variable.payloads[0].errors[0]).toMatchObject({ message: '@stream initialCount must be 0 or more, not -3', extensions: { code: 'BAD_USER_INPUT' } });
    expect(calls.count('GetOrganization')).toBe(before);
  });

  it('counts @defer and @stream against the directive limit', async () => {
    const result = await postMultipart(limited.url, '{ organizations { ... @defer { id } ... @defer { name } ... @defer { locations { id } } } }', { headers: t.demoHeaders });
    expect(result.payloads[0].errors[0].extensions).toMatchObject({ code: 'DIRECTIVE_LIMIT_EXCEEDED', limit: 2 });
  });

  it('holds the response size limit over all payloads of a streamed result together', async () => {
    const streamed = await postMultipart(limited.url, ORG_ROBOTS, { variables: { id: t.fleet.orgId }, headers: t.demoHeaders });
    // The first payload fits; the ones that bring the total past the limit end it with the refusal.
    expect(streamed.payloads[0].data.organization.robots).toHaveLength(1);
    const last = streamed.payloads.at(-1);
    expect(last).toMatchObject({ hasNext: false, errors: [{ extensions: { code: 'RESPONSE_TOO_LARGE', limit: Math.floor(fullSize / 2) } }] });
    const delivered = streamed.payloads.slice(0, -1).reduce((bytes, p) => bytes + JSON.stringify(p.data ?? p.incremental).length, 0);
    expect(delivered).toBeLessThanOrEqual(Math.floor(fullSize / 2));
    // The same over SSE.
    const payloads: any[] = [];
    const sse = sseSubscribe(limited.url, t.demoHeaders, { id: t.fleet.orgId }, ORG_ROBOTS, fetch, (p) => payloads.push(p));
    await sse.done;
    expect(payloads.at(-1)).toMatchObject({ errors: [{ extensions: { code: 'RESPONSE_TOO_LARGE' } }] });
  });
});
