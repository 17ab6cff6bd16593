/**
 * Subscription.machineStatus against a real gateway and fleet server, over graphql-ws and SSE: a
 * snapshot first, then one change event per add, remove, rename, move, online and offline (the
 * simulator's robots going quiet and coming back); a view kept from the events alone equals a
 * fresh snapshot; one upstream poll per (organization, credential) whatever the number of
 * subscribers; organizations and credentials never see each other's robots; a mutation through the
 * gateway refreshes at once; a deleted key ends its subscriptions.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiKeyHeaders, startTestGateway, type TestGateway } from './support/gateway.ts';
import { keyWithRole, ownedOrganization } from './support/fleet.ts';
import { sseSubscribe, waitFor, wsClient, type Received, type WsTestClient } from './support/live-logs.ts';
import { idByName } from './support/graph.ts';
import { startFleetSimulation, type Simulator } from '../src/simulator/simulator.ts';
import { parseUpstreamUrl } from '../src/upstream/target.ts';
import { insertLocation } from '../src/fleet-server/locations.ts';
import { insertRobot } from '../src/fleet-server/robots.ts';
import { deleteApiKey } from '../src/fleet-server/keys.ts';
import { startGateway, type Gateway } from '../src/gateway/server.ts';

export const MACHINE_STATUS = /* GraphQL */ `
  subscription MachineStatus($organizationId: ID!, $locationIds: [ID!]) {
    machineStatus(organizationId: $organizationId, locationIds: $locationIds) {
      kind
      organizationId
      locations { id name }
      robots { id name locationId onlineState lastAccess parts { id name robotId locationId mainPart onlineState viamServerVersion os platform } }
      changes { kind locationId robotId partId previousLocationId previousName robot { id name locationId } part { id name } }
    }
  }
`;

/** A frontend's view kept from the events alone: robots (with their parts) and locations by id. */
interface View {
  robots: Map<string, any>;
  locations: Map<string, any>;
}

function viewOf(events: any[]): View {
  const view: View = { robots: new Map(), locations: new Map() };
  for (const event of events) {
    if (event.kind === 'SNAPSHOT') {
      view.robots.clear();
      view.locations.clear();
    }
    for (const location of event.locations) view.locations.set(location.id, location);
    for (const robot of event.robots) view.robots.set(robot.id, robot);
    for (const change of event.changes) {
      if (change.kind === 'ROBOT_REMOVED') view.robots.delete(change.robotId);
      if (change.kind === 'LOCATION_REMOVED') view.locations.delete(change.locationId);
    }
  }
  return view;
}

/** What a view shows, without the fields that move on every contact. */
const shown = (view: View) =>
  [...view.robots.values()]
    .map((r) => ({ id: r.id, name: r.name, locationId: r.locationId, onlineState: r.onlineState, parts: r.parts.map((p: any) => `${p.id}:${p.name}:${p.onlineState}`) }))
    .sort((a, b) => a.id.localeCompare(b.id));

const events = (received: Received): any[] => received.data.map((d) => d.machineStatus);
const changesOf = (received: Received) => events(received).flatMap((e) => e.changes);
/** The first change of this kind about this robot (and part), or false (waitFor's "not yet"). */
const changed = (received: Received, kind: string, robotId: string, partId: string | null = null) =>
  changesOf(received).find((c) => c.kind === kind && c.robotId === robotId && c.partId === partId) ?? false;

/** Ids of the robots of an organization, straight from the fleet database. */
const robotIdsOf = (t: TestGateway, organizationId: string) =>
  (
    t.fleet.server.db.prepare('SELECT r.id FROM robots r JOIN locations l ON l.id = r.location_id WHERE l.organization_id = ?').all(organizationId) as { id: string }[]
  ).map((r) => r.id);

let t: TestGateway;
const clients: WsTestClient[] = [];
const sses: ReturnType<typeof sseSubscribe>[] = [];
const gateways: Gateway[] = [];

const ws = (params: Record<string, unknown> = t.demoHeaders, url = t.gateway.url) => {
  const client = wsClient(url, params);
  clients.push(client);
  return client;
};
const subscribe = (variables: Record<string, unknown>, params?: Record<string, unknown>, url?: string) => ws(params, url).subscribe(variables, MACHINE_STATUS);
const sse = (variables: Record<string, unknown>, headers = t.demoHeaders, url = t.gateway.url) => {
  const subscription = sseSubscribe(url, headers, variables, MACHINE_STATUS);
  sses.push(subscription);
  return subscription;
};
const snapshotOf = (received: Received) => waitFor('the snapshot', () => events(received)[0] ?? (received.errors.length ? Promise.reject(new Error(JSON.stringify(received.errors))) : false));

beforeAll(async () => {
  // A one-second online window: a stopped simulated robot goes offline within a couple of polls.
  t = await startTestGateway({ fleet: { onlineWindowSeconds: 1 }, gateway: { machineStatus: { intervalMs: 100, recheckIntervalMs: 150 } } });
});
afterEach(async () => {
  for (const subscription of sses.splice(0)) subscription.unsubscribe();
  for (const client of clients.splice(0)) await client.dispose();
  await waitFor('every poll stopped', () => t.gateway.machineStatus.openPolls === 0 && gateways.every((g) => g.machineStatus.openPolls === 0));
});
afterAll(async () => {
  for (const gateway of gateways) await gateway.close();
  await t.close();
});

describe('machineStatus', () => {
  it('starts with a snapshot of every robot and part in scope, with what the robots report', async () => {
    const whole = subscribe({ organizationId: t.fleet.orgId });
    const snapshot = await snapshotOf(whole);
    expect(snapshot.kind).toBe('SNAPSHOT');
    expect(snapshot.changes).toEqual([]);
    expect(snapshot.robots.map((r: any) => r.id).sort()).toEqual(robotIdsOf(t, t.fleet.orgId).sort());
    const rover = snapshot.robots.find((r: any) => r.name === 'rover-1');
    expect(rover.parts.map((p: any) => p.name)).toEqual(['rover-1-main', 'rover-1-camera']);
    expect(rover.parts[0]).toMatchObject({ mainPart: true, robotId: rover.id, onlineState: 'AWAITING_SETUP' });
    expect(rover.parts[0].viamServerVersion).toEqual(expect.any(String));

    const locationId = rover.locationId;
    const scoped = await snapshotOf(subscribe({ organizationId: t.fleet.orgId, locationIds: [locationId] }));
    expect(scoped.locations.map((l: any) => l.id)).toEqual([locationId]);
    expect(scoped.robots.length).toBeGreaterThan(0);
    expect(scoped.robots.every((r: any) => r.locationId === locationId)).toBe(true);
    expect(t.gateway.machineStatus.openPolls).toBe(1);
  });

  it('sends one change per add, rename, move and removal of robots and parts; a view kept from the events equals a fresh snapshot', async () => {
    const db = t.fleet.server.db;
    const home = idByName(db, 'locations', 'Headquarters');
    const away = insertLocation(db, t.fleet.orgId, 'Status Annex', null).id;
    const overWs = subscribe({ organizationId: t.fleet.orgId });
    const overSse = sse({ organizationId: t.fleet.orgId });
    const homeOnly = subscribe({ organizationId: t.fleet.orgId, locationIds: [home] });
    for (const s of [overWs, overSse, homeOnly]) await snapshotOf(s);
    expect(changesOf(overWs).filter((c) => c.kind === 'LOCATION_ADDED')).toEqual([]);

    const robot = (await t.ok(`mutation { newRobot(locationId: "${home}", name: "status-bot") { id } }`)).newRobot;
    await waitFor('ROBOT_ADDED', () => changed(overWs, 'ROBOT_ADDED', robot.id) && changed(overSse, 'ROBOT_ADDED', robot.id) && changed(homeOnly, 'ROBOT_ADDED', robot.id));
    expect(events(overWs).at(-1).robots.find((r: any) => r.id === robot.id).parts).toHaveLength(1);

    await t.ok(`mutation { updateRobot(id: "${robot.id}", locationId: "${home}", name: "status-bot-2") { id } }`);
    const renamed = await waitFor('ROBOT_RENAMED', () => changed(overWs, 'ROBOT_RENAMED', robot.id));
    expect(renamed).toMatchObject({ previousName: 'status-bot', robot: { name: 'status-bot-2' } });

    await t.ok(`mutation { updateRobot(id: "${robot.id}", locationId: "${away}", name: "status-bot-2") { id } }`);
    const moved = await waitFor('ROBOT_MOVED', () => changed(overWs, 'ROBOT_MOVED', robot.id));
    expect(moved).toMatchObject({ previousLocationId: home, locationId: away });
    // Out of the scoped subscriber's locations: for it the robot is gone.
    await waitFor('ROBOT_REMOVED for the scoped subscriber', () => changed(homeOnly, 'ROBOT_REMOVED', robot.id));
    expect(changed(homeOnly, 'ROBOT_MOVED', robot.id)).toBe(false);

    const part = (await t.ok(`mutation { newRobotPart(robotId: "${robot.id}", name: "status-arm") { id } }`)).newRobotPart;
    const added = await waitFor('PART_ADDED', () => changed(overWs, 'PART_ADDED', robot.id, part.id));
    expect(added.part).toEqual({ id: part.id, name: 'status-arm' });

    await t.ok(`mutation { updateRobotPart(id: "${part.id}", name: "status-gripper", config: {}) { id } }`);
    expect(await waitFor('PART_RENAMED', () => changed(overWs, 'PART_RENAMED', robot.id, part.id))).toMatchObject({ previousName: 'status-arm', part: { name: 'status-gripper' } });

    await t.ok(`mutation { deleteRobotPart(id: "${part.id}") }`);
    await waitFor('PART_REMOVED', () => changed(overWs, 'PART_REMOVED', robot.id, part.id));

    await t.ok(`mutation { deleteRobot(id: "${robot.id}") }`);
    await waitFor('ROBOT_REMOVED', () => changed(overWs, 'ROBOT_REMOVED', robot.id) && changed(overSse, 'ROBOT_REMOVED', robot.id));

    const fresh = viewOf([await snapshotOf(subscribe({ organizationId: t.fleet.orgId }))]);
    expect(shown(viewOf(events(overWs)))).toEqual(shown(fresh));
    expect(shown(viewOf(events(overSse)))).toEqual(shown(fresh));
    expect([...viewOf(events(overWs)).locations.keys()].sort()).toEqual([...fresh.locations.keys()].sort());
    expect(overWs.errors).toEqual([]);
    expect(overSse.errors).toEqual([]);
  });

  it('a simulated robot that stops goes OFFLINE, and ONLINE again when it starts', async () => {
    const simulate = () =>
      startFleetSimulation({
        target: parseUpstreamUrl(`http://${t.fleet.address}`),
        apiKey: { apiKeyId: t.fleet.keyId, apiKey: t.fleet.key },
        robots: 1,
        linesPerSecond: 5,
        batchIntervalMs: 100,
        configPollMs: 200,
        restartCheckMs: 1_000,
      });
    let simulator: Simulator = await simulate();
    try {
      const partId = simulator.robots[0]!.part.partId;
      const robotId = (t.fleet.server.db.prepare('SELECT robot_id FROM robot_parts WHERE id = ?').get(partId) as { robot_id: string }).robot_id;
      const status = subscribe({ organizationId: t.fleet.orgId });
      const robotState = () => viewOf(events(status)).robots.get(robotId)?.onlineState;
      await waitFor('the robot online', () => robotState() === 'ONLINE');

      await simulator.stop();
      const offline = await waitFor('OFFLINE', () => changed(status, 'OFFLINE', robotId));
      expect(changed(status, 'OFFLINE', robotId, partId)).toMatchObject({ part: { id: partId } });
      expect(offline.robot).toMatchObject({ id: robotId });
      expect(robotState()).toBe('OFFLINE');

      const before = changesOf(status).length;
      simulator = await simulate();
      await waitFor('ONLINE again', () => changesOf(status).slice(before).some((c) => c.kind === 'ONLINE' && c.robotId === robotId && c.partId === null));
      expect(robotState()).toBe('ONLINE');
    } finally {
      await simulator.stop();
    }
  });

  it('shares one ListMachineSummaries per poll among every subscriber with the same credentials, over both transports', async () => {
    // A poll that never ticks by itself within the test: every poll here is a mutation's refresh.
    const slow = await startGateway({ upstream: parseUpstreamUrl(`http://${t.fleet.address}`), port: 0, machineStatus: { intervalMs: 10 * 60_000 } });
    gateways.push(slow);
    const robotId = idByName(t.fleet.server.db, 'robots', 'arm-1');
    const polls: unknown[] = [];
    const unwatch = t.fleet.server.calls.watch((call) => {
      const request = call.request as { limit?: number };
      if (call.method === 'ListMachineSummaries' && !request.limit) polls.push(request);
    });
    try {
      const socket = ws(t.demoHeaders, slow.url);
      const subscribers = [
        ...Array.from({ length: 20 }, () => socket.subscribe({ organizationId: t.fleet.orgId }, MACHINE_STATUS)),
        ...Array.from({ length: 3 }, () => sse({ organizationId: t.fleet.orgId }, t.demoHeaders, slow.url)),
      ];
      for (const s of subscribers) await snapshotOf(s);
      expect(slow.machineStatus.openPolls).toBe(1);
      expect(slow.machineStatus.subscriberCount).toBe(subscribers.length);
      await waitFor('the first poll reported', () => polls.length === 1);

      for (const name of ['arm-1-a', 'arm-1-b', 'arm-1']) {
        const response = await fetch(slow.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...t.demoHeaders },
          body: JSON.stringify({ query: `mutation { updateRobot(id: "${robotId}", locationId: "${idByName(t.fleet.server.db, 'locations', 'Headquarters')}", name: "${name}") { id } }` }),
        });
        expect(((await response.json()) as any).errors).toBeUndefined();
        await waitFor(`every subscriber sees ${name}`, () => subscribers.every((s) => changesOf(s).some((c) => c.kind === 'ROBOT_RENAMED' && c.robot.name === name)));
      }
      // The first poll and one per mutation: 4 calls for 23 subscribers.
      expect(slow.machineStatus.pollsSent).toBe(4);
      await waitFor('four polls upstream', () => polls.length === 4);
    } finally {
      unwatch();
    }
  });

  it('sends no access check of its own while the poll itself proves the credentials: one ListMachineSummaries per poll, rechecks included', async () => {
    const proven = await startGateway({ upstream: parseUpstreamUrl(`http://${t.fleet.address}`), port: 0, machineStatus: { intervalMs: 100, recheckIntervalMs: 1000 } });
    gateways.push(proven);
    let calls = 0;
    const unwatch = t.fleet.server.calls.watch((call) => void (call.method === 'ListMachineSummaries' && calls++));
    try {
      await snapshotOf(subscribe({ organizationId: t.fleet.orgId }, t.demoHeaders, proven.url));
      const start = { calls, polls: proven.machineStatus.pollsSent };
      // Long enough for a few recheck rounds (each would have sent a check of its own).
      await waitFor('30 more polls', () => proven.machineStatus.pollsSent >= start.polls + 30);
      await waitFor('every poll seen upstream, and nothing else', () => calls - start.calls === proven.machineStatus.pollsSent - start.polls);
    } finally {
      unwatch();
    }
  });

  it('a mutation through the gateway refreshes the poll at once, not at the next interval', async () => {
    const slow = await startGateway({ upstream: parseUpstreamUrl(`http://${t.fleet.address}`), port: 0, machineStatus: { intervalMs: 10 * 60_000 } });
    gateways.push(slow);
    const status = subscribe({ organizationId: t.fleet.orgId }, t.demoHeaders, slow.url);
    await snapshotOf(status);
    const robotId = idByName(t.fleet.server.db, 'robots', 'arm-2');
    // A change made behind the gateway's back is not seen before the interval...
    t.fleet.server.db.prepare('UPDATE robots SET name = ? WHERE id = ?').run('arm-2-direct', robotId);
    // ...but a mutation through it polls now, and the event shows both.
    const response = await fetch(slow.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...t.demoHeaders },
      body: JSON.stringify({ query: `mutation { newRobotPart(robotId: "${robotId}", name: "arm-2-extra") { id } }` }),
    });
    const newPart = ((await response.json()) as any).data.newRobotPart.id;
    const added = await waitFor('PART_ADDED', () => changed(status, 'PART_ADDED', robotId, newPart));
    expect(added.robot.name).toBe('arm-2-direct');
    expect(slow.machineStatus.pollsSent).toBe(2);
    t.fleet.server.db.prepare('UPDATE robots SET name = ? WHERE id = ?').run('arm-2', robotId);
    await t.ok(`mutation { deleteRobotPart(id: "${newPart}") }`);
  });

  it('two organizations subscribed at once never see each other\'s robots; a credential without access gets FORBIDDEN, not the shared poll', async () => {
    const db = t.fleet.server.db;
    const other = ownedOrganization(db, 'Status Other Org');
    const otherLocation = insertLocation(db, other.orgId, 'Other Yard', null).id;
    const otherRobot = insertRobot(db, otherLocation, 'other-bot').id;
    const demo = subscribe({ organizationId: t.fleet.orgId });
    const theirs = sse({ organizationId: other.orgId }, apiKeyHeaders(other.owner));
    const [demoSnapshot, otherSnapshot] = [await snapshotOf(demo), await snapshotOf(theirs)];
    expect(otherSnapshot.robots.map((r: any) => r.id)).toEqual([otherRobot]);
    expect(demoSnapshot.robots.map((r: any) => r.id)).not.toContain(otherRobot);

    // The other owner asks for the demo organization while its poll runs: refused by the upstream.
    const intruder = subscribe({ organizationId: t.fleet.orgId }, apiKeyHeaders(other.owner));
    await waitFor('the refusal', () => intruder.errors.length > 0);
    expect(intruder.errors[0]!.extensions?.code).toBe('FORBIDDEN');
    expect(intruder.data).toEqual([]);

    // An operator of one location gets its own poll: only that location, never the owner's data.
    const annex = insertLocation(db, t.fleet.orgId, 'Operator Annex', null).id;
    const annexRobot = insertRobot(db, annex, 'annex-bot').id;
    const operator = keyWithRole(db, t.fleet.orgId, 'location_operator', annex);
    const narrow = await snapshotOf(subscribe({ organizationId: t.fleet.orgId }, apiKeyHeaders(operator)));
    expect(narrow.robots.map((r: any) => r.id)).toEqual([annexRobot]);
    expect(t.gateway.machineStatus.openPolls).toBe(3);

    db.prepare('UPDATE robots SET name = ? WHERE id = ?').run('other-bot-2', otherRobot);
    await waitFor('the other organization sees its rename', () => changed(theirs, 'ROBOT_RENAMED', otherRobot));
    await waitFor('the demo organization sees the annex robot', () => changed(demo, 'ROBOT_ADDED', annexRobot) || viewOf(events(demo)).robots.has(annexRobot));
    const demoSaw = events(demo).flatMap((e) => [...e.robots.map((r: any) => r.id), ...e.changes.map((c: any) => c.robotId)]);
    expect(demoSaw).not.toContain(otherRobot);
    const otherSaw = events(theirs).flatMap((e) => [...e.robots.map((r: any) => r.id), ...e.changes.map((c: any) => c.robotId)]);
    expect(otherSaw.every((id) => id === otherRobot)).toBe(true);
  });

  it('a deleted key ends its subscriptions within a recheck, while others go on', async () => {
    const db = t.fleet.server.db;
    const doomed = keyWithRole(db, t.fleet.orgId, 'organization_operator', t.fleet.orgId, 'status doomed');
    const kept = subscribe({ organizationId: t.fleet.orgId });
    const overWs = subscribe({ organizationId: t.fleet.orgId }, apiKeyHeaders(doomed));
    const overSse = sse({ organizationId: t.fleet.orgId }, apiKeyHeaders(doomed));
    for (const s of [kept, overWs, overSse]) await snapshotOf(s);
    deleteApiKey(db, doomed.id);
    await waitFor('both ended', () => overWs.errors.length > 0 && overSse.errors.length > 0);
    expect(overWs.errors[0]!.extensions?.code).toBe('UNAUTHENTICATED');
    expect(overSse.errors[0]!.extensions?.code).toBe('UNAUTHENTICATED');
    await waitFor('one poll left', () => t.gateway.machineStatus.openPolls === 1);
    expect(kept.errors).toEqual([]);
  });
});
