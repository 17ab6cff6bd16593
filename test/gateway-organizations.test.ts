/**
 * Organizations through GraphQL: ListOrganizations, members and invites (one upstream call for
 * both), namespace availability, invite authorizations, and the organization's robots.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway, apiKeyHeaders } from './support/gateway.ts';
import { expectOnlyError, idByName } from './support/graph.ts';
import { ownedOrganization } from './support/fleet.ts';
import { UNKNOWN_ID } from './support/fixtures.ts';
import { insertLocation } from '../src/fleet-server/locations.ts';
import { insertRobot } from '../src/fleet-server/robots.ts';

let t: TestGateway;
let otherOrgId: string;
let otherHeaders: Record<string, string>;

beforeAll(async () => {
  t = await startTestGateway();
  const db = t.fleet.server.db;
  db.transaction(() => {
    const { orgId, owner } = ownedOrganization(db, 'Other Fleet', 'other-fleet');
    otherOrgId = orgId;
    insertRobot(db, insertLocation(db, otherOrgId, 'Depot', null).id, 'forklift');
    otherHeaders = apiKeyHeaders(owner);
  })();
});
afterAll(() => t.close());

/** The invite for `email` as the upstream stores it, or undefined. */
async function upstreamInvite(email: string) {
  const { invites } = await t.fleet.app.call('ListOrganizationMembers', { organization_id: t.fleet.orgId });
  return invites.find((i: { email: string }) => i.email === email);
}

const authorizationIds = (list: { authorization_id?: string; authorizationId?: string; resource_id?: string; resourceId?: string }[]) =>
  list.map((a) => `${a.authorization_id ?? a.authorizationId}@${a.resource_id ?? a.resourceId}`).sort();

describe('Query.organizations (ListOrganizations)', () => {
  it('lists the organizations the caller belongs to, as the upstream does', async () => {
    const data = await t.ok('{ organizations { id name publicNamespace defaultRegion createdOn } }');
    const { organizations } = await t.fleet.app.call('ListOrganizations', {});
    expect(data.organizations).toEqual(
      organizations.map((o: any) => ({
        id: o.id,
        name: o.name,
        publicNamespace: o.public_namespace,
        defaultRegion: o.default_region,
        createdOn: new Date(Number(o.created_on.seconds) * 1000 + Math.floor(o.created_on.nanos / 1e6)).toISOString(),
      })),
    );
    expect(data.organizations.map((o: any) => o.name)).toEqual(['Demo Fleet']);
  });

  it('shows another key its own organization only', async () => {
    const data = await t.ok('{ organizations { id name } }', {}, otherHeaders);
    expect(data.organizations).toEqual([{ id: otherOrgId, name: 'Other Fleet' }]);
  });

  it('answers an unknown organization id with NOT_FOUND and a foreign one with FORBIDDEN', async () => {
    const unknown = await t.gql('query($id: ID!) { organization(id: $id) { name } }', { id: UNKNOWN_ID });
    expectOnlyError(unknown, ['organization'], 'NOT_FOUND', 'NOT_FOUND');
    const foreign = await t.gql('query($id: ID!) { organization(id: $id) { name } }', { id: otherOrgId });
    expectOnlyError(foreign, ['organization'], 'FORBIDDEN', 'PERMISSION_DENIED');
  });
});

describe('Organization.members and Organization.invites (ListOrganizationMembers)', () => {
  it('returns members and invites from one upstream call', async () => {
    const hq = idByName(t.fleet.server.db, 'locations', 'Headquarters');
    await t.fleet.app.call('CreateOrganizationInvite', {
      organization_id: t.fleet.orgId,
      email: 'members-test@example.com',
      authorizations: [{ authorization_type: 'role', authorization_id: 'location_operator', resource_type: 'location', resource_id: hq, organization_id: t.fleet.orgId }],
    });
    const calls = t.fleet.server.calls;
    await t.ok('{ organizations { id } }'); // token exchanged before counting
    calls.reset();
    const data = await t.ok(
      `query($id: ID!) { organization(id: $id) {
        members { userId emails dateAdded }
        invites { organizationId email createdOn authorizations { role resourceType resourceId authorizationId } }
      } }`,
      { id: t.fleet.orgId },
    );
    expect(calls.count('ListOrganizationMembers')).toBe(1);

    const upstream = await t.fleet.app.call('ListOrganizationMembers', { organization_id: t.fleet.orgId });
    expect(data.organization.members).toEqual(
      upstream.members.map((m: any) => ({ userId: m.user_id, emails: m.emails, dateAdded: new Date(Number(m.date_added.seconds) * 1000 + Math.floor(m.date_added.nanos / 1e6)).toISOString() })),
    );
    expect(data.organization.members[0].emails).toEqual(['demo@fleetgraph.local']);
    const invite = data.organization.invites.find((i: any) => i.email === 'members-test@example.com');
    expect(invite).toMatchObject({
      organizationId: t.fleet.orgId,
      authorizations: [{ role: 'OPERATOR', resourceType: 'LOCATION', resourceId: hq, authorizationId: 'location_operator' }],
    });
    expect(data.organization.invites.map((i: any) => i.email)).toEqual(upstream.invites.map((i: any) => i.email));
  });
});

describe('Query.organizationNamespaceAvailable (GetOrganizationNamespaceAvailability)', () => {
  it('says taken for a namespace in use and free for a new one', async () => {
    const data = await t.ok('{ demo: organizationNamespaceAvailable(namespace: "demo") other: organizationNamespaceAvailable(namespace: "other-fleet") fresh: organizationNamespaceAvailable(namespace: "brand-new-ns") }');
    expect(data).toEqual({ demo: false, other: false, fresh: true });
  });

  it('rejects a namespace that is not lowercase letters, digits and dashes as BAD_USER_INPUT', async () => {
    const result = await t.gql('{ organizationNamespaceAvailable(namespace: "Not Valid!") }');
    expectOnlyError(result, ['organizationNamespaceAvailable'], 'BAD_USER_INPUT', 'INVALID_ARGUMENT');
  });
});

describe('Mutation.updateOrganizationInviteAuthorizations', () => {
  const email = 'invitee@example.com';
  let hq: string;
  let assembly: string;

  beforeAll(async () => {
    hq = idByName(t.fleet.server.db, 'locations', 'Headquarters');
    assembly = idByName(t.fleet.server.db, 'locations', 'Assembly Line');
    await t.fleet.app.call('CreateOrganizationInvite', {
      organization_id: t.fleet.orgId,
      email,
      authorizations: [{ authorization_type: 'role', authorization_id: 'organization_operator', resource_type: 'organization', resource_id: t.fleet.orgId, organization_id: t.fleet.orgId }],
    });
  });

  const UPDATE = `mutation($org: ID!, $email: String!, $add: [AuthorizationInput!], $remove: [AuthorizationInput!]) {
    updateOrganizationInviteAuthorizations(organizationId: $org, email: $email, add: $add, remove: $remove) {
      email authorizations { role resourceType resourceId authorizationId }
    }
  }`;

  it('adds and removes roles of a pending invite and returns it', async () => {
    const data = await t.ok(UPDATE, {
      org: t.fleet.orgId,
      email,
      add: [
        { role: 'OWNER', resourceType: 'LOCATION', resourceId: assembly },
        { role: 'OPERATOR', resourceType: 'LOCATION', resourceId: hq },
      ],
      remove: [{ role: 'OPERATOR', resourceType: 'ORGANIZATION', resourceId: t.fleet.orgId }],
    });
    const expected = [`location_operator@${hq}`, `location_owner@${assembly}`].sort();
    expect(data.updateOrganizationInviteAuthorizations.email).toBe(email);
    expect(authorizationIds(data.updateOrganizationInviteAuthorizations.authorizations)).toEqual(expected);
    expect(authorizationIds((await upstreamInvite(email)).authorizations)).toEqual(expected);
  });

  it('rejects unknown invites, roles the invite lacks and foreign resources, changing nothing', async () => {
    const before = authorizationIds((await upstreamInvite(email)).authorizations);

    const unknown = await t.gql(UPDATE, { org: t.fleet.orgId, email: 'nobody@example.com', add: [{ role: 'OWNER', resourceType: 'LOCATION', resourceId: hq }] });
    expectOnlyError(unknown, ['updateOrganizationInviteAuthorizations'], 'NOT_FOUND', 'NOT_FOUND');

    const notHeld = await t.gql(UPDATE, { org: t.fleet.orgId, email, remove: [{ role: 'OWNER', resourceType: 'ORGANIZATION', resourceId: t.fleet.orgId }] });
    expectOnlyError(notHeld, ['updateOrganizationInviteAuthorizations'], 'BAD_USER_INPUT', 'INVALID_ARGUMENT');

    const foreign = await t.gql(UPDATE, { org: t.fleet.orgId, email, add: [{ role: 'OWNER', resourceType: 'ORGANIZATION', resourceId: otherOrgId }] });
    expectOnlyError(foreign, ['updateOrganizationInviteAuthorizations'], 'BAD_USER_INPUT', 'INVALID_ARGUMENT');

    const malformed = await t.gql(UPDATE, { org: t.fleet.orgId, email, add: [{ role: 'OWNER', resourceType: 'LOCATION', resourceId: 'not-a-uuid' }] });
    expectOnlyError(malformed, ['updateOrganizationInviteAuthorizations'], 'BAD_USER_INPUT', 'INVALID_ARGUMENT');

    // An invalid role never reaches the upstream: GraphQL rejects the enum value.
    const calls = t.fleet.server.calls;
    calls.reset();
    const invalidRole = await t.gql(UPDATE, { org: t.fleet.orgId, email, add: [{ role: 'ADMIN', resourceType: 'LOCATION', resourceId: hq }] });
    expect(invalidRole.data).toBeUndefined();
    expect(invalidRole.errors?.[0]?.message).toMatch(/ADMIN/);
    expect(calls.count('UpdateOrganizationInviteAuthorizations')).toBe(0);

    const otherKey = await t.gql(UPDATE, { org: t.fleet.orgId, email, add: [{ role: 'OWNER', resourceType: 'LOCATION', resourceId: hq }] }, otherHeaders);
    expectOnlyError(otherKey, ['updateOrganizationInviteAuthorizations'], 'FORBIDDEN', 'PERMISSION_DENIED');

    expect(authorizationIds((await upstreamInvite(email)).authorizations)).toEqual(before);
  });
});

describe('Organization.robots (ListRobotsForOrg)', () => {
  it('lists every robot of the organization in all its locations', async () => {
    const data = await t.ok('query($id: ID!) { organization(id: $id) { robots { id name location { name } } } }', { id: t.fleet.orgId });
    const { robots } = await t.fleet.app.call('ListRobotsForOrg', { org_id: t.fleet.orgId });
    expect(data.organization.robots.map((r: any) => r.id)).toEqual(robots.map((r: any) => r.id));
    expect(data.organization.robots.map((r: any) => `${r.name}@${r.location.name}`).sort()).toEqual([
      'arm-1@Assembly Line',
      'arm-2@Assembly Line',
      'rover-1@Headquarters',
      'rover-2@Headquarters',
    ]);
  });
});
