/**
 * Resuming robotPartLogs from a cursor (the id of the last entry received): `after` over
 * graphql-ws and SSE, the SSE event ids and Last-Event-ID, bad cursors, and the backfill bound.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import { PART_LOGS_AFTER, robotLogger, sseSubscribe, waitFor, wsClient, type Entry, type WsTestClient } from './support/live-logs.ts';
import { firstSecret, idByName } from './support/graph.ts';

/** A small backfill bound, so the LOG_GAP_TOO_LARGE test needs few entries. */
const MAX_BACKFILL = 40;

let t: TestGateway;
let robot: Awaited<ReturnType<typeof robotLogger>>;
let partId: string;
const clients: WsTestClient[] = [];

const tails = () => t.fleet.server.fleet.logBus.count(partId);
const ws = () => {
  const client = wsClient(t.gateway.url, t.demoHeaders);
  clients.push(client);
  return client;
};
const messages = (entries: Entry[]) => entries.map((e) => e.message);

beforeAll(async () => {
  t = await startTestGateway({ gateway: { liveLogs: { maxBackfillEntries: MAX_BACKFILL } } });
  partId = idByName(t.fleet.server.db, 'robot_parts', 'rover-1-main');
  robot = await robotLogger(t.fleet.address, partId, firstSecret(t.fleet.server.db, partId));
});
afterAll(async () => {
  for (const client of clients) await client.dispose();
  robot.close();
  await t.close();
});

/** Subscribes (graphql-ws) without a cursor, logs `lines` batch by batch and returns what arrived once all did. */
async function streamed(filter: string, batches: string[][]): Promise<Entry[]> {
  const live = ws().subscribe({ partId, errorsOnly: false, filter }, PART_LOGS_AFTER);
  await waitFor('the tail', () => tails() > 0);
  for (const batch of batches) await robot.log(batch.map((message) => ({ level: 'info', message })));
  await waitFor('every batch', () => live.batches.length === batches.length);
  live.unsubscribe();
  await waitFor('no tail', () => tails() === 0);
  return live.batches.flat();
}

describe('robotPartLogs after a cursor', () => {
  it('gives a client resuming mid-stream exactly the rest, then live entries, joining an open tail or opening one', async () => {
    const seen = await streamed('resume mid', [['resume mid 1', 'resume mid 2'], ['resume mid 3', 'resume mid 4'], ['resume mid 5']]);
    expect(messages(seen)).toEqual(['resume mid 1', 'resume mid 2', 'resume mid 3', 'resume mid 4', 'resume mid 5']);

    // Opens the tail: the backfill is read once it is live.
    const alone = ws().subscribe({ partId, errorsOnly: false, filter: 'resume mid', after: seen[2]!.id }, PART_LOGS_AFTER);
    await waitFor('the backfill', () => alone.batches.flat().length === 2);
    // Joins the tail `alone` opened, from another cursor.
    const joiner = ws().subscribe({ partId, errorsOnly: false, filter: 'resume mid', after: seen[0]!.id }, PART_LOGS_AFTER);
    await waitFor('the joiner on the same tail', () => t.gateway.logStreams.subscriberCount === 2 && joiner.batches.flat().length === 4);
    expect(tails()).toBe(1);

    await robot.log([{ level: 'info', message: 'resume mid 6' }]);
    await waitFor('the live entry', () => alone.messages().length === 3 && joiner.messages().length === 5);
    expect(alone.messages()).toEqual(['resume mid 4', 'resume mid 5', 'resume mid 6']);
    expect(joiner.messages()).toEqual(['resume mid 2', 'resume mid 3', 'resume mid 4', 'resume mid 5', 'resume mid 6']);
    // The same entries carry the same ids as before the reconnect.
    expect(alone.batches.flat()[0]!.id).toBe(seen[3]!.id);
    expect([alone.errors, joiner.errors]).toEqual([[], []]);
    alone.unsubscribe();
    joiner.unsubscribe();
    await waitFor('no tail', () => tails() === 0);
  });

  it('loses and repeats nothing when it resumes while the robot keeps logging', async () => {
    const seen = await streamed('busy', [['busy start']]);
    const sent = ['busy start'];
    let logging = true;
    const logger = (async () => {
      for (let i = 1; i <= 15 && (logging || i <= 3); i++) {
        const batch = [`busy ${i}a`, `busy ${i}b`];
        await robot.log(batch.map((message) => ({ level: 'info', message })));
        sent.push(...batch);
      }
    })();
    // Another subscriber keeps a shared tail live while the resuming one joins it mid-stream.
    const other = ws().subscribe({ partId, errorsOnly: false, filter: 'busy' }, PART_LOGS_AFTER);
    await waitFor('some entries logged', () => sent.length >= 7);
    const resumed = ws().subscribe({ partId, errorsOnly: false, filter: 'busy', after: seen[0]!.id }, PART_LOGS_AFTER);
    await waitFor('entries after the resume', () => resumed.messages().length >= 9);
    logging = false;
    await logger;
    await waitFor('everything sent', () => resumed.messages().length >= sent.length - 1);
    expect(resumed.messages()).toEqual(sent.slice(1));
    expect(new Set(resumed.batches.flat().map((e) => e.id)).size).toBe(sent.length - 1);
    expect(resumed.errors).toEqual([]);
    other.unsubscribe();
    resumed.unsubscribe();
    await waitFor('no tail', () => tails() === 0);
  });

  it('resumes between entries that share one time: after the cursor entry, not after its time', async () => {
    const live = ws().subscribe({ partId, errorsOnly: false, filter: 'same time' }, PART_LOGS_AFTER);
    await waitFor('the tail', () => tails() > 0);
    await robot.logAtOneTime(['same time 1', 'same time 2', 'same time 3'].map((message) => ({ level: 'info', message })));
    await waitFor('the batch', () => live.batches.length === 1);
    const [, second] = live.batches[0]!;
    expect(second!.time).toBe(live.batches[0]![2]!.time);
    live.unsubscribe();
    await waitFor('no tail', () => tails() === 0);

    const resumed = ws().subscribe({ partId, errorsOnly: false, filter: 'same time', after: second!.id }, PART_LOGS_AFTER);
    await waitFor('the backfill', () => resumed.batches.length === 1);
    expect(resumed.messages()).toEqual(['same time 3']);
    resumed.unsubscribe();
  });

  it('refuses a malformed cursor and a cursor of another part with BAD_USER_INPUT, opening nothing', async () => {
    const otherPart = idByName(t.fleet.server.db, 'robot_parts', 'rover-2-main');
    const otherRobot = await robotLogger(t.fleet.address, otherPart, firstSecret(t.fleet.server.db, otherPart));
    await otherRobot.log([{ level: 'error', message: 'elsewhere' }]);
    otherRobot.close();
    const page = await t.ok('query($id: ID!) { robotPart(id: $id) { logs(first: 1) { nodes { id } } } }', { id: otherPart });
    const foreign = page.robotPart.logs.nodes[0].id as string;
    const opened = t.fleet.server.calls.count('TailRobotPartLogs');

    for (const after of ['nope', '', Buffer.from(`log1\n${partId}\n1\n2\nshort`).toString('base64url')]) {
      const refused = ws().subscribe({ partId, after }, PART_LOGS_AFTER);
      await waitFor('the error', () => refused.errors.length > 0);
      expect(refused.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: 'after is not a LogEntry id: pass the id of the last entry received' });
      expect(refused.hadData).toBe(false);
    }
    const wrongPart = ws().subscribe({ partId, after: foreign }, PART_LOGS_AFTER);
    await waitFor('the error', () => wrongPart.errors.length > 0);
    expect(wrongPart.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: `after is an entry of part ${otherPart}, not of part ${partId}` });
    const overSse = sseSubscribe(t.gateway.url, t.demoHeaders, { partId, after: foreign }, PART_LOGS_AFTER);
    await overSse.done;
    expect(overSse.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    expect(t.fleet.server.calls.count('TailRobotPartLogs')).toBe(opened);
    expect(t.gateway.logStreams.openTails).toBe(0);
  });

  it('refuses a cursor with more entries after it than a backfill may return with LOG_GAP_TOO_LARGE', async () => {
    const seen = await streamed('gap', [['gap start']]);
    for (let i = 0; i < 3; i++) await robot.log(Array.from({ length: MAX_BACKFILL / 2 }, (_, j) => ({ level: 'info', message: `gap ${i}.${j}` })));
    const resumed = ws().subscribe({ partId, errorsOnly: false, filter: 'gap', after: seen[0]!.id }, PART_LOGS_AFTER);
    await waitFor('the error', () => resumed.errors.length > 0);
    expect(resumed.errors[0]).toMatchObject({ extensions: { code: 'LOG_GAP_TOO_LARGE' } });
    expect(resumed.errors[0]!.message).toContain(`more than ${MAX_BACKFILL} log entries were logged after the entry`);
    expect(resumed.batches).toEqual([]);
    await waitFor('no tail', () => tails() === 0 && t.gateway.logStreams.subscriberCount === 0);
  });
});

describe('SSE event ids and Last-Event-ID', () => {
  it('sends the id of its last entry with each event, and takes Last-Event-ID as `after` when `after` is not given', async () => {
    const sse = sseSubscribe(t.gateway.url, t.demoHeaders, { partId, errorsOnly: false, filter: 'sse id' }, PART_LOGS_AFTER);
    await waitFor('the tail', () => tails() > 0);
    await robot.log([{ level: 'info', message: 'sse id 1' }, { level: 'info', message: 'sse id 2' }]);
    await robot.log([{ level: 'info', message: 'sse id 3' }]);
    await waitFor('both events', () => sse.batches.length === 2);
    expect(sse.eventIds).toEqual(sse.batches.map((batch) => batch.at(-1)!.id));
    sse.unsubscribe();
    await waitFor('no tail', () => tails() === 0);

    // What EventSource sends by itself when it reconnects.
    const resumed = sseSubscribe(t.gateway.url, { ...t.demoHeaders, 'last-event-id': sse.eventIds[0]! }, { partId, errorsOnly: false, filter: 'sse id' }, PART_LOGS_AFTER);
    await waitFor('the backfill', () => resumed.batches.length === 1);
    await robot.log([{ level: 'info', message: 'sse id 4' }]);
    await waitFor('the live entry', () => resumed.batches.length === 2);
    expect(resumed.messages()).toEqual(['sse id 3', 'sse id 4']);
    expect(resumed.eventIds).toEqual(resumed.batches.map((batch) => batch.at(-1)!.id));
    resumed.unsubscribe();

    // `after` wins over the header; a header that is no cursor is refused like `after`.
    const explicit = sseSubscribe(t.gateway.url, { ...t.demoHeaders, 'last-event-id': sse.eventIds[0]! }, { partId, errorsOnly: false, filter: 'sse id', after: sse.eventIds[1] }, PART_LOGS_AFTER);
    await waitFor('the backfill', () => explicit.batches.length === 1);
    expect(explicit.messages()).toEqual(['sse id 4']);
    explicit.unsubscribe();
    const bad = sseSubscribe(t.gateway.url, { ...t.demoHeaders, 'last-event-id': 'garbage' }, { partId, errorsOnly: false }, PART_LOGS_AFTER);
    await bad.done;
    expect(bad.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: 'Last-Event-ID is not a LogEntry id: pass the id of the last entry received' });
    await waitFor('no tail', () => tails() === 0);
  });
});
