/**
 * Cost limits fail closed without refusing honest work: the dashboards' fleet tree queries run on
 * the demo fleet under the default limits; a fragment chain is priced (once per fragment) and
 * refused before any upstream call; an alias fan-out that the static price lets through is
 * stopped by the per-operation budget of upstream calls; one caller's heavy operation does not
 * starve another caller of the gateway-wide pool of calls in flight; and deeply nested variables
 * get a clear 400, never a crash.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Kind, parse, type DocumentNode, type SelectionSetNode } from 'graphql';
import { startTestGateway, apiKeyHeaders, errorCode, type GraphQLResponse, type TestGateway } from './support/gateway.ts';
import { ownedOrganization, type TestFleet } from './support/fleet.ts';
import { GRAPHQL_ACCEPT, codeOf, postJson } from './support/http.ts';
import { waitFor } from './support/live-logs.ts';
import { startGateway, type Gateway } from '../src/gateway/server.ts';
import { parseUpstreamUrl } from '../src/upstream/target.ts';
import { schema } from '../src/schema/index.ts';
import { LIST_SIZE_HINTS, estimateCost, isListField } from '../src/gateway/cost.ts';
import { DEFAULT_OPERATION_LIMITS, priceOperation } from '../src/gateway/limits.ts';

/** The queries dashboards send (issue 10): each once cost over 100,000 and was refused. */
const HONEST_QUERIES = [
  '{ organizations { locations { robots { parts { secrets { secret } } } } } }',
  '{ organizations { id name locations { id name robots { id name parts { id name secrets { id secret } } } } } }',
  '{ organizations { locations { robots { name parts { name logs(first: 3) { nodes { level message } } } } } } }',
];

/** `links` fragments, each spreading the next twice, over a fleet tree with logs. */
function fragmentChain(links: number): string {
  const fragments = [`fragment F0 on Query { organizations { robots { parts { logs(first: 1) { nodes { message } } } } } }`];
  for (let i = 1; i <= links; i++) fragments.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
  return `query Chain { ...F${links} }\n${fragments.join('\n')}`;
}

/** `count` aliases of the fleet tree, each asking for logs with its own filter (so each its own calls). */
function aliasFanOut(count: number): string {
  const aliases = Array.from({ length: count }, (_, i) => `a${i}: organizations { robots { parts { logs(first: 1, filter: "f${i}") { nodes { message } } } } }`);
  return `query FanOut { ${aliases.join(' ')} }`;
}

const totalCalls = (fleet: TestFleet) => Object.values(fleet.server.calls.snapshot()).reduce((sum, n) => sum + n, 0);

let t: TestGateway;
let partId: string;

beforeAll(async () => {
  // Default limits; the fleet server's calls are what the tests count.
  t = await startTestGateway();
  partId = (t.fleet.server.db.prepare("SELECT id FROM robot_parts WHERE name = 'rover-1-main'").get() as { id: string }).id;
  // The key exchange is not what is counted: warm the token first.
  await t.ok('{ __typename organizations { id } }');
});
afterAll(() => t?.close());
beforeEach(() => t.fleet.server.calls.reset());

describe('honest queries run under the default limits', () => {
  it('the three fleet tree queries dashboards send run on the demo fleet', async () => {
    for (const query of HONEST_QUERIES) {
      const result = await postJson(t.gateway.url, query, { headers: t.demoHeaders });
      expect(result.body.errors, query).toBeUndefined();
      expect(result.status).toBe(200);
      const robots = result.body.data.organizations.flatMap((org: any) => org.locations.flatMap((location: any) => location.robots));
      expect(robots).toHaveLength(4);
      expect(robots.every((robot: any) => robot.parts.length > 0)).toBe(true);
    }
  });

  it('every list size hint names a list field of the schema, and README documents it', () => {
    const readme = fs.readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const [coordinate, size] of Object.entries(LIST_SIZE_HINTS)) {
      expect(isListField(schema, coordinate), coordinate).toBe(true);
      expect(readme, coordinate).toContain(`\`${coordinate}\` ${size}`);
    }
  });
});

describe('a fragment chain', () => {
  it('is priced once per fragment, exponentially, and refused by cost before any upstream call', async () => {
    t.fleet.server.calls.reset();
    // 16 links: 65,536 copies of the tree, far past graphql-query-complexity's node cap (which used to let it run).
    const result = await postJson(t.gateway.url, fragmentChain(16), { headers: t.demoHeaders });
    expect(codeOf(result), JSON.stringify(result.body).slice(0, 300)).toBe('COST_LIMIT_EXCEEDED');
    expect(result.status).toBe(400);
    expect(result.body.data ?? null).toBeNull();
    expect(result.body.errors![0]!.extensions).toMatchObject({ limit: DEFAULT_OPERATION_LIMITS.maxCost });
    expect(t.fleet.server.calls.snapshot()).toEqual({});
  });

  it('a chain of any length is priced without giving up: a long one is still a finite refusal', () => {
    const one = estimateCost(schema, parse(fragmentChain(0)), 'Chain', {}, 10);
    const chain = estimateCost(schema, parse(fragmentChain(40)), 'Chain', {}, 10);
    expect(one.kind === 'priced' && chain.kind === 'priced').toBe(true);
    if (one.kind !== 'priced' || chain.kind !== 'priced') return;
    expect(chain.cost).toBe(one.cost * 2 ** 40);
  });

  it('over graphql-ws too', async () => {
    const { wsClient } = await import('./support/live-logs.ts');
    const ws = wsClient(t.gateway.url, t.demoHeaders, { lazy: false });
    try {
      await ws.query('{ __typename }');
      t.fleet.server.calls.reset();
      const result = await ws.query(fragmentChain(16));
      expect(result.errors?.[0]?.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
      expect(t.fleet.server.calls.snapshot()).toEqual({});
    } finally {
      await ws.dispose();
    }
  });
});

describe('an estimate that cannot be made', () => {
  it('is a refusal, never a pass', () => {
    // Validation would catch this before execution; pricing on its own must still fail closed.
    const unknownFragment = parse('query { ...Missing }');
    expect(priceOperation(schema, unknownFragment, null, {}, 10)).toMatchObject({ kind: 'failed' });
    // Nested past what a recursive walk can take: the stack overflow is a refusal too.
    let selectionSet: SelectionSetNode = { kind: Kind.SELECTION_SET, selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }] };
    for (let i = 0; i < 200_000; i++) selectionSet = { kind: Kind.SELECTION_SET, selections: [{ kind: Kind.INLINE_FRAGMENT, selectionSet }] };
    const deep: DocumentNode = { kind: Kind.DOCUMENT, definitions: [{ kind: Kind.OPERATION_DEFINITION, operation: 'query' as never, selectionSet }] };
    expect(priceOperation(schema, deep, null, {}, 10)).toMatchObject({ kind: 'failed' });
  });

  it('invalid variables are not priced but refused by execution, with no upstream call', async () => {
    const query = 'query($n: Int!) { robotPart(id: "x") { logs(first: $n) { nodes { message } } } }';
    const result = await postJson(t.gateway.url, query, { headers: t.demoHeaders, variables: { n: 'many' } });
    expect(result.body.data ?? null).toBeNull();
    expect(result.body.errors?.[0]?.message).toMatch(/\$n/);
    expect(t.fleet.server.calls.snapshot()).toEqual({});
  });
});

describe('the upstream call budget per operation', () => {
  let budgeted: Gateway;
  const BUDGET = 50;

  beforeAll(async () => {
    budgeted = await startGateway({ upstream: parseUpstreamUrl(`http://${t.fleet.address}`), port: 0, limits: { maxUpstreamCalls: BUDGET } });
    await postJson(budgeted.url, '{ organizations { id } }', { headers: t.demoHeaders });
  });
  afterAll(() => budgeted?.close());

  it('stops an alias fan-out the static price lets through, naming the budget, and sends no call past it', async () => {
    t.fleet.server.calls.reset();
    // 20 aliases × (ListOrganizations + ListRobotsForOrg + 8 parts' logs): about 200 calls asked for.
    const result = await postJson(budgeted.url, aliasFanOut(20), { headers: t.demoHeaders });
    const budgetErrors = (result.body.errors ?? []).filter((error) => error.extensions?.code === 'UPSTREAM_CALL_BUDGET_EXCEEDED');
    expect(budgetErrors.length, JSON.stringify(result.body.errors?.slice(0, 2))).toBeGreaterThan(0);
    expect(budgetErrors[0]!.message).toMatch(new RegExp(`budget of ${BUDGET} calls per operation exceeded`));
    expect(budgetErrors[0]!.extensions).toMatchObject({ limit: BUDGET });
    expect(totalCalls(t.fleet)).toBeLessThanOrEqual(BUDGET);
  });

  it('is per operation: the next one starts with a full budget', async () => {
    t.fleet.server.calls.reset();
    const result = await postJson(budgeted.url, '{ organizations { robots { parts { logs(first: 1) { nodes { message } } } } } }', { headers: t.demoHeaders });
    expect(result.body.errors).toBeUndefined();
    expect(totalCalls(t.fleet)).toBeGreaterThan(8);
  });
});

describe('the pool of upstream calls in flight', () => {
  it('is shared fairly: a small query of another caller is not queued behind all of a heavy operation\'s calls', async () => {
    const shared = await startTestGateway({ gateway: { maxUpstreamCallsInFlight: 2 } });
    try {
      const other = ownedOrganization(shared.fleet.server.db, 'Quiet Org');
      const otherHeaders = apiKeyHeaders(other.owner);
      await shared.ok('{ organizations { id } }');
      await shared.ok('{ organizations { id } }', undefined, otherHeaders);
      const heavyPart = (shared.fleet.server.db.prepare("SELECT id FROM robot_parts WHERE name = 'rover-1-main'").get() as { id: string }).id;
      const LOG_READS = 24;
      const heavyQuery = `query($id: ID!) { robotPart(id: $id) { ${Array.from({ length: LOG_READS }, (_, i) => `l${i}: logs(first: 1, filter: "f${i}") { nodes { message } }`).join(' ')} } }`;

      const finished: string[] = [];
      const unwatch = shared.fleet.server.calls.watch((call) => finished.push(call.method));
      // Held a while, the heavy operation's calls pile up in the gateway's queue.
      shared.fleet.server.calls.delay('GetRobotPartLogs', 20);
      try {
        const heavy = shared.gql(heavyQuery, { id: heavyPart });
        await waitFor('the heavy operation to queue its calls', () => shared.gateway.upstream.callsInFlight.queued >= LOG_READS - 4);
        const small = await shared.gql('{ organizations { name } }', undefined, otherHeaders);
        expect(small.data?.organizations).toEqual([{ name: 'Quiet Org' }]);
        const heavyResult = await heavy;
        expect(heavyResult.errors).toBeUndefined();
      } finally {
        unwatch();
        shared.fleet.server.calls.delay('GetRobotPartLogs', 0);
      }
      const logReadsBeforeSmall = finished.slice(0, finished.indexOf('ListOrganizations')).filter((method) => method === 'GetRobotPartLogs').length;
      // First come, first served would have answered all of the heavy operation's queued calls first.
      expect(finished.filter((method) => method === 'GetRobotPartLogs')).toHaveLength(LOG_READS);
      expect(logReadsBeforeSmall).toBeLessThanOrEqual(2);
    } finally {
      await shared.close();
    }
  });
});

describe('nesting too deep to measure', () => {
  it('get a clear 400 naming the limit, never a crash, and the gateway keeps serving', async () => {
    // Written by hand: JSON.stringify itself cannot go this deep.
    const levels = 100_000;
    const body = `{"query": "query($v: JSON) { organizations { id } }", "variables": {"v": ${'['.repeat(levels)}"x"${']'.repeat(levels)}}}`;
    const response = await fetch(t.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', accept: GRAPHQL_ACCEPT, ...t.demoHeaders }, body });
    const result = { status: response.status, body: (await response.json()) as GraphQLResponse };
    expect(result.status).toBe(400);
    expect(codeOf(result), JSON.stringify(result.body).slice(0, 300)).toBe('VARIABLES_TOO_DEEP');
    expect(result.body.errors![0]!.message).toMatch(/nesting limit of 64 levels exceeded/);
    expect(t.fleet.server.calls.snapshot()).toEqual({});
    expect(errorCode(await t.gql('{ organizations { name } }'))).toBeUndefined();
  });

  it('a document nested too deeply to parse (with raised token and depth limits) gets a 400 naming the depth limit, not a 500', async () => {
    const raised = await startGateway({ upstream: parseUpstreamUrl(`http://${t.fleet.address}`), port: 0, limits: { maxTokens: 1_000_000, maxDepth: 1_000_000 } });
    try {
      const levels = 50_000;
      const query = `{ organizations { ${'... { '.repeat(levels)}id${' }'.repeat(levels)} } }`;
      const result = await postJson(raised.url, query, { headers: t.demoHeaders });
      expect(result.status).toBe(400);
      expect(codeOf(result), JSON.stringify(result.body).slice(0, 300)).toBe('DEPTH_LIMIT_EXCEEDED');
      expect(result.body.errors![0]!.message).toMatch(/nested too deeply to parse/);
      expect(t.fleet.server.calls.snapshot()).toEqual({});
    } finally {
      await raised.close();
    }
  });

  it('up to the limit are fine: a part config nested 30 levels deep is saved', async () => {
    let config: Record<string, unknown> = { leaf: true };
    for (let i = 0; i < 30; i++) config = { nested: config };
    const result = await t.gql('mutation($id: ID!, $config: JSON!) { updateRobotPart(id: $id, name: "rover-1-main", config: $config) { config } }', { id: partId, config });
    expect(result.errors).toBeUndefined();
    expect(result.data.updateRobotPart.config).toEqual(config);
  });
});
