/**
 * API keys over gRPC against a real fleet server: the secret is shown once and stored as a hash,
 * rotation and deletion end the old secret and every token minted from it at once (open tails
 * too), a key never grants more than its maker owns, only owners manage keys, an organization
 * keeps its last owner key, and every refusal names the object and writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestFleet, expectStatus, grpc, keyWithRole, ownedOrganization, type RpcClient, type TestFleet } from './support/fleet.ts';
import { UNKNOWN_ID } from './support/fixtures.ts';
import { idByName } from './support/graph.ts';
import { hashSecret } from '../src/fleet-server/auth.ts';
import { deleteApiKey, type MintedKey } from '../src/fleet-server/keys.ts';

let fleet: TestFleet;
let ids: { headquarters: string; rover1: string; arm1: string; rover1Part: string };

const db = () => fleet.server.db;
const role = (authorization_id: string, resource_type: string, resource_id: string) => ({ authorization_type: 'role', authorization_id, resource_type, resource_id });
const keyCount = () => (db().prepare('SELECT count(*) AS n FROM api_keys').get() as { n: number }).n;
const storedKey = (id: string) => db().prepare('SELECT * FROM api_keys WHERE id = ?').get(id) as Record<string, unknown> | undefined;
const rolesOf = (id: string) =>
  (db().prepare('SELECT authorization_id, resource_id FROM authorizations WHERE identity_id = ? ORDER BY authorization_id').all(id) as { authorization_id: string; resource_id: string }[]);
/** Authenticate with the key; resolves with the gRPC status code of a refusal, or 'ok'. */
const authenticates = (key: MintedKey) =>
  fleet.authenticate(key.id, key.key).then(
    () => 'ok',
    (error: grpc.ServiceError) => grpc.status[error.code],
  );

/** An open TailRobotPartLogs stream; resolves with the status it ends with. */
function tailEnds(client: RpcClient, partId: string): { ended: Promise<grpc.StatusObject>; live: Promise<void> } {
  const stream = client.stream('TailRobotPartLogs', { id: partId });
  stream.on('data', () => {});
  stream.on('error', () => {});
  return {
    ended: new Promise((resolve) => stream.on('status', resolve)),
    live: new Promise((resolve) => stream.on('metadata', () => resolve())),
  };
}

beforeAll(async () => {
  fleet = await startTestFleet();
  ids = {
    headquarters: idByName(db(), 'locations', 'Headquarters'),
    rover1: idByName(db(), 'robots', 'rover-1'),
    arm1: idByName(db(), 'robots', 'arm-1'),
    rover1Part: idByName(db(), 'robot_parts', 'rover-1-main'),
  };
});
afterAll(() => fleet.close());

describe('CreateKey', () => {
  it('shows the secret once and stores only its hash; ListKeys never returns it', async () => {
    const created = await fleet.app.call('CreateKey', { name: 'ci runner', authorizations: [role('location_operator', 'location', ids.headquarters)] });
    expect(created.key).toMatch(/^[a-z0-9]{32}$/);
    const row = storedKey(created.id)!;
    expect(row.key_hash).toBe(hashSecret(created.key));
    expect(Object.values(row).some((value) => String(value).includes(created.key))).toBe(false);
    expect(rolesOf(created.id)).toEqual([{ authorization_id: 'location_operator', resource_id: ids.headquarters }]);

    const { api_keys } = await fleet.app.call('ListKeys', { org_id: fleet.orgId });
    const listed = api_keys.find((k: any) => k.api_key.id === created.id);
    expect(listed.api_key).toMatchObject({ id: created.id, key: '', name: 'ci runner' });
    expect(listed.authorizations).toEqual([
      { authorization_type: 'role', authorization_id: 'location_operator', resource_type: 'location', resource_id: ids.headquarters, org_id: fleet.orgId },
    ]);
    expect(await authenticates(created)).toBe('ok');
  });

  it('refuses to grant more than the creator owns, naming the role and resource, and stores nothing', async () => {
    const locationOwnerKey = keyWithRole(db(), fleet.orgId, 'location_owner', ids.headquarters);
    const locationOwner = await fleet.appAs(locationOwnerKey.id, locationOwnerKey.key);
    const before = keyCount();
    const wider = await expectStatus(
      locationOwner.call('CreateKey', { authorizations: [role('location_operator', 'location', ids.headquarters), role('organization_operator', 'organization', fleet.orgId)] }),
      grpc.status.PERMISSION_DENIED,
    );
    expect(wider.details).toContain(`cannot grant organization_operator on organization ${fleet.orgId}`);

    const operatorKey = keyWithRole(db(), fleet.orgId, 'organization_operator', fleet.orgId);
    const operator = await fleet.appAs(operatorKey.id, operatorKey.key);
    const denied = await expectStatus(operator.call('CreateKey', { authorizations: [role('robot_operator', 'robot', ids.rover1)] }), grpc.status.PERMISSION_DENIED);
    expect(denied.details).toContain(`robot_operator on robot ${ids.rover1}`);
    expect(keyCount()).toBe(before + 1);

    // Within what it owns, a location owner may make keys.
    const narrow = await locationOwner.call('CreateKey', { authorizations: [role('robot_owner', 'robot', ids.rover1)] });
    expect(rolesOf(narrow.id)).toEqual([{ authorization_id: 'robot_owner', resource_id: ids.rover1 }]);
  });

  it('validates the name and the authorizations, naming the field', async () => {
    const before = keyCount();
    const badName = await expectStatus(fleet.app.call('CreateKey', { name: 'a\u0007b', authorizations: [role('organization_operator', 'organization', fleet.orgId)] }), grpc.status.INVALID_ARGUMENT);
    expect(badName.details).toContain('name must not contain control characters');
    expect((await expectStatus(fleet.app.call('CreateKey', { authorizations: [] }), grpc.status.INVALID_ARGUMENT)).details).toContain('authorizations must not be empty');
    const many = Array.from({ length: 101 }, () => role('organization_operator', 'organization', fleet.orgId));
    expect((await expectStatus(fleet.app.call('CreateKey', { authorizations: many }), grpc.status.INVALID_ARGUMENT)).details).toContain('authorizations has 101 items; the limit is 100');
    await expectStatus(fleet.app.call('CreateKey', { authorizations: [role('robot_operator', 'robot', UNKNOWN_ID)] }), grpc.status.NOT_FOUND);
    expect(keyCount()).toBe(before);
  });
});

describe('RotateKey', () => {
  it('gives the key a new secret; the old secret and every token minted from it are refused at once', async () => {
    const old = keyWithRole(db(), fleet.orgId, 'organization_operator', fleet.orgId, 'to rotate');
    const oldClient = await fleet.appAs(old.id, old.key);
    await oldClient.call('ListOrganizations');

    const rotated = await fleet.app.call('RotateKey', { id: old.id });
    expect(rotated.id).toBe(old.id);
    expect(rotated.key).not.toBe(old.key);
    expect(storedKey(old.id)!.key_hash).toBe(hashSecret(rotated.key));

    const refused = await expectStatus(oldClient.call('ListOrganizations'), grpc.status.UNAUTHENTICATED);
    expect(refused.details).toContain(`API key ${old.id} was rotated`);
    expect(await authenticates(old)).toBe('UNAUTHENTICATED');
    // Same key, same roles, new secret.
    expect(rolesOf(old.id)).toEqual([{ authorization_id: 'organization_operator', resource_id: fleet.orgId }]);
    expect((await (await fleet.appAs(old.id, rotated.key)).call('ListOrganizations')).organizations).toHaveLength(1);
  });

  it("ends open log tails of the old secret's tokens through the revocation signal", async () => {
    const key = keyWithRole(db(), fleet.orgId, 'robot_operator', ids.rover1, 'tailing');
    const tail = tailEnds(await fleet.appAs(key.id, key.key), ids.rover1Part);
    await tail.live;
    const notify = vi.spyOn(fleet.server.fleet.revocations, 'notify');
    try {
      await fleet.app.call('RotateKey', { id: key.id });
      expect(notify).toHaveBeenCalledTimes(1);
    } finally {
      notify.mockRestore();
    }
    expect((await tail.ended).code).toBe(grpc.status.UNAUTHENTICATED);
  });
});

describe('DeleteKey', () => {
  it('removes the key and its roles; its tokens and secret are refused, open tails end', async () => {
    const key = keyWithRole(db(), fleet.orgId, 'robot_operator', ids.rover1, 'to delete');
    const client = await fleet.appAs(key.id, key.key);
    const tail = tailEnds(client, ids.rover1Part);
    await tail.live;

    expect(await fleet.app.call('DeleteKey', { id: key.id })).toEqual({});
    expect(storedKey(key.id)).toBeUndefined();
    expect(rolesOf(key.id)).toEqual([]);
    await expectStatus(client.call('GetRobot', { id: ids.rover1 }), grpc.status.UNAUTHENTICATED);
    expect(await authenticates(key)).toBe('UNAUTHENTICATED');
    expect((await tail.ended).code).toBe(grpc.status.UNAUTHENTICATED);
    expect((await expectStatus(fleet.app.call('DeleteKey', { id: key.id }), grpc.status.NOT_FOUND)).details).toContain(`API key ${key.id} not found`);
  });

  it("refuses to delete an organization's last owner key, naming it, and deletes it once another owner key exists", async () => {
    const { orgId, owner } = ownedOrganization(db(), 'Last Owner Org');
    const app = await fleet.appAs(owner.id, owner.key);
    const refused = await expectStatus(app.call('DeleteKey', { id: owner.id }), grpc.status.FAILED_PRECONDITION);
    expect(refused.details).toContain(`API key ${owner.id} is the last API key with organization_owner on organization ${orgId}`);
    expect(storedKey(owner.id)).toBeDefined();
    expect(rolesOf(owner.id)).toHaveLength(1);

    const second = await app.call('CreateKey', { authorizations: [role('organization_owner', 'organization', orgId)] });
    await app.call('DeleteKey', { id: owner.id });
    expect(storedKey(owner.id)).toBeUndefined();
    const survivor = await fleet.appAs(second.id, second.key);
    await expectStatus(survivor.call('DeleteKey', { id: second.id }), grpc.status.FAILED_PRECONDITION);
  });
});

describe('managing keys needs owner over everything the key may do', () => {
  it('refuses operators, other organizations and narrower owners with PERMISSION_DENIED naming the key, and changes nothing', async () => {
    const target = keyWithRole(db(), fleet.orgId, 'organization_operator', fleet.orgId, 'target');
    const operatorKey = keyWithRole(db(), fleet.orgId, 'organization_operator', fleet.orgId);
    const locationOwnerKey = keyWithRole(db(), fleet.orgId, 'location_owner', ids.headquarters);
    const { owner: foreignOwner } = ownedOrganization(db(), 'Foreign Org');
    const callers = await Promise.all([operatorKey, locationOwnerKey, foreignOwner].map((k) => fleet.appAs(k.id, k.key)));
    const hashBefore = storedKey(target.id)!.key_hash;
    const before = keyCount();
    for (const caller of callers) {
      for (const [rpc, request] of [
        ['RotateKey', { id: target.id }],
        ['DeleteKey', { id: target.id }],
        ['RenameKey', { id: target.id, name: 'stolen' }],
        ['CreateKeyFromExistingKeyAuthorizations', { id: target.id }],
      ] as const) {
        const denied = await expectStatus(caller.call(rpc, request), grpc.status.PERMISSION_DENIED);
        expect(denied.details).toMatch(new RegExp(`${target.id}|organization ${fleet.orgId}`));
      }
      await expectStatus(caller.call('ListKeys', { org_id: fleet.orgId }), grpc.status.PERMISSION_DENIED);
    }
    expect(storedKey(target.id)).toMatchObject({ key_hash: hashBefore, name: 'target' });
    expect(keyCount()).toBe(before);
    expect(await authenticates(target)).toBe('ok');
  });

  it('lets a location owner manage keys that act only within its location', async () => {
    const locationOwnerKey = keyWithRole(db(), fleet.orgId, 'location_owner', ids.headquarters);
    const locationOwner = await fleet.appAs(locationOwnerKey.id, locationOwnerKey.key);
    const robotKey = keyWithRole(db(), fleet.orgId, 'robot_operator', ids.rover1, 'rover key');
    expect(await locationOwner.call('RenameKey', { id: robotKey.id, name: 'rover-1 reader' })).toEqual({ id: robotKey.id, name: 'rover-1 reader' });
    await locationOwner.call('RotateKey', { id: robotKey.id });
    await locationOwner.call('DeleteKey', { id: robotKey.id });
    expect(storedKey(robotKey.id)).toBeUndefined();
  });
});

describe('RenameKey', () => {
  it('renames after validating the name, naming the field; a bad name changes nothing', async () => {
    const key = keyWithRole(db(), fleet.orgId, 'organization_operator', fleet.orgId, 'before');
    for (const [name, message] of [
      ['   ', 'name must not be empty'],
      ['x'.repeat(201), 'name must be at most 200 characters'],
      ['tab\there', 'name must not contain control characters'],
    ]) {
      expect((await expectStatus(fleet.app.call('RenameKey', { id: key.id, name }), grpc.status.INVALID_ARGUMENT)).details).toContain(message);
    }
    expect(storedKey(key.id)!.name).toBe('before');
    expect(await fleet.app.call('RenameKey', { id: key.id, name: '  after  ' })).toEqual({ id: key.id, name: 'after' });
    expect(storedKey(key.id)!.name).toBe('after');
    await expectStatus(fleet.app.call('RenameKey', { id: UNKNOWN_ID, name: 'x' }), grpc.status.NOT_FOUND);
    await expectStatus(fleet.app.call('RenameKey', { id: 'not-a-uuid', name: 'x' }), grpc.status.INVALID_ARGUMENT);
  });
});

describe('CreateKeyFromExistingKeyAuthorizations', () => {
  it('makes a new key with a new secret and the same roles', async () => {
    const source = await fleet.app.call('CreateKey', {
      name: 'source',
      authorizations: [role('location_operator', 'location', ids.headquarters), role('robot_owner', 'robot', ids.arm1)],
    });
    const copy = await fleet.app.call('CreateKeyFromExistingKeyAuthorizations', { id: source.id });
    expect(copy.id).not.toBe(source.id);
    expect(copy.key).not.toBe(source.key);
    expect(storedKey(copy.id)).toMatchObject({ key_hash: hashSecret(copy.key), name: 'source (copy)' });
    expect(rolesOf(copy.id)).toEqual(rolesOf(source.id));
    expect(await authenticates(copy)).toBe('ok');
  });

  it('refuses a copy that would grant more than the caller owns, naming the role, and stores nothing', async () => {
    const wide = keyWithRole(db(), fleet.orgId, 'organization_operator', fleet.orgId, 'wide');
    const robotOwnerKey = keyWithRole(db(), fleet.orgId, 'robot_owner', ids.rover1);
    const robotOwner = await fleet.appAs(robotOwnerKey.id, robotOwnerKey.key);
    const before = keyCount();
    const denied = await expectStatus(robotOwner.call('CreateKeyFromExistingKeyAuthorizations', { id: wide.id }), grpc.status.PERMISSION_DENIED);
    expect(denied.details).toContain(`cannot grant organization_operator on organization ${fleet.orgId}`);
    expect(keyCount()).toBe(before);
  });

  it('refuses to copy a key holding a role in another organization, which the copy would hide from that organization, and stores nothing', async () => {
    const { owner: maker } = ownedOrganization(db(), 'Maker Org');
    const asMaker = await fleet.appAs(maker.id, maker.key);
    const { organization } = await asMaker.call('CreateOrganization', { name: 'Made by a key' });
    const before = keyCount();
    const refused = await expectStatus(asMaker.call('CreateKeyFromExistingKeyAuthorizations', { id: maker.id }), grpc.status.FAILED_PRECONDITION);
    expect(refused.details).toContain(`holds a role in organization ${organization.id}`);
    expect(keyCount()).toBe(before);
  });
});

describe('GetRobotAPIKeys', () => {
  it("lists the keys with a role on the robot, without secrets, to the robot's owners only", async () => {
    const reader = keyWithRole(db(), fleet.orgId, 'robot_operator', ids.arm1, 'arm reader');
    const { api_keys } = await fleet.app.call('GetRobotAPIKeys', { robot_id: ids.arm1 });
    const listed = api_keys.find((k: any) => k.api_key.id === reader.id);
    expect(listed.api_key).toMatchObject({ name: 'arm reader', key: '' });
    expect(listed.authorizations).toEqual([{ authorization_type: 'role', authorization_id: 'robot_operator', resource_type: 'robot', resource_id: ids.arm1, org_id: fleet.orgId }]);
    expect(api_keys.every((k: any) => k.authorizations.some((a: any) => a.resource_id === ids.arm1))).toBe(true);

    const operator = await fleet.appAs(reader.id, reader.key);
    expect((await expectStatus(operator.call('GetRobotAPIKeys', { robot_id: ids.arm1 }), grpc.status.PERMISSION_DENIED)).details).toContain(`robot ${ids.arm1}`);
    await expectStatus(fleet.app.call('GetRobotAPIKeys', { robot_id: UNKNOWN_ID }), grpc.status.NOT_FOUND);
  });
});

describe('fleetgraph keys delete shares DeleteKey', () => {
  it("refuses the organization's last owner key on the command line's path too", () => {
    // `fleetgraph keys delete` calls deleteApiKey on the database directly.
    expect(() => deleteApiKey(db(), fleet.keyId)).toThrow(`API key ${fleet.keyId} is the last API key with organization_owner on organization ${fleet.orgId}`);
    expect(storedKey(fleet.keyId)).toBeDefined();
    expect(deleteApiKey(db(), UNKNOWN_ID)).toBe(false);
  });
});
