/**
 * Organizations and sharing through GraphQL: each mutation and field changes (or reads) the
 * embedded fleet server, checked upstream with gRPC.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, errorCode, type TestGateway, apiKeyHeaders } from './support/gateway.ts';
import { expectStatus, grpc, keyWithRole, ownedOrganization } from './support/fleet.ts';
import { expectFieldError, idByName, mainPartId } from './support/graph.ts';

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

  it("the other organization's owner acts on the shared robots but mints, changes and reads no keys, roles or secrets; unsharing leaves nothing of it", async () => {
    const headquartersId = idByName(db(), 'locations', 'Headquarters');
    const roverId = idByName(db(), 'robots', 'rover-1');
    const partId = mainPartId(db(), roverId);
    const hqOwner = keyWithRole(db(), t.fleet.orgId, 'location_owner', headquartersId, 'hq owner');
    const hqOperator = keyWithRole(db(), t.fleet.orgId, 'location_operator', headquartersId, 'hq operator');
    const roverOperator = keyWithRole(db(), t.fleet.orgId, 'robot_operator', roverId, 'rover operator');
    const partner = ownedOrganization(db(), 'Keyless Partner');
    const owner = apiKeyHeaders(partner.owner);
    const keysOf = async () => (await t.fleet.app.call('ListKeys', { org_id: t.fleet.orgId })).api_keys;
    await t.ok('mutation($loc: ID!, $org: ID!) { shareLocation(locationId: $loc, organizationId: $org) { id } }', { loc: headquartersId, org: partner.orgId });
    const keysBefore = await keysOf();

    const forbidden: [string, Record<string, unknown>][] = [
      [
        'mutation($org: ID!, $loc: ID!) { createKey(organizationId: $org, authorizations: [{ role: OWNER, resourceType: LOCATION, resourceId: $loc }]) { key } }',
        { org: t.fleet.orgId, loc: headquartersId },
      ],
      ['mutation($org: ID!, $robot: ID!) { createKey(organizationId: $org, authorizations: [{ role: OWNER, resourceType: ROBOT, resourceId: $robot }]) { key } }', { org: t.fleet.orgId, robot: roverId }],
      ['mutation($id: ID!) { duplicateKey(id: $id) { key } }', { id: hqOwner.id }],
      [
        'mutation($org: ID!, $who: ID!, $loc: ID!) { addRole(organizationId: $org, input: { identityId: $who, role: OWNER, resourceType: LOCATION, resourceId: $loc }) { identityId } }',
        { org: t.fleet.orgId, who: hqOperator.id, loc: headquartersId },
      ],
      ['mutation($id: ID!) { rotateKey(id: $id) { key } }', { id: hqOperator.id }],
      ['mutation($id: ID!) { deleteKey(id: $id) }', { id: roverOperator.id }],
      ['mutation($id: ID!) { renameKey(id: $id, name: "ignore me") { id } }', { id: hqOwner.id }],
      ['mutation($loc: ID!) { createLocationSecret(locationId: $loc) { secrets { secret } } }', { loc: headquartersId }],
      ['mutation($part: ID!) { createRobotPartSecret(partId: $part) { secrets { secret } } }', { part: partId }],
    ];
    for (const [query, variables] of forbidden) expect(errorCode(await t.gql(query, variables, owner)), query).toBe('FORBIDDEN');
    expect(await keysOf()).toEqual(keysBefore);

    // Robots and parts are the partner's to act on, without their secrets.
    const READ = 'query($loc: ID!, $robot: ID!, $part: ID!) { location(id: $loc) { name auth { secrets { secret } } } robot(id: $robot) { name } robotPart(id: $part) { secrets { secret } } }';
    const read = await t.gql(READ, { loc: headquartersId, robot: roverId, part: partId }, owner);
    expectFieldError(read, ['location', 'auth'], 'FORBIDDEN');
    expect(read.data).toEqual({ location: { name: 'Headquarters', auth: null }, robot: { name: 'rover-1' }, robotPart: { secrets: [] } });
    expect(errorCode(await t.gql('query($robot: ID!) { robot(id: $robot) { apiKeys { id } } }', { robot: roverId }, owner))).toBe('FORBIDDEN');
    await t.ok('mutation($part: ID!) { markPartForRestart(id: $part) { id } }', { part: partId }, owner);

    await t.ok('mutation($loc: ID!, $org: ID!) { unshareLocation(locationId: $loc, organizationId: $org) { id } }', { loc: headquartersId, org: partner.orgId });
    expect(errorCode(await t.gql('query($robot: ID!) { robot(id: $robot) { name } }', { robot: roverId }, owner))).toBe('FORBIDDEN');
    // Every key of the demo organization holds exactly the roles it held before the share.
    expect(await keysOf()).toEqual(keysBefore);
  });
});
