/**
 * Subscription.fleetLogs over graphql-ws and SSE against a real gateway and fleet server: merged
 * entries naming their part and robot, levels and filter, parts joining and leaving the scope,
 * tails shared with robotPartLogs, organizations isolated, the part bound and the buffer bound.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeyHeaders, startTestGateway, type TestGateway } from './support/gateway.ts';
import { robotLogger, sseSubscribe, waitFor, wsClient, type WsTestClient } from './support/live-logs.ts';
import { firstSecret, idByName } from './support/graph.ts';
import { ownedOrganization } from './support/fleet.ts';
import { createApiKey } from '../src/fleet-server/keys.ts';
import { insertLocation } from '../src/fleet-server/locations.ts';
import { insertRobot } from '../src/fleet-server/robots.ts';
import { insertPart } from '../src/fleet-server/parts.ts';
import { startGateway, type Gateway } from '../src/gateway/server.ts';
import { parseUpstreamUrl } from '../src/upstream/target.ts';

const FLEET_LOGS = /* GraphQL */ `
  subscription FleetLogs($organizationId: ID!, $locationIds: [ID!], $robotIds: [ID!], $levels: [String!], $filter: String) {
    fleetLogs(organizationId: $organizationId, locationIds: $locationIds, robotIds: $robotIds, levels: $levels, filter: $filter) {
      id partId robotId part { name } robot { name } level message
    }
  }
`;
const PART_LOGS_WITH_ROBOT = /* GraphQL */ `
  subscription($partId: ID!, $errorsOnly: Boolean) { robotPartLogs(partId: $partId, errorsOnly: $errorsOnly) { partId robotId robot { name } message } }
`;
const SCOPE_INTERVAL_MS = 100;

let t: TestGateway;
const clients: WsTestClient[] = [];
const closers: (() => unknown)[] = [];

const tails = (partId?: string) => t.fleet.server.fleet.logBus.count(partId);
const part = (name: string) => idByName(t.fleet.server.db, 'robot_parts', name);
const robotOf = (name: string) => idByName(t.fleet.server.db, 'robots', name);
const ws = (params: Record<string, unknown> = t.demoHeaders, gateway: Gateway = t.gateway) => {
  const client = wsClient(gateway.url, params);
  clients.push(client);
  return client;
};
/** A robot logging as the part named `name` (its first secret). */
async function logger(partName: string) {
  const id = part(partName);
  const robot = await robotLogger(t.fleet.address, id, firstSecret(t.fleet.server.db, id));
  closers.push(() => robot.close());
  return robot;
}
const DEMO_PARTS = 8; // 4 robots, a main and a camera part each

beforeAll(async () => {
  t = await startTestGateway({ gateway: { machineStatus: { intervalMs: SCOPE_INTERVAL_MS } } });
});
afterAll(async () => {
  for (const client of clients) await client.dispose();
  for (const close of closers) await close();
  await t.close();
});

describe('fleetLogs delivery', () => {
  it('merges the live logs of every part of the organization, each entry naming its part and robot', async () => {
    const fleet = ws().subscribe({ organizationId: t.fleet.orgId }, FLEET_LOGS);
    await waitFor('a tail per part', () => tails() === DEMO_PARTS);
    const rover = await logger('rover-1-main');
    const arm = await logger('arm-2-camera');

    await rover.log([{ level: 'info', message: 'rover moving' }, { level: 'error', message: 'rover stuck' }]);
    await arm.log([{ level: 'warn', message: 'arm hot' }]);
    await rover.log([{ level: 'debug', message: 'rover tick' }]);

    await waitFor('three batches', () => fleet.batches.length === 3);
    const seen = fleet.batches.map((batch) => batch.map((e) => [e.part!.name, e.robot!.name, e.message]));
    // One event per upstream batch of one part; in order per part.
    expect(seen).toContainEqual([['arm-2-camera', 'arm-2', 'arm hot']]);
    expect(seen.filter((b) => b[0]![0] === 'rover-1-main')).toEqual([
      [
        ['rover-1-main', 'rover-1', 'rover moving'],
        ['rover-1-main', 'rover-1', 'rover stuck'],
      ],
      [['rover-1-main', 'rover-1', 'rover tick']],
    ]);
    const stuck = fleet.batches.flat().find((e) => e.message === 'rover stuck')!;
    expect(stuck).toMatchObject({ partId: part('rover-1-main'), robotId: robotOf('rover-1'), level: 'error' });
    expect(new Set(fleet.batches.flat().map((e) => e.id)).size).toBe(4);
    expect(fleet.errors).toEqual([]);

    fleet.unsubscribe();
    await waitFor('every tail closed', () => tails() === 0);
    expect(t.gateway.logStreams.openTails).toBe(0);
  });

  it('keeps only the levels asked for and passes the filter upstream', async () => {
    const errors = ws().subscribe({ organizationId: t.fleet.orgId, levels: ['error'] }, FLEET_LOGS);
    const motor = ws().subscribe({ organizationId: t.fleet.orgId, levels: ['info', 'ERROR'], filter: 'motor' }, FLEET_LOGS);
    // errors-only tails for the first, full tails filtered by "motor" for the second.
    await waitFor('two tails per part', () => tails() === 2 * DEMO_PARTS);
    const rover = await logger('rover-2-main');
    await rover.log([
      { level: 'info', message: 'motor started' },
      { level: 'error', message: 'motor stalled' },
      { level: 'fatal', message: 'camera lost' },
      { level: 'warn', message: 'motor warm' },
      { level: 'error', message: 'battery low' },
    ]);
    await waitFor('both batches', () => errors.batches.length === 1 && motor.batches.length === 1);
    expect(errors.messages()).toEqual(['motor stalled', 'battery low']);
    expect(motor.messages()).toEqual(['motor started', 'motor stalled']);

    const bad = await ws().query(FLEET_LOGS, { organizationId: t.fleet.orgId, levels: ['loud'] });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    errors.unsubscribe();
    motor.unsubscribe();
    await waitFor('every tail closed', () => tails() === 0);
  });

  it('shares each part’s tail with robotPartLogs subscribers of the same arguments', async () => {
    const roverPart = part('rover-1-main');
    const single = ws().subscribe({ partId: roverPart, errorsOnly: false }, PART_LOGS_WITH_ROBOT);
    const errorsOnly = ws().subscribe({ partId: roverPart }, PART_LOGS_WITH_ROBOT);
    await waitFor('two tails of the part', () => tails(roverPart) === 2);
    const opened = t.fleet.server.calls.count('TailRobotPartLogs');
    const all = ws().subscribe({ organizationId: t.fleet.orgId }, FLEET_LOGS);
    const errors = ws().subscribe({ organizationId: t.fleet.orgId, levels: ['error', 'fatal'] }, FLEET_LOGS);
    // Each fleet subscription joins the part's existing tail of its kind and opens the other 7.
    await waitFor('the fleet joined', () => tails() === 2 * DEMO_PARTS);
    expect(tails(roverPart)).toBe(2);
    expect(t.fleet.server.calls.count('TailRobotPartLogs') - opened).toBe(2 * (DEMO_PARTS - 1));

    const rover = await logger('rover-1-main');
    await rover.log([{ level: 'error', message: 'shared error' }]);
    await waitFor('everyone', () => [single, errorsOnly, all, errors].every((s) => s.batches.length === 1));
    // robotPartLogs entries name their robot too (through the part).
    expect(single.batches[0]).toEqual([{ partId: roverPart, robotId: robotOf('rover-1'), robot: { name: 'rover-1' }, message: 'shared error' }]);

    all.unsubscribe();
    errors.unsubscribe();
    await waitFor('only the single-part tails left', () => tails() === 2);
    single.unsubscribe();
    errorsOnly.unsubscribe();
    await waitFor('every tail closed', () => tails() === 0);
  });

  it('executes each part batch once for identical fleetLogs subscriptions, levels filtered once for all', async () => {
    const executions = async () => (await t.gateway.metrics!.subscriptionExecutions.get()).values[0]?.value ?? 0;
    const SUBSCRIBERS = 4;
    const variables = { organizationId: t.fleet.orgId, levels: ['info', 'error'] };
    const subs = Array.from({ length: SUBSCRIBERS }, () => ws().subscribe(variables, FLEET_LOGS));
    await waitFor('every subscriber on every part', () => tails() === DEMO_PARTS && t.gateway.logStreams.subscriberCount === SUBSCRIBERS * DEMO_PARTS);
    const before = await executions();

    const rover = await logger('rover-2-camera');
    const arm = await logger('arm-1-main');
    await rover.log([{ level: 'info', message: 'shared 1' }, { level: 'debug', message: 'dropped' }]);
    await arm.log([{ level: 'error', message: 'shared 2' }]);
    await rover.log([{ level: 'debug', message: 'dropped too' }]); // nothing passes the levels: no event at all
    await rover.log([{ level: 'error', message: 'shared 3' }]);
    await waitFor('three batches everywhere', () => subs.every((s) => s.batches.length === 3));
    for (const sub of subs) {
      expect(sub.messages().sort()).toEqual(['shared 1', 'shared 2', 'shared 3']);
      expect(sub.batches.flat().find((e) => e.message === 'shared 2')).toMatchObject({ partId: part('arm-1-main'), robotId: robotOf('arm-1') });
      expect(sub.errors).toEqual([]);
    }
    // One execution per delivered batch for all four subscribers, not one per subscriber.
    expect((await executions()) - before).toBe(3);

    for (const sub of subs) sub.unsubscribe();
    await waitFor('every tail closed', () => tails() === 0);
  });

  it('resumes each part after the last entry received from it (after), each entry once, then live', async () => {
    const RESUMABLE = /* GraphQL */ `
      subscription($organizationId: ID!, $after: [String!]) { fleetLogs(organizationId: $organizationId, after: $after, levels: ["info"]) { id partId message } }
    `;
    const rover = await logger('rover-1-main');
    const arm = await logger('arm-2-camera');
    const first = ws().subscribe({ organizationId: t.fleet.orgId }, RESUMABLE);
    await waitFor('a tail per part', () => tails() >= DEMO_PARTS);
    await rover.log([{ level: 'info', message: 'resume r1' }, { level: 'info', message: 'resume r2' }]);
    await arm.log([{ level: 'info', message: 'resume a1' }]);
    await waitFor('three entries', () => first.batches.flat().length === 3);
    const lastByPart = new Map<string, string>();
    for (const entry of first.batches.flat()) lastByPart.set(entry.partId!, entry.id!);
    first.unsubscribe();
    await waitFor('the tails closed', () => tails() === 0);

    // Logged while the client is away.
    await rover.log([{ level: 'info', message: 'resume r3' }]);
    await arm.log([{ level: 'info', message: 'resume a2' }, { level: 'info', message: 'resume a3' }]);

    const resumed = ws().subscribe({ organizationId: t.fleet.orgId, after: [...lastByPart.values()] }, RESUMABLE);
    await waitFor('the backfill', () => resumed.batches.flat().length === 3);
    await rover.log([{ level: 'info', message: 'resume r4' }]);
    await waitFor('the live entry', () => resumed.batches.flat().length === 4);
    const messagesOf = (partName: string) => resumed.batches.flat().filter((e) => e.partId === part(partName)).map((e) => e.message);
    expect(messagesOf('rover-1-main')).toEqual(['resume r3', 'resume r4']);
    expect(messagesOf('arm-2-camera')).toEqual(['resume a2', 'resume a3']);
    expect(resumed.errors).toEqual([]);
    resumed.unsubscribe();

    const malformed = ws().subscribe({ organizationId: t.fleet.orgId, after: ['not-an-id'] }, RESUMABLE);
    const twice = ws().subscribe({ organizationId: t.fleet.orgId, after: [lastByPart.get(part('rover-1-main'))!, lastByPart.get(part('rover-1-main'))!] }, RESUMABLE);
    await waitFor('both refused', () => malformed.errors.length > 0 && twice.errors.length > 0);
    expect(malformed.errors[0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(twice.errors[0]!.message).toMatch(/one id per part/);
    await waitFor('no tails left', () => tails() === 0);
  });

  it('works over SSE', async () => {
    const overSse = sseSubscribe(t.gateway.url, t.demoHeaders, { organizationId: t.fleet.orgId, robotIds: [robotOf('arm-1')] }, FLEET_LOGS);
    await waitFor('the robot’s two tails', () => tails() === 2 && tails(part('arm-1-main')) === 1);
    const arm = await logger('arm-1-camera');
    await arm.log([{ level: 'info', message: 'over sse' }]);
    await waitFor('the batch', () => overSse.batches.length === 1);
    expect(overSse.batches[0]).toMatchObject([{ message: 'over sse', part: { name: 'arm-1-camera' }, robot: { name: 'arm-1' } }]);
    overSse.unsubscribe();
    await waitFor('every tail closed', () => tails() === 0);
  });
});

describe('the scope', () => {
  it('lets parts added later join and parts moved out of it leave, closing their tails', async () => {
    const assembly = idByName(t.fleet.server.db, 'locations', 'Assembly Line');
    const headquarters = idByName(t.fleet.server.db, 'locations', 'Headquarters');
    const fleet = ws().subscribe({ organizationId: t.fleet.orgId, locationIds: [assembly] }, FLEET_LOGS);
    await waitFor('the location’s four tails', () => tails() === 4);

    const added = await t.ok('mutation($robotId: ID!) { newRobotPart(robotId: $robotId, name: "arm-1-gripper") { id } }', { robotId: robotOf('arm-1') });
    const addedId = added.newRobotPart.id as string;
    await waitFor('the new part joined', () => tails(addedId) === 1);
    const gripper = await logger('arm-1-gripper');
    await gripper.log([{ level: 'info', message: 'gripper online' }]);
    await waitFor('its entry', () => fleet.messages().includes('gripper online'));
    expect(fleet.batches.at(-1)![0]).toMatchObject({ partId: addedId, robot: { name: 'arm-1' } });

    // arm-2 moves to Headquarters: out of the scope, its two tails close; the robot still exists.
    await t.ok('mutation($id: ID!, $loc: ID!) { updateRobot(id: $id, name: "arm-2", locationId: $loc) { id } }', { id: robotOf('arm-2'), loc: headquarters });
    await waitFor('arm-2 left', () => tails(part('arm-2-main')) === 0 && tails(part('arm-2-camera')) === 0);
    expect(tails()).toBe(3);
    const arm2 = await logger('arm-2-main');
    await arm2.log([{ level: 'info', message: 'out of scope' }]);
    await gripper.log([{ level: 'info', message: 'still in scope' }]);
    await waitFor('the later entry', () => fleet.messages().includes('still in scope'));
    expect(fleet.messages()).not.toContain('out of scope');
    expect(fleet.errors).toEqual([]);

    await t.ok('mutation($id: ID!, $loc: ID!) { updateRobot(id: $id, name: "arm-2", locationId: $loc) { id } }', { id: robotOf('arm-2'), loc: assembly });
    await t.ok('mutation($id: ID!) { deleteRobotPart(id: $id) }', { id: addedId });
    await waitFor('back to the four parts', () => tails() === 4 && tails(addedId) === 0);
    fleet.unsubscribe();
    await waitFor('every tail closed', () => tails() === 0);
  });

  it('reads the scope from the machine status poll shared per organization and credential, sending no ListMachineSummaries of its own', async () => {
    const assembly = idByName(t.fleet.server.db, 'locations', 'Assembly Line');
    const status = ws().subscribe({ organizationId: t.fleet.orgId }, 'subscription($organizationId: ID!) { machineStatus(organizationId: $organizationId) { kind } }');
    const whole = ws().subscribe({ organizationId: t.fleet.orgId }, FLEET_LOGS);
    const located = ws().subscribe({ organizationId: t.fleet.orgId, locationIds: [assembly], levels: ['error'] }, FLEET_LOGS);
    await waitFor('both fleets tailed and the status snapshot', () => tails() === DEMO_PARTS + 4 && status.data.length === 1);
    expect(t.gateway.machineStatus.openPolls).toBe(1);

    // While everyone is joined, every ListMachineSummaries the fleet server answers is the shared poll's.
    const calls = t.fleet.server.calls.count('ListMachineSummaries');
    const polls = t.gateway.machineStatus.pollsSent;
    await waitFor('three more polls', () => t.gateway.machineStatus.pollsSent >= polls + 3);
    const pollsSent = t.gateway.machineStatus.pollsSent - polls;
    expect(t.fleet.server.calls.count('ListMachineSummaries') - calls).toBeLessThanOrEqual(pollsSent);

    status.unsubscribe();
    // The fleetLogs subscriptions keep the poll going on their own.
    await waitFor('the status subscriber gone', () => t.gateway.machineStatus.subscriberCount === 0);
    const later = t.gateway.machineStatus.pollsSent;
    await waitFor('the poll still running', () => t.gateway.machineStatus.pollsSent > later);
    expect(t.gateway.machineStatus.openPolls).toBe(1);
    whole.unsubscribe();
    located.unsubscribe();
    await waitFor('every tail and the poll closed', () => tails() === 0 && t.gateway.machineStatus.openPolls === 0);
    expect([whole.errors, located.errors]).toEqual([[], []]);
  });

  it('lets the parts of a role that was removed leave, and goes on with the parts the key can still read', async () => {
    const db = t.fleet.server.db;
    const assemblyLine = idByName(db, 'locations', 'Assembly Line');
    const rover = robotOf('rover-1');
    const key = createApiKey(db, t.fleet.orgId, 'two roles', [
      { authorizationId: 'location_operator', resourceType: 'location', resourceId: assemblyLine },
      { authorizationId: 'robot_operator', resourceType: 'robot', resourceId: rover },
    ]);
    const fleet = ws(apiKeyHeaders(key)).subscribe({ organizationId: t.fleet.orgId }, FLEET_LOGS);
    const armPart = part('arm-1-main');
    await waitFor('tails of the rover and of both arms', () => tails(part('rover-1-main')) === 1 && tails(armPart) === 1 && tails(part('arm-2-main')) === 1);

    await t.fleet.app.call('RemoveRole', {
      authorization: { authorization_type: 'role', authorization_id: 'location_operator', resource_type: 'location', resource_id: assemblyLine, identity_id: key.id },
    });
    await waitFor('the arms\' tails closed', () => tails(armPart) === 0 && tails(part('arm-2-main')) === 0);
    const roverLogger = await logger('rover-1-main');
    await roverLogger.log([{ level: 'info', message: 'rover still heard' }]);
    await waitFor('the rover entry', () => fleet.batches.flat().some((e) => e.message === 'rover still heard'));
    expect(fleet.errors).toEqual([]);
    expect(fleet.completed).toBe(false);
    fleet.unsubscribe();
  });

  it('never shows one organization the entries of another, both subscribed at once', async () => {
    const db = t.fleet.server.db;
    const { orgId: otherOrg, owner } = ownedOrganization(db, 'Fleet Logs Rival', 'fleet-logs-rival');
    const rivalRobot = insertRobot(db, insertLocation(db, otherOrg, 'rival yard', null).id, 'rival-rover');
    const rivalPart = part('rival-rover-main');
    const rivalHeaders = apiKeyHeaders(owner);

    const demo = ws().subscribe({ organizationId: t.fleet.orgId }, FLEET_LOGS);
    const rival = ws(rivalHeaders).subscribe({ organizationId: otherOrg }, FLEET_LOGS);
    // Asking for the demo robots by id within its own organization gives the rival nothing of them.
    const sneaky = ws(rivalHeaders).subscribe({ organizationId: otherOrg, robotIds: [robotOf('rover-1')] }, FLEET_LOGS);
    await waitFor('both fleets tailed', () => tails() === DEMO_PARTS + 1);

    const rivalLog = await logger('rival-rover-main');
    const demoLog = await logger('rover-1-main');
    await rivalLog.log([{ level: 'info', message: 'rival secret' }]);
    await demoLog.log([{ level: 'info', message: 'demo secret' }]);
    await waitFor('each its own', () => demo.batches.length === 1 && rival.batches.length === 1);
    expect(demo.messages()).toEqual(['demo secret']);
    expect(rival.messages()).toEqual(['rival secret']);
    expect(rival.batches[0]![0]).toMatchObject({ partId: rivalPart, robotId: rivalRobot.id });
    expect(sneaky.batches).toEqual([]);

    // The demo organization is not the rival's to watch.
    const refused = await ws(rivalHeaders).query(FLEET_LOGS, { organizationId: t.fleet.orgId });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const s of [demo, rival, sneaky]) s.unsubscribe();
    await waitFor('every tail closed', () => tails() === 0);
  });
});

describe('bounds', () => {
  let bounded: Gateway;
  beforeAll(async () => {
    bounded = await startGateway({
      upstream: parseUpstreamUrl(`http://${t.fleet.address}`),
      port: 0,
      liveLogs: { fleetLogsMaxParts: 4, maxSubscriptionsPerCaller: 2, fleetLogsBufferBatches: 4 },
      machineStatus: { intervalMs: SCOPE_INTERVAL_MS },
    });
  });
  afterAll(() => bounded.close());

  it('refuses a scope above --fleet-logs-max-parts with TOO_MANY_PARTS, and ends one that grows past it', async () => {
    const refused = await ws(t.demoHeaders, bounded).query(FLEET_LOGS, { organizationId: t.fleet.orgId });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_PARTS', limit: 4, parts: DEMO_PARTS });
    expect(refused.errors?.[0]?.message).toMatch(/--fleet-logs-max-parts/);
    expect(tails()).toBe(0);

    const headquarters = idByName(t.fleet.server.db, 'locations', 'Headquarters');
    const fleet = ws(t.demoHeaders, bounded).subscribe({ organizationId: t.fleet.orgId, locationIds: [headquarters] }, FLEET_LOGS);
    await waitFor('four tails', () => tails() === 4);
    // A fleet subscription counts once against --max-subscriptions-per-caller (2 here), whatever its parts.
    const second = ws(t.demoHeaders, bounded).subscribe({ partId: part('rover-1-main') }, PART_LOGS_WITH_ROBOT);
    await waitFor('its tail', () => tails() === 5);
    const third = await ws(t.demoHeaders, bounded).query(PART_LOGS_WITH_ROBOT, { partId: part('rover-2-main') });
    expect(third.errors?.[0]?.extensions?.code).toBe('SUBSCRIPTION_LIMIT_EXCEEDED');
    second.unsubscribe();

    const extra = insertPart(t.fleet.server.db, robotOf('rover-2'), 'rover-2-lidar');
    await waitFor('the subscription ended', () => fleet.completed);
    expect(fleet.errors[0]?.extensions).toMatchObject({ code: 'TOO_MANY_PARTS', parts: 5 });
    await waitFor('every tail closed', () => tails() === 0);
    t.fleet.server.db.prepare('DELETE FROM robot_parts WHERE id = ?').run(extra.id);
  });

  it('ends a client that falls too far behind with SUBSCRIBER_BUFFER_OVERFLOW', async () => {
    const slowClient = ws(t.demoHeaders, bounded);
    const slow = slowClient.subscribe({ organizationId: t.fleet.orgId, robotIds: [robotOf('rover-1')] }, FLEET_LOGS);
    await waitFor('its two tails', () => tails() === 2);
    slowClient.socket().pause();
    const rover = await logger('rover-1-main');
    const filler = 'x'.repeat(2048);
    for (let n = 0; n < 2000 && bounded.logStreams.subscriberCount > 0; n++) {
      await rover.log(Array.from({ length: 64 }, (_, i) => ({ level: 'info', message: `batch ${n} line ${i} ${filler}` })));
    }
    await waitFor('its tails closed', () => tails() === 0);
    slowClient.socket().resume();
    await waitFor('the overflow error', () => slow.completed);
    expect(slow.errors[0]?.extensions?.code).toBe('SUBSCRIBER_BUFFER_OVERFLOW');
    // What it did get is the start of the stream, without gaps.
    expect(slow.batches.map((b) => b[0]!.message.split(' ').slice(0, 2).join(' '))).toEqual(Array.from({ length: slow.batches.length }, (_, n) => `batch ${n}`));
  });
});
