/**
 * RobotPart.logs through GraphQL (GetRobotPartLogs): a robot sends real log lines over
 * RobotService/Log with its part secret, then the connection pages through them newest first with
 * first/after, and filters by text, levels and errorsOnly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import { expectOnlyError, idByName } from './support/graph.ts';
import { insertRobot } from '../src/fleet-server/robots.ts';
import { toStruct } from '../src/wire/struct.ts';

let t: TestGateway;
let partId: string;

const LEVELS = ['debug', 'info', 'warn', 'error', 'fatal'] as const;
const ENTRY_COUNT = 25;
/** The entries the robot logs, oldest first: levels in turn, every third one about the motor. */
const SENT = Array.from({ length: ENTRY_COUNT }, (_, i) => ({
  level: LEVELS[i % LEVELS.length]!,
  message: i % 3 === 0 ? `Motor stalled (${i})` : `line ${i}`,
  // Whole milliseconds apart, with nanoseconds below a millisecond the DateTime scalar drops.
  time: { seconds: 1_780_000_000 + i, nanos: 250_000_000 + 123 },
}));
const isoOf = (i: number) => new Date((1_780_000_000 + i) * 1000 + 250).toISOString();
const newestFirst = (indices: number[]) => [...indices].sort((a, b) => b - a).map((i) => SENT[i]!.message);
const allIndices = SENT.map((_, i) => i);

beforeAll(async () => {
  t = await startTestGateway();
  const robot = insertRobot(t.fleet.server.db, idByName(t.fleet.server.db, 'locations', 'Headquarters'), 'chatty');
  partId = idByName(t.fleet.server.db, 'robot_parts', 'chatty-main');
  // The robot's secret, as a client of the graph reads it.
  const { robotPart } = await t.ok('query($id: ID!) { robotPart(id: $id) { robot { id } secrets { secret } } }', { id: partId });
  expect(robotPart.robot.id).toBe(robot.id);
  const robotClient = await t.fleet.robotAs(partId, robotPart.secrets[0].secret);
  await robotClient.call('Log', {
    id: partId,
    logs: SENT.map((entry, i) => ({
      ...entry,
      logger_name: 'rdk.motor',
      host: 'chatty.local',
      ...(i === 0 ? { caller: toStruct({ file: 'motor.go', line: 42, defined: true }), stack: 'goroutine 1 [running]', fields: [toStruct({ rpm: 1200, tags: ['a', null] })] } : {}),
    })),
  });
});
afterAll(() => t.close());

const LOGS = `query($id: ID!, $first: Int, $after: String, $filter: String, $levels: [String!], $errorsOnly: Boolean) {
  robotPart(id: $id) {
    logs(first: $first, after: $after, filter: $filter, levels: $levels, errorsOnly: $errorsOnly) {
      nodes { message level time }
      edges { cursor node { message } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

interface LogPage {
  nodes: { message: string }[];
  edges: { cursor: string | null; node: { message: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Every page of a query, following endCursor; returns the messages of each page. */
async function allPages(variables: Record<string, unknown>) {
  const pages: string[][] = [];
  let after: string | null = null;
  for (;;) {
    const data: { robotPart: { logs: LogPage } } = await t.ok(LOGS, { id: partId, ...variables, after });
    const { nodes, edges, pageInfo } = data.robotPart.logs;
    pages.push(nodes.map((n) => n.message));
    expect(edges.map((e) => e.node.message)).toEqual(pages.at(-1));
    // Only the last edge can resume a page: that is where the upstream's page token points.
    expect(edges.map((e) => e.cursor)).toEqual(edges.map((_, i) => (i === edges.length - 1 ? pageInfo.endCursor : null)));
    if (!pageInfo.hasNextPage) {
      expect(pageInfo.endCursor).toBeNull();
      return pages;
    }
    expect(pageInfo.endCursor).toEqual(expect.any(String));
    after = pageInfo.endCursor;
  }
}

describe('RobotPart.logs (GetRobotPartLogs)', () => {
  it('returns the entries the robot sent, newest first, with every field', async () => {
    const data = await t.ok(
      `query($id: ID!) { robotPart(id: $id) { logs(first: ${ENTRY_COUNT}) {
        nodes { time level message loggerName host caller stack fields }
        pageInfo { hasNextPage endCursor }
      } } }`,
      { id: partId },
    );
    const { nodes, pageInfo } = data.robotPart.logs;
    expect(nodes.map((n: any) => n.message)).toEqual(newestFirst(allIndices));
    expect(pageInfo).toEqual({ hasNextPage: false, endCursor: null });
    expect(nodes[0]).toEqual({ time: isoOf(24), level: 'fatal', message: 'Motor stalled (24)', loggerName: 'rdk.motor', host: 'chatty.local', caller: null, stack: '', fields: [] });
    expect(nodes.at(-1)).toEqual({
      time: isoOf(0),
      level: 'debug',
      message: 'Motor stalled (0)',
      loggerName: 'rdk.motor',
      host: 'chatty.local',
      caller: { file: 'motor.go', line: 42, defined: true },
      stack: 'goroutine 1 [running]',
      fields: [{ rpm: 1200, tags: ['a', null] }],
    });
  });

  it('pages with first/after until hasNextPage is false, like the upstream pages', async () => {
    const pages = await allPages({ first: 10 });
    expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
    expect(pages.flat()).toEqual(newestFirst(allIndices));

    const upstream = await t.fleet.app.call('GetRobotPartLogs', { id: partId, limit: 10 });
    expect(pages[0]).toEqual(upstream.logs.map((l: any) => l.message));
    const { robotPart } = await t.ok(LOGS, { id: partId, first: 10 });
    expect(robotPart.logs.pageInfo.endCursor).toBe(upstream.next_page_token);
  });

  it('pages an exact multiple of the page size without an empty last page', async () => {
    const pages = await allPages({ first: 5, levels: ['warn', 'error'] });
    const expected = allIndices.filter((i) => ['warn', 'error'].includes(SENT[i]!.level));
    expect(expected).toHaveLength(10);
    expect(pages).toEqual([newestFirst(expected).slice(0, 5), newestFirst(expected).slice(5)]);
  });

  it('filters by message text (case-insensitive), levels and errorsOnly', async () => {
    const motor = allIndices.filter((i) => SENT[i]!.message.startsWith('Motor'));
    expect((await allPages({ filter: 'motor', first: 3 })).flat()).toEqual(newestFirst(motor));

    const errors = allIndices.filter((i) => ['error', 'fatal'].includes(SENT[i]!.level));
    expect((await allPages({ errorsOnly: true })).flat()).toEqual(newestFirst(errors));

    const debug = allIndices.filter((i) => SENT[i]!.level === 'debug');
    expect((await allPages({ levels: ['debug'] })).flat()).toEqual(newestFirst(debug));

    const motorErrors = motor.filter((i) => errors.includes(i));
    expect((await allPages({ filter: 'MOTOR', errorsOnly: true })).flat()).toEqual(newestFirst(motorErrors));

    // errorsOnly narrows levels to their intersection with error and fatal.
    expect((await allPages({ levels: ['info', 'error'], errorsOnly: true })).flat()).toEqual(newestFirst(allIndices.filter((i) => SENT[i]!.level === 'error')));
  });

  it('rejects page sizes out of range before calling upstream, and unknown levels and cursors as BAD_USER_INPUT', async () => {
    const calls = t.fleet.server.calls;
    calls.reset();
    for (const first of [0, -1, 1001]) {
      const result = await t.gql(LOGS, { id: partId, first });
      expectOnlyError(result, ['robotPart', 'logs'], 'BAD_USER_INPUT');
    }
    expect(calls.count('GetRobotPartLogs')).toBe(0);

    expectOnlyError(await t.gql(LOGS, { id: partId, levels: ['loud'] }), ['robotPart', 'logs'], 'BAD_USER_INPUT', 'INVALID_ARGUMENT');
    expectOnlyError(await t.gql(LOGS, { id: partId, after: 'not-a-cursor' }), ['robotPart', 'logs'], 'BAD_USER_INPUT', 'INVALID_ARGUMENT');
  });

  it('keeps the part when its logs fail, nulling only the logs field', async () => {
    const result = await t.gql('query($id: ID!) { robotPart(id: $id) { name logs(levels: ["loud"]) { nodes { message } } } }', { id: partId });
    expectOnlyError(result, ['robotPart', 'logs'], 'BAD_USER_INPUT');
    expect(result.data?.robotPart.name).toBe('chatty-main');
  });
});
