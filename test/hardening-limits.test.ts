/**
 * Operation limits: each one refuses an operation with an error naming it, before any upstream
 * call (the fleet server sees nothing, not even the key exchange), over HTTP and graphql-ws, and
 * fragments (named, inline, nested, spread many times, recursive) and introspection do not get
 * around them. The defaults let the queries our own clients send through.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getIntrospectionQuery } from 'graphql';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import { startGateway, type Gateway } from '../src/gateway/server.ts';
import { parseUpstreamUrl } from '../src/upstream/target.ts';
import { DEFAULT_OPERATION_LIMITS, type OperationLimits } from '../src/gateway/limits.ts';
import { FLEET_TREE_QUERY } from '../src/gateway/graphiql.ts';
import { codeOf, postJson, type HttpResult } from './support/http.ts';
import { wsClient } from './support/live-logs.ts';
import { idByName } from './support/graph.ts';

const LIMITS: OperationLimits = {
  maxDepth: 6,
  maxAliases: 4,
  maxTokens: 400,
  maxDirectives: 4,
  maxCost: 2_000,
  assumedListSize: 10,
  maxVariablesBytes: 2_048,
  maxVariablesDepth: 8,
  maxUpstreamCalls: 40,
  maxResponseBytes: DEFAULT_OPERATION_LIMITS.maxResponseBytes,
};

/** What GraphiQL asks for on load, with every option graphql 16 knows (the largest variant). */
const GRAPHIQL_INTROSPECTION = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});

let t: TestGateway;
/** A second gateway on the same fleet server, with the default limits. */
let defaults: Gateway;
let partId: string;

beforeAll(async () => {
  t = await startTestGateway({ gateway: { limits: LIMITS } });
  defaults = await startGateway({ upstream: parseUpstreamUrl(`http://${t.fleet.address}`), port: 0 });
  partId = idByName(t.fleet.server.db, 'robot_parts', 'rover-1-main');
});
afterAll(async () => {
  await defaults?.close();
  await t?.close();
});
afterEach(() => t.fleet.server.calls.reset());

const post = (query: string, variables?: Record<string, unknown>) => postJson(t.gateway.url, query, { variables, headers: t.demoHeaders });

/**
 * Asserts the refusal: HTTP 400, the code first, a message naming the limit, no data, and no
 * upstream call at all. (graphql's own validation may add errors after ours.)
 */
function expectRefused(result: HttpResult, code: string, named: RegExp): void {
  expect(codeOf(result), JSON.stringify(result.body)).toBe(code);
  expect(result.body.errors![0]!.message).toMatch(named);
  expect(result.body.data ?? null).toBeNull();
  expect(result.status).toBe(400);
  expect(t.fleet.server.calls.snapshot()).toEqual({});
}

describe('the defaults let our own clients through', () => {
  it('GraphiQL\'s default fleet tree query, and its full introspection query', async () => {
    for (const query of [FLEET_TREE_QUERY, GRAPHIQL_INTROSPECTION]) {
      const result = await postJson(defaults.url, query, { headers: t.demoHeaders });
      expect(result.body.errors, query.slice(0, 40)).toBeUndefined();
      expect(result.status).toBe(200);
    }
  });

  it('are the documented ones', () => {
    expect(DEFAULT_OPERATION_LIMITS).toEqual({
      maxDepth: 15,
      maxAliases: 30,
      maxTokens: 5000,
      maxDirectives: 30,
      maxCost: 100_000,
      assumedListSize: 10,
      maxVariablesBytes: 512 * 1024,
      maxVariablesDepth: 64,
      maxUpstreamCalls: 5000,
      maxResponseBytes: 16 * 1024 * 1024,
    });
  });
});

describe('depth', () => {
  const DEPTH = /depth limit of 6 exceeded, found (7|8|9|\d\d)/i;

  it('refuses a query nested deeper than the limit', async () => {
    expectRefused(await post('{ organizations { locations { robots { parts { robot { location { name } } } } } } }'), 'DEPTH_LIMIT_EXCEEDED', DEPTH);
  });

  it('counts through nested named fragments', async () => {
    const query = `
      query { organizations { ...Org } }
      fragment Org on Organization { locations { ...Loc } }
      fragment Loc on Location { robots { ...Bot } }
      fragment Bot on Robot { parts { robot { location { name } } } }`;
    expectRefused(await post(query), 'DEPTH_LIMIT_EXCEEDED', DEPTH);
  });

  it('counts through inline fragments', async () => {
    const query = '{ organizations { ... on Organization { locations { ... { robots { ... on Robot { parts { robot { location { name } } } } } } } } } }';
    expectRefused(await post(query), 'DEPTH_LIMIT_EXCEEDED', DEPTH);
  });

  it('counts introspection: __schema and __type are not exempt', async () => {
    expectRefused(await post('{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }'), 'DEPTH_LIMIT_EXCEEDED', DEPTH);
    expectRefused(await post('{ __type(name: "Robot") { fields { type { fields { type { fields { type { name } } } } } } } }'), 'DEPTH_LIMIT_EXCEEDED', DEPTH);
  });

  it('lets a query at the limit through', async () => {
    const result = await post('query($id: ID!) { robotPart(id: $id) { robot { location { parent { organization { name } } } } } }', { id: partId });
    expect(result.body.errors).toBeUndefined();
  });
});

describe('aliases', () => {
  const ALIASES = /aliases limit of 4 exceeded, found \d+/i;

  it('refuses more aliases than the limit', async () => {
    expectRefused(await post('{ a: organizations { id } b: organizations { id } c: organizations { id } d: organizations { id } e: organizations { id } }'), 'ALIAS_LIMIT_EXCEEDED', ALIASES);
  });

  it('counts a fragment\'s aliases every time it is spread', async () => {
    const query = `
      query { ...Two organizations { ...Two } x: organizations { ...Two } }
      fragment Two on Query { a: organizations { id } b: organizations { id } }`;
    // Invalid anyway (Two is spread on Organization), but the alias limit is reported.
    const result = await post(query);
    expect(result.body.errors?.map((e) => e.extensions?.code)).toContain('ALIAS_LIMIT_EXCEEDED');
    expect(t.fleet.server.calls.snapshot()).toEqual({});
    const valid = `
      query { ...Two ... on Query { ...Two } y: __typename }
      fragment Two on Query { a: organizations { id } b: organizations { id } }`;
    expectRefused(await post(valid), 'ALIAS_LIMIT_EXCEEDED', ALIASES);
  });

  it('counts aliased introspection and __typename', async () => {
    expectRefused(await post('{ a: __schema { queryType { name } } b: __schema { queryType { name } } c: __typename d: __typename e: __typename }'), 'ALIAS_LIMIT_EXCEEDED', ALIASES);
  });
});

describe('directives', () => {
  const DIRECTIVES = /directives limit of 4 exceeded, found \d+/i;

  it('refuses more directives than the limit', async () => {
    expectRefused(
      await post('{ organizations @include(if: true) { id @include(if: true) name @skip(if: false) publicNamespace @include(if: true) createdOn @include(if: true) } }'),
      'DIRECTIVE_LIMIT_EXCEEDED',
      DIRECTIVES,
    );
  });

  it('counts a fragment\'s directives every time it is spread, and on introspection fields', async () => {
    const query = `
      query { organizations { ...F ...F @include(if: true) } __schema @skip(if: false) { queryType { name } } }
      fragment F on Organization { id @include(if: true) name @include(if: true) }`;
    expectRefused(await post(query), 'DIRECTIVE_LIMIT_EXCEEDED', DIRECTIVES);
  });
});

describe('tokens', () => {
  it('refuses a document with more tokens than the limit, wherever they are', async () => {
    expectRefused(await post(`{ ${'organizations { id } '.repeat(100)}}`), 'TOKEN_LIMIT_EXCEEDED', /token limit of 400 exceeded/i);
    const inFragment = `query { organizations { ...F } } fragment F on Organization { ${'id '.repeat(400)} }`;
    expectRefused(await post(inFragment), 'TOKEN_LIMIT_EXCEEDED', /token limit of 400 exceeded/i);
  });

  it('counts introspection documents the same', async () => {
    expectRefused(await post(`{ __schema { ${'types { name } '.repeat(100)}} }`), 'TOKEN_LIMIT_EXCEEDED', /token limit of 400 exceeded/i);
  });
});

describe('cost', () => {
  const COST = /cost limit of 2000 exceeded: this operation costs \d+/i;
  const LOGS = 'query Logs($id: ID!, $n: Int) { robotPart(id: $id) { logs(first: $n) { nodes { message time level } } } }';

  it('prices a list by its page size, literal or default', async () => {
    expectRefused(await post('query($id: ID!) { robotPart(id: $id) { logs(first: 1000) { nodes { message } } } }', { id: partId }), 'COST_LIMIT_EXCEEDED', COST);
    // Per entry: 15 (fields is a list of 10) + 13; `first` left out means its default, 100 entries: 2801.
    const selection = 'nodes { fields message time level } edges { node { fields } }';
    expectRefused(await post(`query($id: ID!) { robotPart(id: $id) { logs { ${selection} } } }`, { id: partId }), 'COST_LIMIT_EXCEEDED', /costs 2802/);
    const small = await post(`query($id: ID!) { robotPart(id: $id) { logs(first: 5) { ${selection} } } }`, { id: partId });
    expect(small.body.errors).toBeUndefined();
  });

  it('prices a page size passed as a variable with its value each time, although validation is cached', async () => {
    const small = await post(LOGS, { id: partId, n: 5 });
    expect(small.body.errors).toBeUndefined();
    t.fleet.server.calls.reset();
    // Same document (parsed and validated from cache): only the variable grows.
    expectRefused(await post(LOGS, { id: partId, n: 1000 }), 'COST_LIMIT_EXCEEDED', COST);
    const again = await post(LOGS, { id: partId, n: 5 });
    expect(again.body.errors).toBeUndefined();
  });

  it('prices an @include condition passed as a variable with its value each time', async () => {
    const maybeTree = 'query($tree: Boolean!) { organizations { id robots @include(if: $tree) { parts { logs(first: 10) { nodes { message } } } } } }';
    expect((await post(maybeTree, { tree: false })).body.errors).toBeUndefined();
    t.fleet.server.calls.reset();
    expectRefused(await post(maybeTree, { tree: true }), 'COST_LIMIT_EXCEEDED', COST);
    expect((await post(maybeTree, { tree: false })).body.errors).toBeUndefined();
  });

  it('tells an absent page size variable (its default) from one sent as null', async () => {
    const withDefault = 'query($id: ID!, $n: Int = 1000) { robotPart(id: $id) { logs(first: $n) { nodes { message } } } }';
    expectRefused(await post(withDefault, { id: partId }), 'COST_LIMIT_EXCEEDED', COST);
    // null: the field's own default page size (100), which is affordable.
    expect((await post(withDefault, { id: partId, n: null })).body.errors).toBeUndefined();
    t.fleet.server.calls.reset();
    expectRefused(await post(withDefault, { id: partId }), 'COST_LIMIT_EXCEEDED', COST);
  });

  it('multiplies nested lists, counts fragments in full, and prices introspection', async () => {
    expectRefused(await post('{ organizations { robots { parts { logs(first: 10) { nodes { message } } } } } }'), 'COST_LIMIT_EXCEEDED', COST);
    const viaFragments = `
      query { organizations { ...L } }
      fragment L on Organization { robots { ...P } }
      fragment P on Robot { parts { logs(first: 10) { nodes { message } } } }`;
    expectRefused(await post(viaFragments), 'COST_LIMIT_EXCEEDED', COST);
    expectRefused(await post('{ __schema { types { fields { args { name } } interfaces { fields { name } } } } }'), 'COST_LIMIT_EXCEEDED', COST);
  });
});

describe('recursive fragments', () => {
  it('refuses a fragment cycle as invalid without an upstream call, and keeps serving', async () => {
    const cycle = `
      query { robot(id: "x") { ...A } }
      fragment A on Robot { location { robots { ...B } } }
      fragment B on Robot { location { robots { ...A } } }`;
    const result = await post(cycle);
    expect(result.status).toBe(400);
    expect(result.body.errors?.some((e) => /Cannot spread fragment "A" within itself/.test(e.message))).toBe(true);
    expect(t.fleet.server.calls.snapshot()).toEqual({});
    const self = await post('query { robot(id: "x") { ...S } } fragment S on Robot { ...S }');
    expect(self.status).toBe(400);
    expect((await post('{ organizations { name } }')).body.data.organizations[0].name).toBe('Demo Fleet');
  });
});

describe('variables', () => {
  it('refuses variables bigger than the limit, before parsing the document', async () => {
    const result = await post('query($filter: String) { organizations { id } }', { filter: 'x'.repeat(4096) });
    expectRefused(result, 'VARIABLES_TOO_LARGE', /variables limit of 2048 bytes exceeded/i);
  });
});

describe('over graphql-ws', () => {
  it('applies the same limits to websocket operations', async () => {
    const ws = wsClient(t.gateway.url, t.demoHeaders, { lazy: false });
    try {
      // Connecting checks the key upstream once; what counts is what the operations do.
      await ws.query('{ __typename }');
      t.fleet.server.calls.reset();
      const deep = await ws.query('{ organizations { locations { robots { parts { robot { location { name } } } } } } }');
      expect(deep.errors?.[0]?.extensions?.code).toBe('DEPTH_LIMIT_EXCEEDED');
      const costly = await ws.query('query($id: ID!) { robotPart(id: $id) { logs(first: 1000) { nodes { message } } } }', { id: partId });
      expect(costly.errors?.[0]?.extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', limit: 2000 });
      // The HTTP status is for HTTP only.
      expect(costly.errors?.[0]?.extensions?.http).toBeUndefined();
      const tokens = await ws.query(`{ ${'organizations { id } '.repeat(100)}}`);
      expect(tokens.errors?.[0]?.extensions?.code).toBe('TOKEN_LIMIT_EXCEEDED');
      const variables = await ws.query('query($filter: String) { organizations { id } }', { filter: 'x'.repeat(4096) });
      expect(variables.errors?.[0]?.extensions?.code).toBe('VARIABLES_TOO_LARGE');
      expect(t.fleet.server.calls.snapshot()).toEqual({});
    } finally {
      await ws.dispose();
    }
  });
});
