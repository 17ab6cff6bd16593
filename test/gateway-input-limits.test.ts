/**
 * Input limits of the embedded fleet server as a GraphQL client sees them: deep JSON, logs stored
 * before the entry limits, and another organization's private fragment in a part config.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, errorCode, type TestGateway } from './support/gateway.ts';
import { ownedOrganization } from './support/fleet.ts';
import { UNKNOWN_ID, nestedJson } from './support/fixtures.ts';
import { insertLogEntries } from '../src/fleet-server/log-store.ts';
import { insertFragment } from '../src/fleet-server/fragments.ts';
import { LOG_ENTRY_LIMITS } from '../src/fleet-server/log-limits.ts';
import { MAX_JSON_DEPTH, type JsonObject } from '../src/wire/struct.ts';

let t: TestGateway;
let partId: string;
beforeAll(async () => {
  t = await startTestGateway();
  partId = (t.fleet.server.db.prepare('SELECT id FROM robot_parts ORDER BY created_on, id LIMIT 1').get() as { id: string }).id;
});
afterAll(() => t.close());

const UPDATE = 'mutation($id: ID!, $name: String!, $config: JSON!) { updateRobotPart(id: $id, name: $name, config: $config) { id } }';
const currentName = () => (t.fleet.server.db.prepare('SELECT name FROM robot_parts WHERE id = ?').get(partId) as { name: string }).name;

describe('JSON nested past the limit', () => {
  it('is BAD_USER_INPUT naming the limit, as a variable or a literal, and nothing is stored', async () => {
    const before = t.fleet.server.db.prepare('SELECT robot_config FROM robot_parts WHERE id = ?').get(partId);
    for (const depth of [MAX_JSON_DEPTH + 1, 60]) {
      const result = await t.gql(UPDATE, { id: partId, name: currentName(), config: nestedJson(depth) });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0]!.message).toContain(`limit of ${MAX_JSON_DEPTH} levels`);
    }
    // Deeper still, the gateway's variables limit refuses it before the JSON scalar sees it.
    expect(errorCode(await t.gql(UPDATE, { id: partId, name: currentName(), config: nestedJson(1000) }))).toBe('VARIABLES_TOO_DEEP');
    const literal = `${'{n: '.repeat(MAX_JSON_DEPTH + 1)}1${'}'.repeat(MAX_JSON_DEPTH + 1)}`;
    const result = await t.gql(`mutation($id: ID!, $name: String!) { updateRobotPart(id: $id, name: $name, config: ${literal}) { id } }`, { id: partId, name: currentName() });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(t.fleet.server.db.prepare('SELECT robot_config FROM robot_parts WHERE id = ?').get(partId)).toEqual(before);
    await t.ok(UPDATE, { id: partId, name: currentName(), config: nestedJson(MAX_JSON_DEPTH) });
  });
});

describe('logs stored before the entry limits', () => {
  it('still read as pages, each entry cut', async () => {
    const mib = 'm'.repeat(1024 * 1024);
    // 40 MiB of entries: more than one gRPC message may carry.
    insertLogEntries(
      t.fleet.server.db,
      partId,
      Array.from({ length: 40 }, (_, i) => ({ time_ms: Date.now(), time_nanos: 0, level: 'info', logger_name: '', message: `${i} ${mib}`, host: '', caller: null, stack: '', fields: '[]' })),
    );
    const data = await t.ok('query($id: ID!) { robotPart(id: $id) { logs(first: 100) { nodes { message } } } }', { id: partId });
    const { nodes } = data.robotPart.logs;
    expect(nodes.map((n: { message: string }) => n.message.split(' ')[0]).slice(0, 40)).toEqual(Array.from({ length: 40 }, (_, i) => String(39 - i)));
    for (const { message } of nodes.slice(0, 40)) {
      expect(Buffer.byteLength(message)).toBe(LOG_ENTRY_LIMITS.messageBytes);
      expect(message).toMatch(/^\d+ m+ …\[truncated by the fleet server\]$/);
    }
  });
});

describe("another organization's private fragment", () => {
  it('cannot be put in a part config: BAD_USER_INPUT "not found", the same answer as an id that names nothing', async () => {
    const { orgId } = ownedOrganization(t.fleet.server.db, 'Fragment Owner');
    const foreign = insertFragment(t.fleet.server.db, orgId, 'private one', {});
    for (const id of [foreign, UNKNOWN_ID]) {
      const result = await t.gql(UPDATE, { id: partId, name: currentName(), config: { fragments: [id] } });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0]!.message).toBe(`robot_config.fragments[0]: fragment ${id} not found`);
    }
  });
});
