/**
 * Members, invites, changeRole, userIdByEmail and checkPermissions through GraphQL against the
 * embedded fleet server; every effect is read back upstream.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, errorCode, type TestGateway, apiKeyHeaders } from './support/gateway.ts';
import { keyWithRole, ownedOrganization } from './support/fleet.ts';
import { idByName } from './support/graph.ts';
import { acceptInvite } from '../src/fleet-server/members.ts';

let t: TestGateway;
let headquartersId: string;
let rover1Id: string;

beforeAll(async () => {
  t = await startTestGateway();
  headquartersId = idByName(t.fleet.server.db, 'locations', 'Headquarters');
  rover1Id = idByName(t.fleet.server.db, 'robots', 'rover-1');
});
afterAll(() => t.close());

const INVITE_FIELDS = 'id organizationId email authorizations { authorizationId resourceId }';
const CREATE_INVITE = `mutation($org: ID!, $email: String!, $auths: [AuthorizationInput!]!) {
  createOrganizationInvite(organizationId: $org, email: $email, authorizations: $auths, sendEmailInvite: false) { ${INVITE_FIELDS} } }`;
const RESEND_INVITE = `mutation($org: ID!, $email: String!) { resendOrganizationInvite(organizationId: $org, email: $email) { ${INVITE_FIELDS} } }`;
const DELETE_INVITE = `mutation($org: ID!, $email: String!) { deleteOrganizationInvite(organizationId: $org, email: $email) }`;
const DELETE_MEMBER = `mutation($org: ID!, $user: ID!) { deleteOrganizationMember(organizationId: $org, userId: $user) }`;
const CHANGE_ROLE = `mutation($org: ID!, $from: AuthorizationInput!, $to: AuthorizationInput!) {
  changeRole(organizationId: $org, from: $from, to: $to) { authorizationId resourceId identityId } }`;
const CHECK = `query($checks: [PermissionCheckInput!]!) { checkPermissions(checks: $checks) { resourceType resourceId permissions } }`;

const operatorOn = (resourceId: string, resourceType = 'LOCATION') => ({ role: 'OPERATOR', resourceType, resourceId });

async function upstreamMembers(orgId = t.fleet.orgId) {
  return t.fleet.app.call('ListOrganizationMembers', { organization_id: orgId });
}
async function upstreamRolesOf(identityId: string, orgId = t.fleet.orgId, app = t.fleet.app) {
  const { authorizations } = await app.call('ListAuthorizations', { organization_id: orgId });
  return authorizations.filter((a: any) => a.identity_id === identityId).map((a: any) => `${a.authorization_id}@${a.resource_id}`);
}

describe('invites through GraphQL', () => {
  it('createOrganizationInvite stores one invite per address; resend returns it; delete withdraws it', async () => {
    const email = 'gql-invite@example.com';
    const created = await t.ok(CREATE_INVITE, { org: t.fleet.orgId, email, auths: [operatorOn(headquartersId)] });
    const { id: inviteId, ...invite } = created.createOrganizationInvite;
    expect(invite).toEqual({ organizationId: t.fleet.orgId, email, authorizations: [{ authorizationId: 'location_operator', resourceId: headquartersId }] });
    expect((await upstreamMembers()).invites.map((i: any) => i.email)).toContain(email);

    const again = await t.gql(CREATE_INVITE, { org: t.fleet.orgId, email: email.toUpperCase(), auths: [operatorOn(headquartersId)] });
    expect(errorCode(again)).toBe('ALREADY_EXISTS');
    expect(errorCode(await t.gql(CREATE_INVITE, { org: t.fleet.orgId, email: 'not an email', auths: [operatorOn(headquartersId)] }))).toBe('BAD_USER_INPUT');

    expect((await t.ok(RESEND_INVITE, { org: t.fleet.orgId, email })).resendOrganizationInvite).toMatchObject({ id: inviteId, email });
    const listed = await t.ok('query($org: ID!) { organization(id: $org) { invites { id email } } }', { org: t.fleet.orgId });
    expect(listed.organization.invites).toContainEqual({ id: inviteId, email });

    const operator = keyWithRole(t.fleet.server.db, t.fleet.orgId, 'organization_operator', t.fleet.orgId);
    expect(errorCode(await t.gql(DELETE_INVITE, { org: t.fleet.orgId, email }, apiKeyHeaders(operator)))).toBe('FORBIDDEN');
    expect((await upstreamMembers()).invites.map((i: any) => i.email)).toContain(email);

    // The id a client evicts: the same the invite had in the mutation and in the list.
    expect(await t.ok(DELETE_INVITE, { org: t.fleet.orgId, email })).toEqual({ deleteOrganizationInvite: inviteId });
    expect((await upstreamMembers()).invites.map((i: any) => i.email)).not.toContain(email);
    expect(errorCode(await t.gql(RESEND_INVITE, { org: t.fleet.orgId, email }))).toBe('NOT_FOUND');
  });
});

describe('members through GraphQL', () => {
  it('deleteOrganizationMember removes the member and their roles upstream; userIdByEmail finds them until then', async () => {
    const email = 'gql-member@example.com';
    await t.ok(CREATE_INVITE, { org: t.fleet.orgId, email, auths: [operatorOn(headquartersId), operatorOn(rover1Id, 'ROBOT')] });
    const { userId } = acceptInvite(t.fleet.server.db, t.fleet.orgId, email);
    expect(await upstreamRolesOf(userId)).toEqual(expect.arrayContaining([`location_operator@${headquartersId}`, `robot_operator@${rover1Id}`]));

    const lookup = `query($email: String!) { userIdByEmail(email: $email) }`;
    expect(await t.ok(lookup, { email })).toEqual({ userIdByEmail: userId });

    const { organization } = await t.ok('query($org: ID!) { organization(id: $org) { members { id userId } } }', { org: t.fleet.orgId });
    const member = organization.members.find((m: { userId: string }) => m.userId === userId);
    expect(member.id).not.toBe(userId); // a user in two organizations is two members
    expect(await t.ok(DELETE_MEMBER, { org: t.fleet.orgId, user: userId })).toEqual({ deleteOrganizationMember: member.id });
    expect((await upstreamMembers()).members.map((m: any) => m.user_id)).not.toContain(userId);
    expect(await upstreamRolesOf(userId)).toEqual([]);
    expect(await t.ok(lookup, { email })).toEqual({ userIdByEmail: null });
    expect(errorCode(await t.gql(DELETE_MEMBER, { org: t.fleet.orgId, user: userId }))).toBe('NOT_FOUND');
  });
});

describe('changeRole through GraphQL', () => {
  it('replaces a role upstream in one step, and refuses to demote the last owner', async () => {
    const key = keyWithRole(t.fleet.server.db, t.fleet.orgId, 'location_operator', headquartersId);
    const changed = await t.ok(CHANGE_ROLE, {
      org: t.fleet.orgId,
      from: { ...operatorOn(headquartersId), identityId: key.id },
      to: { role: 'OWNER', resourceType: 'LOCATION', resourceId: headquartersId },
    });
    expect(changed.changeRole).toEqual({ authorizationId: 'location_owner', resourceId: headquartersId, identityId: key.id });
    expect(await upstreamRolesOf(key.id)).toEqual([`location_owner@${headquartersId}`]);

    const { orgId, owner } = ownedOrganization(t.fleet.server.db, 'Lonely Owner');
    const ownerApp = await t.fleet.appAs(owner.id, owner.key);
    const refused = await t.gql(
      CHANGE_ROLE,
      { org: orgId, from: { role: 'OWNER', resourceType: 'ORGANIZATION', resourceId: orgId, identityId: owner.id }, to: { role: 'OPERATOR', resourceType: 'ORGANIZATION', resourceId: orgId } },
      apiKeyHeaders(owner),
    );
    expect(errorCode(refused)).toBe('FAILED_PRECONDITION');
    expect(refused.errors![0]!.message).toContain(`last organization_owner of organization ${orgId}`);
    expect(await upstreamRolesOf(owner.id, orgId, ownerApp)).toEqual([`organization_owner@${orgId}`]);
  });
});

describe('checkPermissions through GraphQL', () => {
  it('answers what the caller may do, and the gateway then allows exactly that', async () => {
    const operator = keyWithRole(t.fleet.server.db, t.fleet.orgId, 'location_operator', headquartersId);
    const headers = apiKeyHeaders(operator);
    const { checkPermissions } = await t.ok(
      CHECK,
      { checks: [{ resourceType: 'LOCATION', resourceId: headquartersId, permissions: ['read_location', 'write_location', 'read_location_secret'] }] },
      headers,
    );
    expect(checkPermissions).toEqual([{ resourceType: 'location', resourceId: headquartersId, permissions: ['read_location'] }]);
    expect(await t.ok(`query($id: ID!) { location(id: $id) { name } }`, { id: headquartersId }, headers)).toEqual({ location: { name: 'Headquarters' } });
    const write = await t.gql(`mutation($id: ID!) { updateLocation(id: $id, name: "Renamed") { name } }`, { id: headquartersId }, headers);
    expect(errorCode(write)).toBe('FORBIDDEN');

    const unknown = await t.gql(CHECK, { checks: [{ resourceType: 'ROBOT', resourceId: rover1Id, permissions: ['fly_robot'] }] }, headers);
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
  });
});
