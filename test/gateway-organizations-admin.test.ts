/**
 * Organizations and sharing through GraphQL: each mutation and field changes (or reads) the
 * embedded fleet server, checked upstream with gRPC.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, errorCode, type TestGateway, apiKeyHeaders } from './support/gateway.ts';
import { expectStatus, grpc, keyWithRole, ownedOrganization } from './support/fleet.ts';
import { idByName } from './support/graph.ts';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t.close());

const db = () => t.fleet.server.db;
const upstreamOrganization = async (id: string) => (await t.fleet.app.call('GetOrganization', { organization_id: id })).organization;

const CREATE = 'mutation($name: String!) { createOrganization(name: $name) { id name } }';

describe('organizations through GraphQL', () => {
  it("createOrganization makes the caller's key its owner", async () => {
    const { createOrganization } = await t.ok(CREATE, { name: 'Via GraphQL' });
    const { organizations } = await t.ok('{ organizations { id name } }');
    expect(organizations).toContainEqual({ id: createOrganization.id, name: 'Via GraphQL' });
    const { authorizations } = await t.fleet.app.call('ListAuthorizations', { organization_id: createOrganization.id });
    expect(authorizations.map((a: { identity_id: string; authorization_id: string }) => `${a.authorization_id}:${a.identity_id}`)).toEqual([
      `organization_owner:${t.fleet.keyId}`,
    ]);
  });

  it('updateOrganization and updateOrganizationNamespace change the organization upstream', async () => {
    const { createOrganization } = await t.ok(CREATE, { name: 'To change' });
    const id = createOrganization.id;
    const updated = await t.ok('mutation($id: ID!) { updateOrganization(id: $id, name: "Changed", region: "eu-west-1", cid: "c-1") { id name defaultRegion } }', { id });
    expect(updated.updateOrganization).toEqual({ id, name: 'Changed', defaultRegion: 'eu-west-1' });
    expect(await upstreamOrganization(id)).toMatchObject({ name: 'Changed', default_region: 'eu-west-1', cid: 'c-1' });

    const NAMESPACE = 'mutation($id: ID!, $ns: String!) { updateOrganizationNamespace(id: $id, namespace: $ns) { publicNamespace } }';
    expect((await t.ok(NAMESPACE, { id, ns: 'changed-ns' })).updateOrganizationNamespace).toEqual({ publicNamespace: 'changed-ns' });
    expect((await upstreamOrganization(id)).public_namespace).toBe('changed-ns');
    expect(errorCode(await t.gql(NAMESPACE, { id, ns: 'demo' }))).toBe('ALREADY_EXISTS');
    expect(errorCode(await t.gql(NAMESPACE, { id, ns: 'Not Valid' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql('mutation($id: ID!) { updateOrganization(id: $id) { id } }', { id }))).toBe('BAD_USER_INPUT');

    const operator = keyWithRole(db(), id, 'organization_operator', id);
    expect(errorCode(await t.gql('mutation($id: ID!) { updateOrganization(id: $id, name: "Mine") { id } }', { id }, apiKeyHeaders(operator)))).toBe('FORBIDDEN');
    expect((await upstreamOrganization(id)).name).toBe('Changed');
  });

  it('deleteOrganization removes an empty organization and refuses one with locations', async () => {
    const DELETE = 'mutation($id: ID!) { deleteOrganization(id: $id) }';
    const refused = await t.gql(DELETE, { id: t.fleet.orgId });
    expect(errorCode(refused)).toBe('FAILED_PRECONDITION');
    expect(refused.errors![0]!.message).toContain(t.fleet.orgId);

    const { createOrganization } = await t.ok(CREATE, { name: 'To delete' });
    const key = keyWithRole(db(), createOrganization.id, 'organization_operator', createOrganization.id);
    expect(await t.ok(DELETE, { id: createOrganization.id })).toEqual({ deleteOrganization: createOrganization.id });
    await expectStatus(t.fleet.app.call('GetOrganization', { organization_id: createOrganization.id }), grpc.status.NOT_FOUND);
    await expectStatus(t.fleet.authenticate(key.id, key.key), grpc.status.UNAUTHENTICATED);
  });

  it("organizationsOfUser lists a member's organizations the caller can see", async () => {
    const userId = crypto.randomUUID();
    db().prepare('INSERT INTO members (organization_id, user_id, email, date_added) VALUES (?, ?, ?, ?)').run(t.fleet.orgId, userId, 'member@example.com', Date.now());
    const { organizationsOfUser } = await t.ok('query($user: ID!) { organizationsOfUser(userId: $user) { id name publicNamespace organization { id } } }', { user: userId });
    expect(organizationsOfUser).toEqual([{ id: t.fleet.orgId, name: 'Demo Fleet', publicNamespace: 'demo', organization: { id: t.fleet.orgId } }]);
  });
});

describe('sharing through GraphQL', () => {
  it("a shared location appears in the other organization's locations, with organizationsWithAccess; unsharing takes it away", async () => {
    const headquartersId = idByName(db(), 'locations', 'Headquarters');
    const partner = ownedOrganization(db(), 'GraphQL Partner');
    const operator = apiKeyHeaders(keyWithRole(db(), partner.orgId, 'organization_operator', partner.orgId));
    const PARTNER_TREE = 'query($org: ID!) { organization(id: $org) { locations { id name robots { name } } } }';
    expect((await t.ok(PARTNER_TREE, { org: partner.orgId }, operator)).organization.locations).toEqual([]);

    const SHARE = 'mutation($loc: ID!, $org: ID!) { shareLocation(locationId: $loc, organizationId: $org) { id organizationsWithAccess { id name } } }';
    const shared = await t.ok(SHARE, { loc: headquartersId, org: partner.orgId });
    expect(shared.shareLocation.organizationsWithAccess).toEqual([
      { id: t.fleet.orgId, name: 'Demo Fleet' },
      { id: partner.orgId, name: 'GraphQL Partner' },
    ]);
    expect(errorCode(await t.gql(SHARE, { loc: headquartersId, org: partner.orgId }))).toBe('ALREADY_EXISTS');

    const locations = (await t.ok(PARTNER_TREE, { org: partner.orgId }, operator)).organization.locations;
    expect(locations.map((l: { name: string }) => l.name).sort()).toEqual(['Assembly Line', 'Headquarters']);
    expect(locations.find((l: { id: string }) => l.id === headquartersId).robots.length).toBeGreaterThan(0);
    // The partner's operator may read but not write: a DENIED write through a share.
    const write = await t.gql('mutation($loc: ID!) { newRobot(locationId: $loc, name: "intruder") { id } }', { loc: headquartersId }, operator);
    expect(errorCode(write)).toBe('FORBIDDEN');
    const UNSHARE = 'mutation($loc: ID!, $org: ID!) { unshareLocation(locationId: $loc, organizationId: $org) { id organizationsWithAccess { id } } }';
    expect(errorCode(await t.gql(UNSHARE, { loc: headquartersId, org: partner.orgId }, operator))).toBe('FORBIDDEN');

    const unshared = await t.ok(UNSHARE, { loc: headquartersId, org: partner.orgId });
    expect(unshared.unshareLocation.organizationsWithAccess).toEqual([{ id: t.fleet.orgId }]);
    expect((await t.ok(PARTNER_TREE, { org: partner.orgId }, operator)).organization.locations).toEqual([]);
    expect((await t.fleet.app.call('GetOrganizationsWithAccessToLocation', { location_id: headquartersId })).organization_identities).toHaveLength(1);
    expect(errorCode(await t.gql(UNSHARE, { loc: headquartersId, org: t.fleet.orgId }))).toBe('FAILED_PRECONDITION');
  });
});
