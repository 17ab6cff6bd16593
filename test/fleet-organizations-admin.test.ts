import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestFleet, expectStatus, grpc, keyWithRole, ownedOrganization, robotWithClient, type RpcClient, type TestFleet } from './support/fleet.ts';
import { UNKNOWN_ID } from './support/fixtures.ts';
import { idByName } from './support/graph.ts';

let fleet: TestFleet;
beforeAll(async () => {
  fleet = await startTestFleet();
});
afterAll(() => fleet.close());

const db = () => fleet.server.db;
const ownerRole = (organizationId: string) => ({
  authorization_type: 'role',
  authorization_id: 'organization_owner',
  resource_type: 'organization',
  resource_id: organizationId,
  organization_id: organizationId,
});
const rowsIn = (table: 'members' | 'invites' | 'authorizations' | 'api_keys', organizationId: string) =>
  (db().prepare(`SELECT count(*) AS n FROM ${table} WHERE organization_id = ?`).get(organizationId) as { n: number }).n;
const addMember = (organizationId: string, userId: string) =>
  db().prepare('INSERT INTO members (organization_id, user_id, email, date_added) VALUES (?, ?, ?, ?)').run(organizationId, userId, `${userId}@example.com`, Date.now());

async function createOrganization(name: string, client: RpcClient = fleet.app): Promise<string> {
  return (await client.call('CreateOrganization', { name })).organization.id as string;
}

describe('CreateOrganization', () => {
  it("makes the caller's key its owner: it is in the key's organizations and authorizations", async () => {
    const id = await createOrganization('Created');
    const { organizations } = await fleet.app.call('ListOrganizations');
    expect(organizations.map((o: { id: string }) => o.id)).toContain(id);
    const { authorizations } = await fleet.app.call('ListAuthorizations', { organization_id: id });
    expect(authorizations).toEqual([expect.objectContaining({ identity_id: fleet.keyId, authorization_id: 'organization_owner', resource_id: id })]);
  });
});

describe('UpdateOrganization and UpdateOrganizationNamespace', () => {
  it('change only what is given, for owners only', async () => {
    const id = await createOrganization('Before');
    const { organization } = await fleet.app.call('UpdateOrganization', { organization_id: id, name: 'After', region: 'eu-west-1', cid: 'customer-7' });
    expect(organization).toMatchObject({ id, name: 'After', default_region: 'eu-west-1', cid: 'customer-7', public_namespace: '' });
    const kept = await fleet.app.call('UpdateOrganization', { organization_id: id, cid: '' });
    expect(kept.organization).toMatchObject({ name: 'After', default_region: 'eu-west-1' });
    expect(kept.organization.cid ?? '').toBe(''); // an empty cid clears it
    expect((await fleet.app.call('GetOrganization', { organization_id: id })).organization).toMatchObject({ name: 'After', default_region: 'eu-west-1' });

    await expectStatus(fleet.app.call('UpdateOrganization', { organization_id: id, name: ' ' }), grpc.status.INVALID_ARGUMENT);
    await expectStatus(fleet.app.call('UpdateOrganization', { organization_id: id, region: 'Mars Base' }), grpc.status.INVALID_ARGUMENT);
    await expectStatus(fleet.app.call('UpdateOrganization', { organization_id: UNKNOWN_ID, name: 'x' }), grpc.status.NOT_FOUND);
    const operatorKey = keyWithRole(db(), id, 'organization_operator', id);
    const operator = await fleet.appAs(operatorKey.id, operatorKey.key);
    await expectStatus(operator.call('UpdateOrganization', { organization_id: id, name: 'Hijacked' }), grpc.status.PERMISSION_DENIED);
    await expectStatus(operator.call('UpdateOrganizationNamespace', { organization_id: id, new_public_namespace: 'hijacked' }), grpc.status.PERMISSION_DENIED);
    expect((await fleet.app.call('GetOrganization', { organization_id: id })).organization.name).toBe('After');
  });

  it('set a namespace by the availability rules; a taken one is ALREADY_EXISTS', async () => {
    const id = await createOrganization('Namespaced');
    const { organization } = await fleet.app.call('UpdateOrganizationNamespace', { organization_id: id, new_public_namespace: 'namespaced-1' });
    expect(organization.public_namespace).toBe('namespaced-1');
    expect((await fleet.app.call('GetOrganizationNamespaceAvailability', { public_namespace: 'namespaced-1' })).available).toBe(false);
    for (const bad of ['', 'Upper', 'under_score', '-lead', 'trail-']) {
      await expectStatus(fleet.app.call('UpdateOrganizationNamespace', { organization_id: id, new_public_namespace: bad }), grpc.status.INVALID_ARGUMENT);
    }
    const taken = await expectStatus(fleet.app.call('UpdateOrganizationNamespace', { organization_id: id, new_public_namespace: 'demo' }), grpc.status.ALREADY_EXISTS);
    expect(taken.details).toContain('demo');
    await expectStatus(fleet.app.call('UpdateOrganization', { organization_id: id, public_namespace: 'demo' }), grpc.status.ALREADY_EXISTS);
    // Setting the namespace it already has is no change, not a conflict.
    await fleet.app.call('UpdateOrganizationNamespace', { organization_id: id, new_public_namespace: 'namespaced-1' });
  });

  it('keeps a namespace that module ids already use', async () => {
    const { organization } = await fleet.app.call('GetOrganization', { organization_id: fleet.orgId });
    await fleet.app.call('CreateModule', { organization_id: fleet.orgId, name: 'pinned-module' });
    const refused = await expectStatus(fleet.app.call('UpdateOrganizationNamespace', { organization_id: fleet.orgId, new_public_namespace: 'demo-2' }), grpc.status.FAILED_PRECONDITION);
    expect(refused.details).toContain('module');
    expect((await fleet.app.call('GetOrganization', { organization_id: fleet.orgId })).organization.public_namespace).toBe(organization.public_namespace);
  });
});

describe('DeleteOrganization', () => {
  it('refuses an organization that still has locations, naming it', async () => {
    const refused = await expectStatus(fleet.app.call('DeleteOrganization', { organization_id: fleet.orgId }), grpc.status.FAILED_PRECONDITION);
    expect(refused.details).toContain(fleet.orgId);
    expect(refused.details).toContain('location');
  });

  it('is for owners only', async () => {
    const id = await createOrganization('Not yours');
    const operatorKey = keyWithRole(db(), id, 'organization_operator', id);
    await expectStatus((await fleet.appAs(operatorKey.id, operatorKey.key)).call('DeleteOrganization', { organization_id: id }), grpc.status.PERMISSION_DENIED);
    const stranger = ownedOrganization(db(), 'Stranger').owner;
    await expectStatus((await fleet.appAs(stranger.id, stranger.key)).call('DeleteOrganization', { organization_id: id }), grpc.status.PERMISSION_DENIED);
    await expectStatus(fleet.app.call('DeleteOrganization', { organization_id: UNKNOWN_ID }), grpc.status.NOT_FOUND);
    expect((await fleet.app.call('GetOrganization', { organization_id: id })).organization.name).toBe('Not yours');
  });

  it('removes an empty organization with its keys, invites, members and authorizations', async () => {
    const id = await createOrganization('Doomed');
    const { id: keyId, key } = await fleet.app.call('CreateKey', { authorizations: [ownerRole(id)], name: 'doomed key' });
    await fleet.app.call('CreateOrganizationInvite', { organization_id: id, email: 'invitee@example.com', authorizations: [ownerRole(id)] });
    addMember(id, crypto.randomUUID());
    await fleet.authenticate(keyId, key);

    await fleet.app.call('DeleteOrganization', { organization_id: id });

    await expectStatus(fleet.app.call('GetOrganization', { organization_id: id }), grpc.status.NOT_FOUND);
    await expectStatus(fleet.authenticate(keyId, key), grpc.status.UNAUTHENTICATED);
    for (const table of ['members', 'invites', 'authorizations', 'api_keys'] as const) expect(rowsIn(table, id)).toBe(0);
    expect((await fleet.app.call('ListOrganizations')).organizations.map((o: { id: string }) => o.id)).not.toContain(id);
    // The caller's own key, minted in the demo organization, keeps working.
    await fleet.app.call('GetOrganization', { organization_id: fleet.orgId });
  });

  it('keeps a key of the deleted organization that owns another one, with its roles there', async () => {
    const parent = await createOrganization('Parent');
    const { id: keyId, key } = await fleet.app.call('CreateKey', { authorizations: [ownerRole(parent)], name: 'founder' });
    const founder = await fleet.appAs(keyId, key);
    const child = await createOrganization('Child', founder);

    await fleet.app.call('DeleteOrganization', { organization_id: parent });

    const again = await fleet.appAs(keyId, key);
    expect((await again.call('GetOrganization', { organization_id: child })).organization.name).toBe('Child');
    expect((await again.call('ListAuthorizations', { organization_id: child })).authorizations.map((a: { identity_id: string }) => a.identity_id)).toEqual([keyId]);
  });

  it('ends its keys\' access to locations shared with it, and its shares with them', async () => {
    const id = await createOrganization('Guest');
    const { id: keyId, key } = await fleet.app.call('CreateKey', { authorizations: [ownerRole(id)], name: 'guest key' });
    const headquartersId = idByName(db(), 'locations', 'Headquarters');
    const rover = await robotWithClient(fleet, headquartersId, 'guest-rover');
    await fleet.app.call('ShareLocation', { location_id: headquartersId, organization_id: id });
    const guest = await fleet.appAs(keyId, key);
    const stream = guest.stream('TailRobotPartLogs', { id: rover.partId });
    stream.on('error', () => {});
    const ended = new Promise<grpc.StatusObject>((resolve) => stream.on('status', resolve));
    await new Promise((resolve) => stream.on('metadata', resolve));

    await fleet.app.call('DeleteOrganization', { organization_id: id });

    expect((await ended).code).toBe(grpc.status.UNAUTHENTICATED);
    expect((await fleet.app.call('GetLocation', { location_id: headquartersId })).location.organizations).toEqual([{ organization_id: fleet.orgId, primary: true }]);
  });
});

describe('ListOrganizationsByUser', () => {
  it("lists the user's organizations among those the caller holds a role in", async () => {
    const userId = crypto.randomUUID();
    addMember(fleet.orgId, userId);
    const other = ownedOrganization(db(), 'Elsewhere');
    addMember(other.orgId, userId);
    const otherApp = await fleet.appAs(other.owner.id, other.owner.key);

    expect((await fleet.app.call('ListOrganizationsByUser', { user_id: userId })).orgs).toEqual([
      expect.objectContaining({ org_id: fleet.orgId, org_name: 'Demo Fleet', public_namespace: 'demo' }),
    ]);
    expect((await otherApp.call('ListOrganizationsByUser', { user_id: userId })).orgs.map((o: { org_id: string }) => o.org_id)).toEqual([other.orgId]);
    expect((await otherApp.call('ListOrganizationsByUser', { user_id: UNKNOWN_ID })).orgs).toEqual([]);
    await expectStatus(fleet.app.call('ListOrganizationsByUser', { user_id: 'someone' }), grpc.status.INVALID_ARGUMENT);
  });
});
