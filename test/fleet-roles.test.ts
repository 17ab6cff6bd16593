import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestFleet, appWithRole, expectStatus, grpc, keyWithRole, operatorAndOtherOrg, ownedOrganization, type RpcClient, type TestFleet } from './support/fleet.ts';
import { UNKNOWN_ID } from './support/fixtures.ts';
import { idByName } from './support/graph.ts';
import type { MintedKey } from '../src/fleet-server/keys.ts';

let fleet: TestFleet;
let operatorKey: MintedKey;
let operator: RpcClient;
let other: { orgId: string; key: MintedKey; app: RpcClient };
let ids: { headquarters: string; assembly: string; rover1: string; arm1: string; memberId: string };

const role = (authorization_id: string, resource_type: string, resource_id: string, identity_id: string, extra: Record<string, string> = {}) => ({
  authorization: { authorization_type: 'role', authorization_id, resource_type, resource_id, identity_id, ...extra },
});

const grantsOf = (identityId: string) =>
  (fleet.server.db.prepare('SELECT authorization_id, resource_type, resource_id, identity_type FROM authorizations WHERE identity_id = ? ORDER BY authorization_id').all(identityId) as Record<
    string,
    string
  >[]);

beforeAll(async () => {
  fleet = await startTestFleet();
  ({ operatorKey, operator, other } = await operatorAndOtherOrg(fleet));
  const db = fleet.server.db;
  ids = {
    headquarters: idByName(db, 'locations', 'Headquarters'),
    assembly: idByName(db, 'locations', 'Assembly Line'),
    rover1: idByName(db, 'robots', 'rover-1'),
    arm1: idByName(db, 'robots', 'arm-1'),
    memberId: (db.prepare('SELECT user_id FROM members WHERE organization_id = ?').get(fleet.orgId) as { user_id: string }).user_id,
  };
});
afterAll(() => fleet.close());

describe('AddRole and RemoveRole take effect on the next call', () => {
  it('lets an operator create robots in a location while it owns that location', async () => {
    const newRobot = (name: string) => operator.call('NewRobot', { name, location: ids.headquarters });
    await expectStatus(newRobot('before-grant'), grpc.status.PERMISSION_DENIED);

    await fleet.app.call('AddRole', role('location_owner', 'location', ids.headquarters, operatorKey.id));
    const { id } = await newRobot('granted');
    expect((fleet.server.db.prepare('SELECT location_id FROM robots WHERE id = ?').get(id) as { location_id: string }).location_id).toBe(ids.headquarters);
    // The grant covers the location's nested locations, not the organization.
    expect((await operator.call('NewRobot', { name: 'nested', location: ids.assembly })).id).toBeDefined();
    await expectStatus(operator.call('CreateFragment', { organization_id: fleet.orgId, name: 'nope' }), grpc.status.PERMISSION_DENIED);

    await fleet.app.call('RemoveRole', role('location_owner', 'location', ids.headquarters, operatorKey.id));
    await expectStatus(newRobot('after-removal'), grpc.status.PERMISSION_DENIED);
    expect(grantsOf(operatorKey.id).map((g) => g.authorization_id)).toEqual(['organization_operator']);
  });

  it("lets a location owner manage roles within its location only", async () => {
    const locationOwner = await appWithRole(fleet, 'location_owner', ids.headquarters);
    await locationOwner.call('AddRole', role('robot_operator', 'robot', ids.rover1, operatorKey.id));
    expect(grantsOf(operatorKey.id).map((g) => g.authorization_id)).toContain('robot_operator');
    await locationOwner.call('RemoveRole', role('robot_operator', 'robot', ids.rover1, operatorKey.id));
    await expectStatus(locationOwner.call('AddRole', role('organization_operator', 'organization', fleet.orgId, operatorKey.id)), grpc.status.PERMISSION_DENIED);
    await expectStatus(locationOwner.call('ListAuthorizations', { organization_id: fleet.orgId }), grpc.status.PERMISSION_DENIED);
  });
});

describe('AddRole', () => {
  it('grants roles to members as users and records the identity type', async () => {
    await fleet.app.call('AddRole', role('robot_owner', 'robot', ids.arm1, ids.memberId));
    expect(grantsOf(ids.memberId)).toEqual([{ authorization_id: 'robot_owner', resource_type: 'robot', resource_id: ids.arm1, identity_type: 'user' }]);
    await fleet.app.call('AddRole', role('location_operator', 'location', ids.assembly, operatorKey.id, { identity_type: 'api-key', organization_id: fleet.orgId }));
    expect(grantsOf(operatorKey.id)).toContainEqual({ authorization_id: 'location_operator', resource_type: 'location', resource_id: ids.assembly, identity_type: 'api-key' });
  });

  it('refuses a duplicate with ALREADY_EXISTS', async () => {
    await fleet.app.call('AddRole', role('robot_operator', 'robot', ids.arm1, operatorKey.id));
    await expectStatus(fleet.app.call('AddRole', role('robot_operator', 'robot', ids.arm1, operatorKey.id)), grpc.status.ALREADY_EXISTS);
  });

  it('validates the authorization, naming the field, and stores nothing', async () => {
    const count = () => (fleet.server.db.prepare('SELECT count(*) AS n FROM authorizations').get() as { n: number }).n;
    const before = count();
    const cases: [Record<string, unknown>, RegExp][] = [
      [{}, /authorization is required/],
      [role('location_owner', 'location', ids.headquarters, operatorKey.id, { authorization_type: 'group' }), /authorization_type/],
      [role('location_king', 'location', ids.headquarters, operatorKey.id), /authorization_id/],
      [role('robot_owner', 'location', ids.headquarters, operatorKey.id), /does not apply/],
      [role('part_owner', 'part', ids.headquarters, operatorKey.id), /resource_type/],
      [role('location_owner', 'location', '', operatorKey.id), /resource_id/],
      [role('location_owner', 'location', 'not-a-uuid', operatorKey.id), /resource_id/],
      [role('location_owner', 'location', ids.headquarters, ''), /identity_id/],
      [role('location_owner', 'location', ids.headquarters, 'someone'), /identity_id/],
      [role('location_owner', 'location', ids.headquarters, operatorKey.id, { identity_type: 'robot' }), /identity_type/],
      [role('location_owner', 'location', ids.headquarters, operatorKey.id, { identity_type: 'user' }), /identity_type/],
      [role('location_owner', 'location', ids.headquarters, operatorKey.id, { organization_id: other.orgId }), /organization_id/],
    ];
    for (const [request, field] of cases) {
      const err = await expectStatus(fleet.app.call('AddRole', request), grpc.status.INVALID_ARGUMENT);
      expect(err.details).toMatch(field);
    }
    expect(count()).toBe(before);
  });

  it('answers NOT_FOUND for unknown resources, a resource of another type, and identities foreign to the organization', async () => {
    await expectStatus(fleet.app.call('AddRole', role('location_owner', 'location', UNKNOWN_ID, operatorKey.id)), grpc.status.NOT_FOUND);
    // A robot id passed as a location.
    await expectStatus(fleet.app.call('AddRole', role('location_owner', 'location', ids.rover1, operatorKey.id)), grpc.status.NOT_FOUND);
    const err = await expectStatus(fleet.app.call('AddRole', role('location_owner', 'location', ids.headquarters, crypto.randomUUID())), grpc.status.NOT_FOUND);
    expect(err.details).toMatch(/identity/);
    // The other organization's key has nothing to do with this one.
    await expectStatus(fleet.app.call('AddRole', role('location_owner', 'location', ids.headquarters, other.key.id)), grpc.status.NOT_FOUND);
    expect(grantsOf(other.key.id).every((g) => g.resource_id === other.orgId)).toBe(true);
  });

  it('needs an owner of the resource', async () => {
    await expectStatus(operator.call('AddRole', role('robot_owner', 'robot', ids.rover1, operatorKey.id)), grpc.status.PERMISSION_DENIED);
    // Another organization can neither grant on our resources nor learn about our identities.
    await expectStatus(other.app.call('AddRole', role('organization_owner', 'organization', fleet.orgId, other.key.id)), grpc.status.PERMISSION_DENIED);
    await expectStatus(other.app.call('AddRole', role('robot_operator', 'robot', ids.rover1, crypto.randomUUID())), grpc.status.PERMISSION_DENIED);
    expect(grantsOf(other.key.id).map((g) => g.resource_id)).toEqual([other.orgId]);
  });
});

describe('RemoveRole', () => {
  it('answers NOT_FOUND for a role that is not held, and validates like AddRole', async () => {
    await expectStatus(fleet.app.call('RemoveRole', role('robot_owner', 'robot', ids.rover1, operatorKey.id)), grpc.status.NOT_FOUND);
    await expectStatus(fleet.app.call('RemoveRole', role('robot_owner', 'location', ids.rover1, operatorKey.id)), grpc.status.INVALID_ARGUMENT);
    await expectStatus(fleet.app.call('RemoveRole', {}), grpc.status.INVALID_ARGUMENT);
    await expectStatus(fleet.app.call('RemoveRole', role('robot_owner', 'robot', UNKNOWN_ID, operatorKey.id)), grpc.status.NOT_FOUND);
  });

  it('needs an owner of the resource', async () => {
    await expectStatus(operator.call('RemoveRole', role('organization_owner', 'organization', fleet.orgId, fleet.keyId)), grpc.status.PERMISSION_DENIED);
    await expectStatus(other.app.call('RemoveRole', role('organization_owner', 'organization', fleet.orgId, fleet.keyId)), grpc.status.PERMISSION_DENIED);
    expect(grantsOf(fleet.keyId).map((g) => g.authorization_id)).toContain('organization_owner');
  });

  it('never removes the last organization owner', async () => {
    const db = fleet.server.db;
    const { orgId, owner: first } = ownedOrganization(db, 'Owned Once');
    const second = keyWithRole(db, orgId, 'organization_operator', orgId);
    const firstApp = await fleet.appAs(first.id, first.key);
    const err = await expectStatus(firstApp.call('RemoveRole', role('organization_owner', 'organization', orgId, first.id)), grpc.status.FAILED_PRECONDITION);
    expect(err.details).toMatch(/last organization_owner/);

    await firstApp.call('AddRole', role('organization_owner', 'organization', orgId, second.id));
    await firstApp.call('RemoveRole', role('organization_owner', 'organization', orgId, first.id));
    // The first key is no owner any more; the second now is, and is the last one.
    await expectStatus(firstApp.call('ListAuthorizations', { organization_id: orgId }), grpc.status.PERMISSION_DENIED);
    const secondApp = await fleet.appAs(second.id, second.key);
    await expectStatus(secondApp.call('RemoveRole', role('organization_owner', 'organization', orgId, second.id)), grpc.status.FAILED_PRECONDITION);
    // Operator roles can always go.
    await secondApp.call('RemoveRole', role('organization_operator', 'organization', orgId, second.id));
    expect(grantsOf(second.id).map((g) => g.authorization_id)).toEqual(['organization_owner']);
  });
});

describe('ListAuthorizations', () => {
  it("lists the organization's authorizations, filtered by resource ids", async () => {
    const { authorizations } = await fleet.app.call('ListAuthorizations', { organization_id: fleet.orgId });
    expect(authorizations).toContainEqual({
      authorization_type: 'role',
      authorization_id: 'organization_owner',
      resource_type: 'organization',
      resource_id: fleet.orgId,
      identity_id: fleet.keyId,
      organization_id: fleet.orgId,
      identity_type: 'api-key',
    });
    expect(authorizations.every((a: any) => a.organization_id === fleet.orgId)).toBe(true);
    expect(authorizations.map((a: any) => a.identity_id)).not.toContain(other.key.id);

    await fleet.app.call('AddRole', role('robot_operator', 'robot', ids.rover1, ids.memberId));
    const filtered = (await fleet.app.call('ListAuthorizations', { organization_id: fleet.orgId, resource_ids: [ids.rover1] })).authorizations;
    expect(filtered).toEqual([expect.objectContaining({ authorization_id: 'robot_operator', resource_id: ids.rover1, identity_id: ids.memberId, identity_type: 'user' })]);
    const both = (await fleet.app.call('ListAuthorizations', { organization_id: fleet.orgId, resource_ids: [ids.rover1, fleet.orgId] })).authorizations;
    expect(new Set(both.map((a: any) => a.resource_id))).toEqual(new Set([ids.rover1, fleet.orgId]));
    // Operators may read them.
    expect((await operator.call('ListAuthorizations', { organization_id: fleet.orgId })).authorizations.length).toBe(authorizations.length + 1);
  });

  it('validates ids and isolates organizations', async () => {
    const err = await expectStatus(fleet.app.call('ListAuthorizations', { organization_id: fleet.orgId, resource_ids: [ids.rover1, 'bad'] }), grpc.status.INVALID_ARGUMENT);
    expect(err.details).toMatch(/resource_ids\[1\]/);
    await expectStatus(fleet.app.call('ListAuthorizations', { organization_id: '' }), grpc.status.INVALID_ARGUMENT);
    await expectStatus(fleet.app.call('ListAuthorizations', { organization_id: UNKNOWN_ID }), grpc.status.NOT_FOUND);
    await expectStatus(other.app.call('ListAuthorizations', { organization_id: fleet.orgId }), grpc.status.PERMISSION_DENIED);
    await expectStatus(fleet.app.call('ListAuthorizations', { organization_id: other.orgId }), grpc.status.PERMISSION_DENIED);
  });
});
