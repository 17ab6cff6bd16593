/**
 * Issue 13 rows through GraphQL, each effect checked upstream over gRPC: metadata on
 * organizations, locations, robots and parts; robotPartByName; the GetRobotPartLogs arguments
 * (start, end, source, userFacingOnly); lastKnownUpdate on updateRobotPart and updateFragment.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeyHeaders, errorCode, startTestGateway, type TestGateway } from './support/gateway.ts';
import { idByName, mainPartId } from './support/graph.ts';
import { keyWithRole } from './support/fleet.ts';
import { UNKNOWN_ID } from './support/fixtures.ts';
import { insertRobot } from '../src/fleet-server/robots.ts';
import { insertLogEntries } from '../src/fleet-server/log-store.ts';
import { insertFragment } from '../src/fleet-server/fragments.ts';
import { MAX_METADATA_BYTES } from '../src/fleet-server/metadata.ts';
import { fromStruct, type JsonObject } from '../src/wire/struct.ts';

let t: TestGateway;
let hq: string;
let operatorHeaders: Record<string, string>;
const db = () => t.fleet.server.db;

beforeAll(async () => {
  t = await startTestGateway();
  hq = idByName(db(), 'locations', 'Headquarters');
  operatorHeaders = apiKeyHeaders(keyWithRole(db(), t.fleet.orgId, 'organization_operator', t.fleet.orgId));
});
afterAll(() => t.close());

describe('the demo fleet', () => {
  it('has metadata on its organization, Headquarters, rover-1 and its camera part on first start', async () => {
    const data = await t.ok(
      `query($org: ID!, $part: ID!) {
        organization(id: $org) { metadata locations { name metadata robots { name metadata } } }
        robotPart(id: $part) { metadata }
      }`,
      { org: t.fleet.orgId, part: idByName(db(), 'robot_parts', 'rover-1-camera') },
    );
    expect(data.organization.metadata).toMatchObject({ owner: 'Fleet Ops' });
    const headquarters = data.organization.locations.find((l: any) => l.name === 'Headquarters');
    expect(headquarters.metadata).toMatchObject({ address: { city: 'Springfield' } });
    expect(headquarters.robots.find((r: any) => r.name === 'rover-1').metadata).toMatchObject({ serial: 'RVR-0001', maintenance: { contact: null } });
    expect(data.robotPart.metadata).toEqual({ camera: { resolution: [1920, 1080], calibrated: true } });
  });
});

const RICH: JsonObject = { a: 1, b: -2.5, c: true, d: false, e: null, f: 'x', g: [1, [2, { h: null }], {}], i: { j: { k: ['l'] } } };

let counter = 0;
/** A fresh robot in Headquarters and its main part. */
function freshRobot() {
  const robot = insertRobot(db(), hq, `meta-gql-${++counter}`);
  return { robotId: robot.id, partId: mainPartId(db(), robot.id) };
}

const KINDS = [
  { type: 'organization', mutation: 'updateOrganizationMetadata', rpc: 'GetOrganizationMetadata', field: 'organization_id', id: () => t.fleet.orgId },
  { type: 'location', mutation: 'updateLocationMetadata', rpc: 'GetLocationMetadata', field: 'location_id', id: () => hq },
  { type: 'robot', mutation: 'updateRobotMetadata', rpc: 'GetRobotMetadata', field: 'id', id: () => freshRobot().robotId },
  { type: 'robotPart', mutation: 'updateRobotPartMetadata', rpc: 'GetRobotPartMetadata', field: 'id', id: () => freshRobot().partId },
] as const;

for (const { type, mutation, rpc, field, id: pick } of KINDS) {
  describe(`${type}.metadata and ${mutation}`, () => {
    const update = `mutation($id: ID!, $data: JSON!) { ${mutation}(id: $id, data: $data) { id metadata } }`;
    const read = `query($id: ID!) { ${type}(id: $id) { metadata } }`;
    const upstream = async (id: string) => fromStruct((await t.fleet.app.call(rpc, { [field]: id })).data);

    it('replaces the metadata whole, returns the object with it, and stores it exactly upstream', async () => {
      const id = pick();
      const first = await t.ok(update, { id, data: RICH });
      expect(first[mutation]).toEqual({ id, metadata: RICH });
      expect(await upstream(id)).toEqual(RICH);
      await t.ok(update, { id, data: { only: [1] } });
      expect(await upstream(id)).toEqual({ only: [1] });
      expect((await t.ok(read, { id }, operatorHeaders))[type].metadata).toEqual({ only: [1] });
    });

    it('refuses operators (FORBIDDEN), non-objects (BAD_USER_INPUT) and more than 64 KiB (RESOURCE_EXHAUSTED), changing nothing', async () => {
      const id = pick();
      await t.ok(update, { id, data: { keep: true } });
      expect(errorCode(await t.gql(update, { id, data: { v: 2 } }, operatorHeaders))).toBe('FORBIDDEN');
      expect(errorCode(await t.gql(update, { id, data: [1, 2] }))).toBe('BAD_USER_INPUT');
      const big = await t.gql(update, { id, data: { blob: 'x'.repeat(MAX_METADATA_BYTES) } });
      expect(errorCode(big)).toBe('RESOURCE_EXHAUSTED');
      expect(big.errors![0]!.message).toContain('64 KiB');
      expect(await upstream(id)).toEqual({ keep: true });
    });

    it('refuses a "__proto__" key in a variable or a literal (BAD_USER_INPUT naming it), changing nothing', async () => {
      const id = pick();
      await t.ok(update, { id, data: { keep: true } });
      const inVariable = await t.gql(update, { id, data: JSON.parse('{"a": [{"__proto__": {"x": 1}}]}') });
      expect(errorCode(inVariable)).toBe('BAD_USER_INPUT');
      expect(inVariable.errors![0]!.message).toContain('a[0].__proto__');
      const inLiteral = await t.gql(`mutation($id: ID!) { ${mutation}(id: $id, data: { __proto__: 1 }) { id } }`, { id });
      expect(errorCode(inLiteral)).toBe('BAD_USER_INPUT');
      expect(inLiteral.errors![0]!.message).toContain('__proto__');
      expect(await upstream(id)).toEqual({ keep: true });
    });
  });
}

describe('robotPartByName', () => {
  const query = 'query($loc: ID!, $name: String!) { robotPartByName(locationId: $loc, name: $name) { id name robot { name } metadata } }';

  it('finds the part upstream by location and name', async () => {
    const data = await t.ok(query, { loc: hq, name: 'rover-2-camera' });
    expect(data.robotPartByName).toMatchObject({ id: idByName(db(), 'robot_parts', 'rover-2-camera'), name: 'rover-2-camera', robot: { name: 'rover-2' } });
  });

  it('is null with NOT_FOUND for a name no robot there has, and for an unknown location', async () => {
    const none = await t.gql(query, { loc: hq, name: 'nope' });
    expect(none.data?.robotPartByName).toBeNull();
    expect(errorCode(none)).toBe('NOT_FOUND');
    expect(errorCode(await t.gql(query, { loc: UNKNOWN_ID, name: 'x' }))).toBe('NOT_FOUND');
  });
});

describe('RobotPart.logs arguments', () => {
  it('passes start, end, source and userFacingOnly to GetRobotPartLogs', async () => {
    const { partId } = freshRobot();
    const base = Date.parse('2026-01-01T00:00:00.000Z');
    const entry = (minute: number, level: string, logger: string) => ({
      time_ms: base + minute * 60_000,
      time_nanos: 0,
      level,
      logger_name: logger,
      message: `${minute} ${level} ${logger}`,
      host: '',
      caller: null,
      stack: '',
      fields: '[]',
    });
    insertLogEntries(db(), partId, [
      entry(0, 'info', 'rdk.camera'),
      entry(1, 'debug', 'rdk.camera.driver'),
      entry(2, 'info', 'rdk.cameraman'),
      entry(3, 'error', 'rdk.camera'),
      entry(4, 'info', 'rdk.camera'),
    ]);
    const logs = async (args: string) =>
      (await t.ok(`query($id: ID!) { robotPart(id: $id) { logs(${args}) { nodes { message } } } }`, { id: partId })).robotPart.logs.nodes.map(
        (n: { message: string }) => n.message,
      );
    expect(await logs('start: "2026-01-01T00:01:00.000Z", end: "2026-01-01T00:04:00.000Z"')).toEqual([
      '3 error rdk.camera',
      '2 info rdk.cameraman',
      '1 debug rdk.camera.driver',
    ]);
    expect(await logs('source: "rdk.camera"')).toEqual(['4 info rdk.camera', '3 error rdk.camera', '1 debug rdk.camera.driver', '0 info rdk.camera']);
    expect(await logs('source: "rdk.camera", userFacingOnly: true')).toEqual(['4 info rdk.camera', '3 error rdk.camera', '0 info rdk.camera']);
    // The same filters straight upstream: the gateway adds nothing of its own.
    const upstream = await t.fleet.app.call('GetRobotPartLogs', { id: partId, source: 'rdk.camera', user_facing_only: true });
    expect(upstream.logs.map((l: { message: string }) => l.message)).toEqual(['4 info rdk.camera', '3 error rdk.camera', '0 info rdk.camera']);
    const reversed = await t.gql(`query($id: ID!) { robotPart(id: $id) { logs(start: "2026-01-02T00:00:00Z", end: "2026-01-01T00:00:00Z") { nodes { message } } } }`, { id: partId });
    expect(errorCode(reversed)).toBe('BAD_USER_INPUT');
  });
});

describe('lastKnownUpdate', () => {
  it('updateRobotPart: a stale time is refused with CONFLICT and nothing is written; the current one goes through', async () => {
    const { partId } = freshRobot();
    const mutation = 'mutation($id: ID!, $name: String!, $at: DateTime) { updateRobotPart(id: $id, name: $name, config: {}, lastKnownUpdate: $at) { name lastUpdated } }';
    const read = (await t.ok('query($id: ID!) { robotPart(id: $id) { name lastUpdated } }', { id: partId })).robotPart;
    const first = await t.ok(mutation, { id: partId, name: 'first-writer', at: read.lastUpdated });
    expect(first.updateRobotPart.name).toBe('first-writer');
    const stale = await t.gql(mutation, { id: partId, name: 'second-writer', at: read.lastUpdated });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions!.grpcStatus).toBe('ABORTED');
    expect(stale.errors![0]!.message).toContain('last_known_update');
    const { part } = await t.fleet.app.call('GetRobotPart', { id: partId });
    expect(part.name).toBe('first-writer');
    const history = await t.fleet.app.call('GetRobotPartHistory', { id: partId });
    expect(history.history).toHaveLength(1);
    await t.ok(mutation, { id: partId, name: 'third-writer', at: first.updateRobotPart.lastUpdated });
    expect((await t.fleet.app.call('GetRobotPart', { id: partId })).part.name).toBe('third-writer');
  });

  it('updateFragment: a stale time is refused with CONFLICT and nothing is written', async () => {
    const fragmentId = insertFragment(db(), t.fleet.orgId, 'concurrency', { v: 0 });
    const mutation = 'mutation($id: ID!, $v: Int!, $at: DateTime) { updateFragment(id: $id, name: "concurrency", config: { v: $v }, lastKnownUpdate: $at) { lastUpdated config } }';
    const read = (await t.ok('query($id: ID!) { fragment(id: $id) { lastUpdated } }', { id: fragmentId })).fragment;
    await t.ok(mutation, { id: fragmentId, v: 1, at: read.lastUpdated });
    const stale = await t.gql(mutation, { id: fragmentId, v: 2, at: read.lastUpdated });
    expect(errorCode(stale)).toBe('CONFLICT');
    const { fragment } = await t.fleet.app.call('GetFragment', { id: fragmentId });
    expect(fromStruct(fragment.fragment)).toEqual({ v: 1 });
  });
});
