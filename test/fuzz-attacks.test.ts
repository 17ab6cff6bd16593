/**
 * A seeded fuzz of the request shapes an outside security review used to break the gateway
 * (issue 10), kept in CI so they stay closed:
 * - fragment chains, each fragment spreading the next several times, over random types and with
 *   aliases: priced in full and refused before any upstream call when too costly; whatever
 *   passes the price runs within the upstream call budget;
 * - JSON nested deeply, as variables and as literals: a 400 or BAD_USER_INPUT naming a limit,
 *   never a 5xx, and nothing stored changes;
 * - module uploads without credentials or with made-up keys: 401 and no upstream call;
 * - (second review) a JSON variable named many times in a JSON literal: measured with its uses,
 *   refused past the JSON argument limit before any upstream call; aliased big fields over large
 *   log entries: refused with RESPONSE_TOO_LARGE when the result would pass the response limit.
 * FUZZ_SEED overrides the seed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway, apiKeyHeaders, type GraphQLResponse } from './support/gateway.ts';
import { keyWithRole } from './support/fleet.ts';
import { Rng } from './support/rng.ts';
import { insertRobot } from '../src/fleet-server/robots.ts';
import { insertPart } from '../src/fleet-server/parts.ts';
import { insertLocation } from '../src/fleet-server/locations.ts';
import { DEFAULT_OPERATION_LIMITS } from '../src/gateway/limits.ts';
import { MAX_JSON_ARGUMENT_BYTES } from '../src/wire/struct.ts';
import { LOG_ENTRY_LIMITS } from '../src/fleet-server/log-limits.ts';
import { firstSecret } from './support/graph.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_201);
const CALL_BUDGET = 300;

let t: TestGateway;
let owner: Record<string, string>;
let partId: string;
const storedConfig = () => (t.fleet.server.db.prepare('SELECT robot_config FROM robot_parts WHERE id = ?').get(partId) as { robot_config: string }).robot_config;

beforeAll(async () => {
  t = await startTestGateway({ gateway: { limits: { maxUpstreamCalls: CALL_BUDGET } } });
  const db = t.fleet.server.db;
  const location = insertLocation(db, t.fleet.orgId, 'Attack Yard', null);
  partId = insertPart(db, insertRobot(db, location.id, 'attack-bot').id, 'attack-bot-arm').id;
  owner = apiKeyHeaders(keyWithRole(db, t.fleet.orgId, 'organization_owner', t.fleet.orgId, 'attack owner'));
});
afterAll(() => t?.close());

/** Upstream calls since `reset`, leaving out key exchanges. */
function appCalls(): number {
  return Object.entries(t.fleet.server.calls.snapshot())
    .filter(([method]) => method !== 'Authenticate')
    .reduce((sum, [, n]) => sum + n, 0);
}

async function post(body: string, headers: Record<string, string>): Promise<{ status: number; result: GraphQLResponse }> {
  const response = await fetch(t.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body,
  });
  const text = await response.text();
  let result: GraphQLResponse;
  try {
    result = JSON.parse(text) as GraphQLResponse;
  } catch {
    throw new Error(`status ${response.status}, not JSON: ${text.slice(0, 300)}`);
  }
  return { status: response.status, result };
}

const codes = (result: GraphQLResponse) => (result.errors ?? []).map((e) => e.extensions?.code as string);

/** The list fields a chain may walk through, by type: field name and the type it leads to. */
const LIST_STEPS: Record<string, [string, string][]> = {
  Organization: [['locations', 'Location'], ['robots', 'Robot']],
  Location: [['robots', 'Robot'], ['organization', 'Organization']],
  Robot: [['parts', 'RobotPart'], ['location', 'Location']],
  RobotPart: [['robot', 'Robot'], ['location', 'Location']],
};

interface Chain {
  document: string;
  /** How many copies of the innermost selection the document asks for, fragments expanded. */
  copies: number;
}

/**
 * `query { organizations { ...F0 } }` where each fragment Fi walks one edge and spreads F(i+1)
 * `fanOut` times, sometimes under aliases (real work) and sometimes bare (merged by execution,
 * but still priced); the last one selects a few scalars.
 */
function fragmentChain(rng: Rng): Chain {
  const length = rng.int(2, 12);
  const fragments: string[] = [];
  let type = 'Organization';
  let copies = 1;
  for (let i = 0; i < length; i++) {
    const [field, next] = rng.pick(LIST_STEPS[type]!);
    const fanOut = rng.int(2, 4);
    const aliased = rng.chance(0.25);
    copies *= fanOut;
    const spreads = Array.from({ length: fanOut }, (_, k) => (aliased ? `a${k}: ${field} { ...F${i + 1} }` : `${field} { ...F${i + 1} }`));
    fragments.push(`fragment F${i} on ${type} { id ${spreads.join(' ')} }`);
    type = next;
  }
  fragments.push(`fragment F${length} on ${type} { id ${type === 'Organization' ? '' : 'name'} }`);
  return { document: `query { organizations { ...F0 } } ${fragments.join(' ')}`, copies };
}

/**
 * JSON nested `depth` levels as text, objects or arrays at random; `literal` writes it as a GraphQL
 * literal (object keys are names). Built as text: JSON.stringify itself overflows at such depths.
 */
function nestedJsonText(rng: Rng, depth: number, literal: boolean): string {
  const opening: string[] = [];
  const closing: string[] = [];
  for (let i = 0; i < depth; i++) {
    const object = rng.chance(0.5);
    opening.push(object ? (literal ? `{k${i % 7}:` : `{"k${i % 7}":`) : '[');
    closing.push(object ? '}' : ']');
  }
  return `${opening.join('')}${rng.pick(['1', '"x"', 'true', 'null'])}${closing.reverse().join('')}`;
}

const UPDATE_PART = 'mutation($id: ID!, $config: JSON!) { updateRobotPart(id: $id, name: "attack-bot-arm", config: $config) { id } }';

describe('the shapes that broke things before', () => {
  it('fragment chains are priced in full: refused before any upstream call, or run within the call budget', { timeout: 120_000 }, async () => {
    const rng = new Rng(SEED);
    const outcomes = new Map<string, number>();
    for (let i = 0; i < 150; i++) {
      const chain = fragmentChain(rng);
      t.fleet.server.calls.reset();
      const { status, result } = await post(JSON.stringify({ query: chain.document }), owner);
      const made = appCalls();
      const code = codes(result)[0] ?? 'data';
      outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
      const context = `${chain.copies} copies, status ${status}, ${code}, ${made} calls: ${chain.document.slice(0, 300)}`;
      expect(status, context).toBeLessThan(500);
      expect(codes(result), context).not.toContain('INTERNAL_SERVER_ERROR');
      expect(codes(result), context).not.toContain('COST_ESTIMATE_FAILED');
      expect(made, context).toBeLessThanOrEqual(CALL_BUDGET);
      // Twice the cost limit in copies of the innermost selection alone can never be let through.
      if (chain.copies > 2 * DEFAULT_OPERATION_LIMITS.maxCost) {
        expect(status, context).toBe(400);
        expect(made, context).toBe(0);
      }
    }
    console.log(`fragment chains (seed ${SEED}): ${JSON.stringify(Object.fromEntries(outcomes))}`);
    // The run must have exercised both sides: chains refused by price and chains that ran.
    expect(outcomes.get('COST_LIMIT_EXCEEDED') ?? 0).toBeGreaterThan(0);
    expect([...outcomes.keys()].some((code) => code === 'data' || code === 'UPSTREAM_CALL_BUDGET_EXCEEDED')).toBe(true);
  });

  it('deeply nested JSON, as variables or literals, is a clear refusal and stores nothing', { timeout: 120_000 }, async () => {
    const rng = new Rng(SEED + 1);
    const before = storedConfig();
    for (let i = 0; i < 60; i++) {
      const asVariable = rng.chance(0.5);
      // Variables go deep (100k levels); literals are bounded by the token limit anyway.
      const depth = asVariable ? rng.pick([33, 65, 500, 5_000, 100_000]) : rng.int(33, 1_200);
      const value = nestedJsonText(rng, depth, !asVariable);
      const body = asVariable
        ? `{"query":${JSON.stringify(UPDATE_PART)},"variables":{"id":${JSON.stringify(partId)},"config":${value}}}`
        : JSON.stringify({ query: `mutation($id: ID!) { updateRobotPart(id: $id, name: "attack-bot-arm", config: ${value}) { id } }`, variables: { id: partId } });
      const { status, result } = await post(body, owner);
      const context = `${asVariable ? 'variable' : 'literal'} of depth ${depth}: status ${status}, ${JSON.stringify(result.errors?.[0] ?? null).slice(0, 200)}`;
      expect(status, context).toBeLessThan(500);
      expect(result.data?.updateRobotPart ?? null, context).toBeNull();
      expect(['BAD_USER_INPUT', 'VARIABLES_TOO_DEEP', 'VARIABLES_TOO_LARGE', 'DEPTH_LIMIT_EXCEEDED', 'TOKEN_LIMIT_EXCEEDED'], context).toContain(codes(result)[0]);
    }
    expect(storedConfig()).toBe(before);
  });

  it('uploads without credentials or with made-up keys get 401 and no upstream call', { timeout: 60_000 }, async () => {
    const rng = new Rng(SEED + 2);
    t.fleet.server.calls.reset();
    for (let i = 0; i < 30; i++) {
      const headers: Record<string, string> = rng.chance(0.5) ? {} : apiKeyHeaders({ id: crypto.randomUUID(), key: `made-up-${rng.int(0, 1e9)}` });
      const form = new FormData();
      form.set('operations', JSON.stringify({ query: 'mutation($file: File!) { uploadModuleFile(moduleId: "demo:x", version: "1.0.0", platform: "linux/amd64", file: $file) { id } }', variables: { file: null } }));
      form.set('map', JSON.stringify({ 0: ['variables.file'] }));
      form.set('0', new Blob([new Uint8Array(rng.int(0, 2 * 1024 * 1024))]), 'module.tar.gz');
      const response = await fetch(t.gateway.url, { method: 'POST', headers: { ...headers, 'x-graphql-yoga-csrf': '1' }, body: form });
      const result = (await response.json()) as GraphQLResponse;
      expect(response.status, JSON.stringify(result)).toBe(401);
      expect(codes(result)[0]).toBe('UNAUTHENTICATED');
    }
    expect(t.fleet.server.calls.snapshot().UploadModuleFile ?? 0).toBe(0);
    expect(appCalls()).toBe(0);
  });

  it('a JSON variable named many times in a literal is measured with every use: refused past the limit before any upstream call', { timeout: 120_000 }, async () => {
    const rng = new Rng(SEED + 3);
    const before = storedConfig();
    const outcomes = { refused: 0, saved: 0 };
    for (let i = 0; i < 30; i++) {
      const size = rng.pick([10, 1_000, 20_000, 100_000, 300_000]);
      const uses = rng.int(1, 1_500);
      // References spread over nested lists and objects, at random (few enough nested ones to stay within the token limit).
      const items = Array.from({ length: uses }, (_, k) => (k < 150 && rng.chance(0.3) ? `{ k${k % 5}: [$v] }` : '$v'));
      const literal = `{ a: [${items.join(', ')}], b: { c: $v } }`;
      const query = `mutation($id: ID!, $v: JSON) { updateRobotPart(id: $id, name: "attack-bot-arm", config: ${literal}) { id } }`;
      t.fleet.server.calls.reset();
      const { status, result } = await post(JSON.stringify({ query, variables: { id: partId, v: 'v'.repeat(size) } }), owner);
      const expanded = (uses + 1) * (size + 2);
      const context = `${uses + 1} uses of ${size} bytes: status ${status}, ${JSON.stringify(result.errors?.[0] ?? null).slice(0, 200)}`;
      expect(status, context).toBeLessThan(500);
      if (expanded > MAX_JSON_ARGUMENT_BYTES) {
        expect(codes(result)[0], context).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0]?.extensions?.limit, context).toBe(MAX_JSON_ARGUMENT_BYTES);
        expect(t.fleet.server.calls.count('UpdateRobotPart'), context).toBe(0);
        outcomes.refused += 1;
      } else if (expanded < MAX_JSON_ARGUMENT_BYTES / 2) {
        expect(result.errors, context).toBeUndefined();
        outcomes.saved += 1;
      }
    }
    expect(outcomes.refused).toBeGreaterThan(0);
    expect(outcomes.saved).toBeGreaterThan(0);
    // Restore the config the other shapes compare against.
    await post(JSON.stringify({ query: UPDATE_PART, variables: { id: partId, config: JSON.parse(before) } }), owner);
  });

  it('aliased big fields over large log entries: RESPONSE_TOO_LARGE past the response limit, the data below it', { timeout: 180_000 }, async () => {
    const rng = new Rng(SEED + 4);
    const robot = await t.fleet.robotAs(partId, firstSecret(t.fleet.server.db, partId));
    const message = 'm'.repeat(LOG_ENTRY_LIMITS.messageBytes - 512);
    for (let sent = 0; sent < 300; sent += 100) await robot.call('Log', { id: partId, logs: Array.from({ length: 100 }, () => ({ level: 'info', message })) });
    const limit = DEFAULT_OPERATION_LIMITS.maxResponseBytes;
    const outcomes = { refused: 0, answered: 0 };
    for (let i = 0; i < 16; i++) {
      const first = rng.pick([10, 50, 100, 300, 1000]);
      const aliases = rng.int(1, 29);
      const withEdges = rng.chance(0.5);
      // What one copy of the messages weighs: a plain page of the same size.
      const plain = await post(JSON.stringify({ query: `query($id: ID!) { robotPart(id: $id) { logs(first: ${first}) { nodes { message } } } }`, variables: { id: partId } }), owner);
      const oneCopy = (plain.result.data?.robotPart.logs.nodes as { message: string }[]).reduce((sum, node) => sum + node.message.length, 0);
      const copies = aliases + 1 + (withEdges ? 1 : 0);
      const aliased = Array.from({ length: aliases }, (_, k) => `a${k}: message`).join(' ');
      const query = `query($id: ID!) { robotPart(id: $id) { logs(first: ${first}) { nodes { message ${aliased} } ${withEdges ? 'edges { node { message } }' : ''} } } }`;
      const { status, result } = await post(JSON.stringify({ query, variables: { id: partId } }), owner);
      const context = `first ${first}, ${copies} copies of ${oneCopy} bytes: status ${status}, ${JSON.stringify(result.errors?.[0] ?? null).slice(0, 200)}`;
      if (oneCopy * copies > limit) {
        expect(status, context).toBe(400);
        expect(result.data, context).toBeUndefined();
        expect(result.errors?.[0]?.extensions, context).toMatchObject({ code: 'RESPONSE_TOO_LARGE', limit });
        outcomes.refused += 1;
      } else if (oneCopy * copies < limit * 0.9) {
        expect(result.errors, context).toBeUndefined();
        outcomes.answered += 1;
      }
    }
    expect(outcomes.refused).toBeGreaterThan(0);
    expect(outcomes.answered).toBeGreaterThan(0);
  });
});
