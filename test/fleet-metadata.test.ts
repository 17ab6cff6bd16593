import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestFleet, appWithRole, expectStatus, grpc, operatorAndOtherOrg, type RpcClient, type TestFleet } from './support/fleet.ts';
import { UNKNOWN_ID } from './support/fixtures.ts';
import { idByName, mainPartId } from './support/graph.ts';
import { insertLocation } from '../src/fleet-server/locations.ts';
import { insertOrganization } from '../src/fleet-server/organizations.ts';
import { grantRole } from '../src/fleet-server/access.ts';
import { insertRobot } from '../src/fleet-server/robots.ts';
import { insertPart } from '../src/fleet-server/parts.ts';
import { MAX_METADATA_BYTES } from '../src/fleet-server/metadata.ts';
import { fromStruct, toStruct, type JsonObject } from '../src/wire/struct.ts';

let fleet: TestFleet;
let operator: RpcClient;
let operatorKeyId: string;
let otherOwner: RpcClient;
beforeAll(async () => {
  fleet = await startTestFleet();
  const cast = await operatorAndOtherOrg(fleet);
  operator = cast.operator;
  operatorKeyId = cast.operatorKey.id;
  otherOwner = cast.other.app;
});
afterAll(() => fleet.close());

const db = () => fleet.server.db;

/** Every value kind a Struct holds, nested. */
const RICH: JsonObject = {
  name: 'dock 7',
  count: 42,
  ratio: -0.125,
  on: true,
  off: false,
  nothing: null,
  list: [1, 'two', { three: [3, null] }, [], {}],
  nested: { deeper: { deepest: { ok: true, tags: ['a', 'b'] } } },
  unicode: 'Grüße 🤖',
};

/** A new organization (the demo one has metadata already) where the demo owner is owner and the operator operator. */
function freshOrganization(): string {
  const organizationId = insertOrganization(db(), `meta-org-${crypto.randomUUID().slice(0, 8)}`).id;
  for (const [identityId, role] of [[fleet.keyId, 'organization_owner'], [operatorKeyId, 'organization_operator']]) {
    grantRole(db(), { organizationId, identityId: identityId!, identityType: 'api-key', authorizationId: role!, resourceType: 'organization', resourceId: organizationId });
  }
  return organizationId;
}

/** Each kind: its RPCs, the request field naming the object, and a fresh object of that kind. */
const KINDS = [
  { kind: 'Organization', field: 'organization_id', table: 'organization_metadata', column: 'organization_id', fresh: freshOrganization },
  { kind: 'Location', field: 'location_id', table: 'location_metadata', column: 'location_id', fresh: () => insertLocation(db(), fleet.orgId, `meta-loc-${crypto.randomUUID().slice(0, 8)}`, null).id },
  { kind: 'Robot', field: 'id', table: 'robot_metadata', column: 'robot_id', fresh: () => insertRobot(db(), idByName(db(), 'locations', 'Headquarters'), `meta-bot-${crypto.randomUUID().slice(0, 8)}`).id },
  {
    kind: 'RobotPart',
    field: 'id',
    table: 'part_metadata',
    column: 'part_id',
    fresh: () => mainPartId(db(), insertRobot(db(), idByName(db(), 'locations', 'Headquarters'), `meta-part-${crypto.randomUUID().slice(0, 8)}`).id),
  },
] as const;

const stored = (table: string, column: string, id: string) =>
  (db().prepare(`SELECT data FROM ${table} WHERE ${column} = ?`).get(id) as { data: string } | undefined)?.data;

for (const { kind, field, table, column, fresh } of KINDS) {
  const get = (client: RpcClient, id: string) => client.call(`Get${kind}Metadata`, { [field]: id });
  const update = (client: RpcClient, id: string, data: JsonObject | undefined) => client.call(`Update${kind}Metadata`, { [field]: id, ...(data ? { data: toStruct(data) } : {}) });

  describe(`Get/Update${kind}Metadata`, () => {
    it('starts empty, round-trips every value kind exactly, and an update replaces it whole', async () => {
      const id = fresh();
      expect(fromStruct((await get(fleet.app, id)).data)).toEqual({});
      await update(fleet.app, id, RICH);
      expect(fromStruct((await get(fleet.app, id)).data)).toEqual(RICH);
      expect(JSON.parse(stored(table, column, id)!)).toEqual(RICH);
      await update(fleet.app, id, { only: 'this' });
      expect(fromStruct((await get(operator, id)).data)).toEqual({ only: 'this' });
      // No data at all clears it, as proto3 reads an absent Struct.
      await update(fleet.app, id, undefined);
      expect(fromStruct((await get(fleet.app, id)).data)).toEqual({});
    });

    it(`refuses more than ${MAX_METADATA_BYTES} bytes with RESOURCE_EXHAUSTED, keeping what was stored`, async () => {
      const id = fresh();
      await update(fleet.app, id, { keep: 1 });
      const error = await expectStatus(update(fleet.app, id, { blob: 'x'.repeat(MAX_METADATA_BYTES) }), grpc.status.RESOURCE_EXHAUSTED);
      expect(error.details).toContain('64 KiB');
      expect(error.details).toContain('data');
      expect(JSON.parse(stored(table, column, id)!)).toEqual({ keep: 1 });
    });

    it('lets operators read but not write, and outsiders neither; unknown ids are NOT_FOUND', async () => {
      const id = fresh();
      await update(fleet.app, id, { v: 1 });
      await expectStatus(update(operator, id, { v: 2 }), grpc.status.PERMISSION_DENIED);
      await expectStatus(get(otherOwner, id), grpc.status.PERMISSION_DENIED);
      await expectStatus(update(otherOwner, id, { v: 3 }), grpc.status.PERMISSION_DENIED);
      expect(JSON.parse(stored(table, column, id)!)).toEqual({ v: 1 });
      const missing = await expectStatus(get(fleet.app, UNKNOWN_ID), grpc.status.NOT_FOUND);
      expect(missing.details).toContain(field);
      await expectStatus(get(fleet.app, ''), grpc.status.INVALID_ARGUMENT);
    });

    it('refuses numbers JSON cannot hold', async () => {
      const id = fresh();
      const error = await expectStatus(
        fleet.app.call(`Update${kind}Metadata`, { [field]: id, data: toStruct({ bad: Number.NaN }) }),
        grpc.status.INVALID_ARGUMENT,
      );
      expect(error.details).toContain('data.bad');
      expect(stored(table, column, id)).toBeUndefined();
    });

    it('refuses a "__proto__" key anywhere, naming it, instead of dropping it', async () => {
      const id = fresh();
      await update(fleet.app, id, { keep: 1 });
      // Built by JSON.parse, so "__proto__" is an own key that goes on the wire (toStruct would drop it).
      const data = JSON.parse('{"fields": {"ok": {"stringValue": "y"}, "inner": {"structValue": {"fields": {"__proto__": {"stringValue": "x"}}}}}}');
      const error = await expectStatus(fleet.app.call(`Update${kind}Metadata`, { [field]: id, data }), grpc.status.INVALID_ARGUMENT);
      expect(error.details).toContain('data.inner.__proto__');
      expect(JSON.parse(stored(table, column, id)!)).toEqual({ keep: 1 });
    });
  });
}

describe('metadata goes with its object', () => {
  it('is deleted with its part, robot, location and organization', async () => {
    const locationId = insertLocation(db(), fleet.orgId, 'doomed-site', null).id;
    const robotId = insertRobot(db(), locationId, 'doomed');
    const partId = insertPart(db(), robotId.id, 'doomed-extra').id;
    await fleet.app.call('UpdateRobotMetadata', { id: robotId.id, data: toStruct({ a: 1 }) });
    await fleet.app.call('UpdateRobotPartMetadata', { id: partId, data: toStruct({ b: 2 }) });
    await fleet.app.call('UpdateLocationMetadata', { location_id: locationId, data: toStruct({ c: 3 }) });
    await fleet.app.call('DeleteRobotPart', { part_id: partId });
    expect(stored('part_metadata', 'part_id', partId)).toBeUndefined();
    expect(stored('robot_metadata', 'robot_id', robotId.id)).toBeDefined();
    await fleet.app.call('DeleteRobot', { id: robotId.id });
    expect(stored('robot_metadata', 'robot_id', robotId.id)).toBeUndefined();
    await fleet.app.call('DeleteLocation', { location_id: locationId });
    expect(stored('location_metadata', 'location_id', locationId)).toBeUndefined();
    const organizationId = freshOrganization();
    await fleet.app.call('UpdateOrganizationMetadata', { organization_id: organizationId, data: toStruct({ d: 4 }) });
    await fleet.app.call('DeleteOrganization', { organization_id: organizationId });
    expect(stored('organization_metadata', 'organization_id', organizationId)).toBeUndefined();
    // A new object never inherits an old one's metadata.
    expect(db().prepare('SELECT count(*) AS n FROM robot_metadata WHERE robot_id NOT IN (SELECT id FROM robots)').get()).toEqual({ n: 0 });
  });
});

describe('GetRobotPartByNameAndLocation', () => {
  it('finds a part by name among the robots of a location, secrets for owners only', async () => {
    const locationId = idByName(db(), 'locations', 'Headquarters');
    const { part } = await fleet.app.call('GetRobotPartByNameAndLocation', { location_id: locationId, name: 'rover-1-camera' });
    expect(part.id).toBe(idByName(db(), 'robot_parts', 'rover-1-camera'));
    expect(part.secrets.length).toBeGreaterThan(0);
    const seen = await operator.call('GetRobotPartByNameAndLocation', { location_id: locationId, name: 'rover-1-camera' });
    expect(seen.part.id).toBe(part.id);
    expect(seen.part.secrets).toEqual([]);
  });

  it('answers NOT_FOUND for no such part or location, PERMISSION_DENIED to outsiders, INVALID_ARGUMENT for empty input', async () => {
    const locationId = idByName(db(), 'locations', 'Headquarters');
    const none = await expectStatus(fleet.app.call('GetRobotPartByNameAndLocation', { location_id: locationId, name: 'no-such-part' }), grpc.status.NOT_FOUND);
    expect(none.details).toContain('no-such-part');
    await expectStatus(fleet.app.call('GetRobotPartByNameAndLocation', { location_id: UNKNOWN_ID, name: 'x' }), grpc.status.NOT_FOUND);
    await expectStatus(otherOwner.call('GetRobotPartByNameAndLocation', { location_id: locationId, name: 'rover-1-camera' }), grpc.status.PERMISSION_DENIED);
    await expectStatus(otherOwner.call('GetRobotPartByNameAndLocation', { location_id: locationId, name: 'no-such-part' }), grpc.status.PERMISSION_DENIED);
    await expectStatus(fleet.app.call('GetRobotPartByNameAndLocation', { location_id: locationId, name: '' }), grpc.status.INVALID_ARGUMENT);
  });

  it('shows a key granted one robot only that robot\'s parts, and tells it nothing about the others', async () => {
    const locationId = idByName(db(), 'locations', 'Headquarters');
    const robotId = idByName(db(), 'robots', 'rover-2');
    const robotOperator = await appWithRole(fleet, 'robot_operator', robotId);
    const { part } = await robotOperator.call('GetRobotPartByNameAndLocation', { location_id: locationId, name: 'rover-2-camera' });
    expect(part.robot).toBe(robotId);
    await expectStatus(robotOperator.call('GetRobotPartByNameAndLocation', { location_id: locationId, name: 'rover-1-camera' }), grpc.status.PERMISSION_DENIED);
    await expectStatus(robotOperator.call('GetRobotPartByNameAndLocation', { location_id: locationId, name: 'no-such-part' }), grpc.status.PERMISSION_DENIED);
  });
});
