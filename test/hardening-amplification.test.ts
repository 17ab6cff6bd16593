/**
 * Requests that stay within every per-request limit but make the gateway build something huge
 * (second hostile review): a JSON variable named many times in a JSON literal (F1), an aliased
 * big field over a page of large log entries (F2), and a multipart upload whose file lands in a
 * variable that is not a File (F4). Each is refused with a code naming what was refused, and an
 * honest request of the same shape still runs.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiKeyHeaders, startTestGateway, type TestGateway } from './support/gateway.ts';
import { keyWithRole, robotWithClient } from './support/fleet.ts';
import { codeOf, postJson } from './support/http.ts';
import { wsClient } from './support/live-logs.ts';
import { storedPart } from './support/graph.ts';
import { insertLocation } from '../src/fleet-server/locations.ts';
import { LOG_ENTRY_LIMITS, MAX_ENTRIES_PER_LOG_CALL } from '../src/fleet-server/log-limits.ts';
import { DEFAULT_OPERATION_LIMITS } from '../src/gateway/limits.ts';
import { MAX_JSON_ARGUMENT_BYTES } from '../src/wire/struct.ts';

vi.setConfig({ testTimeout: 60_000 });

let t: TestGateway;
let operator: Record<string, string>;
let owner: Record<string, string>;
let partId: string;

beforeAll(async () => {
  t = await startTestGateway();
  const db = t.fleet.server.db;
  operator = apiKeyHeaders(keyWithRole(db, t.fleet.orgId, 'organization_operator', t.fleet.orgId, 'amplifying operator'));
  owner = apiKeyHeaders(keyWithRole(db, t.fleet.orgId, 'organization_owner', t.fleet.orgId, 'amplifying owner'));
  const location = insertLocation(db, t.fleet.orgId, 'Amplifier Yard', null);
  const robot = await robotWithClient(t.fleet, location.id, 'amplifier-bot');
  partId = robot.partId;
  // A robot fills its part's logs with entries at the message size limit (what F2 needs).
  const entry = { level: 'info', message: 'm'.repeat(LOG_ENTRY_LIMITS.messageBytes - 1024) };
  for (let sent = 0; sent < 400; sent += 100) await robot.robot.call('Log', { id: partId, logs: Array.from({ length: Math.min(100, MAX_ENTRIES_PER_LOG_CALL) }, () => entry) });
});
afterAll(() => t?.close());

/** `updateRobotPart` with `config: { a: [$v, $v, ...] }`: the variable named `uses` times. */
const configRepeating = (uses: number) =>
  `mutation($id: ID!, $v: JSON) { updateRobotPart(id: $id, name: "amplified", config: { a: [${Array(uses).fill('$v').join(', ')}] }) { id name } }`;

describe('F1: a JSON literal is measured with its variables put in', () => {
  it('a variable repeated in a config literal past the JSON argument limit is BAD_USER_INPUT naming the limit, before any upstream call', async () => {
    const before = storedPart(t.fleet.server.db, partId);
    t.fleet.server.calls.reset();
    // 100 KB used 1,600 times: 160 MB of config from a 100 KB request, within the variables, token and cost limits.
    for (const headers of [operator, owner]) {
      const result = await postJson(t.gateway.url, configRepeating(1600), { variables: { id: partId, v: 'x'.repeat(100_000) }, headers });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.body.errors?.[0]?.extensions?.limit).toBe(MAX_JSON_ARGUMENT_BYTES);
      expect(result.body.errors?.[0]?.message).toContain(`${MAX_JSON_ARGUMENT_BYTES} bytes`);
    }
    expect(t.fleet.server.calls.count('UpdateRobotPart')).toBe(0);
    expect(storedPart(t.fleet.server.db, partId)).toEqual(before);
  });

  it('nested references count too, and a config within the limit still saves', async () => {
    const nested = `mutation($id: ID!, $v: JSON, $w: JSON) { updateRobotPart(id: $id, name: "nested", config: { a: { b: [$v, { c: [$w, $w, $w] }] } }) { id config } }`;
    const refused = await postJson(t.gateway.url, nested, { variables: { id: partId, v: 'v', w: ['y'.repeat(200_000)] }, headers: owner });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    const saved = await t.ok(nested, { id: partId, v: 'v', w: ['y'.repeat(100)] }, owner);
    expect(saved.updateRobotPart.config).toEqual({ a: { b: ['v', { c: [['y'.repeat(100)], ['y'.repeat(100)], ['y'.repeat(100)]] }] } });
  });
});

/** F2's query: 28 aliases of a log message, plus the same messages through edges. */
const ALIASED_LOGS = `query($id: ID!) { robotPart(id: $id) { logs(first: 1000) { nodes { message ${Array.from({ length: 28 }, (_, i) => `a${i}: message`).join(' ')} } edges { node { message } } } } }`;

describe('F2: the response size is bounded, whatever the cost', () => {
  it('aliasing a big field over a page of large log entries is RESPONSE_TOO_LARGE with the limit, no data, and a normal query still works', async () => {
    const result = await postJson(t.gateway.url, ALIASED_LOGS, { variables: { id: partId }, headers: operator });
    expect(result.status).toBe(400);
    expect(result.body.data).toBeUndefined();
    expect(result.body.errors).toHaveLength(1);
    expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: 'RESPONSE_TOO_LARGE', limit: DEFAULT_OPERATION_LIMITS.maxResponseBytes });
    const page = await t.ok<{ robotPart: { logs: { nodes: { message: string }[] } } }>(
      'query($id: ID!) { robotPart(id: $id) { logs(first: 3) { nodes { message } } } }',
      { id: partId },
      operator,
    );
    expect(page.robotPart.logs.nodes).toHaveLength(3);
  });

  it('over graphql-ws the same query gets RESPONSE_TOO_LARGE without an HTTP status', async () => {
    const ws = wsClient(t.gateway.url, operator);
    try {
      const result = await ws.query(ALIASED_LOGS, { id: partId });
      expect(result.data ?? undefined).toBeUndefined();
      expect(result.errors?.[0]?.extensions?.code).toBe('RESPONSE_TOO_LARGE');
      expect(result.errors?.[0]?.extensions?.http).toBeUndefined();
    } finally {
      await ws.dispose();
    }
  });
});

/** A multipart upload (graphql-multipart-request-spec) of a small file mapped to `path`. */
async function upload(query: string, variables: Record<string, unknown>, path: string): Promise<{ status: number; text: string }> {
  const form = new FormData();
  form.set('operations', JSON.stringify({ query, variables }));
  form.set('map', JSON.stringify({ 0: [path] }));
  form.set('0', new Blob([new Uint8Array(1024)]), 'module.tar.gz');
  const response = await fetch(t.gateway.url, { method: 'POST', headers: owner, body: form });
  return { status: response.status, text: await response.text() };
}

describe('F4: an uploaded file goes only into a File variable', () => {
  it('a file mapped to a JSON variable is 400 BAD_REQUEST naming the variable, before execution', async () => {
    const before = storedPart(t.fleet.server.db, partId);
    t.fleet.server.calls.reset();
    const { status, text } = await upload('mutation($id: ID!, $c: JSON!) { updateRobotPart(id: $id, name: "x", config: $c) { id } }', { id: partId, c: null }, 'variables.c');
    expect(status, text).toBe(400);
    const body = JSON.parse(text);
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0].message).toContain('$c');
    expect(body.errors[0].message).toContain('JSON');
    expect(t.fleet.server.calls.count('UpdateRobotPart')).toBe(0);
    expect(storedPart(t.fleet.server.db, partId)).toEqual(before);
  });

  it('a file mapped to an ID variable is refused the same way, and nothing of the stream is shown', async () => {
    const query = 'mutation($module: ID!, $file: File!) { uploadModuleFile(moduleId: $module, version: "1.0.0", platform: "linux/amd64", file: $file) { id } }';
    const { status, text } = await upload(query, { module: null, file: null }, 'variables.module');
    expect(status).toBe(400);
    expect(JSON.parse(text).errors[0]).toMatchObject({ extensions: { code: 'BAD_REQUEST' }, message: expect.stringContaining('$module') });
    expect(text).not.toMatch(/_readableState|_events/);
  });

  it('variables that do not fit their type are BAD_USER_INPUT', async () => {
    const result = await postJson(t.gateway.url, 'query($id: ID!) { robotPart(id: $id) { id } }', { variables: { id: { not: 'an id' } }, headers: operator });
    expect(result.body.errors?.[0]?.message).toMatch(/^Variable "\$id" got invalid value/);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
  });
});
