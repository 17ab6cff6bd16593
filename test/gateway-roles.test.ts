/**
 * Roles through GraphQL: AddRole and RemoveRole really change what an identity may do upstream,
 * and ListAuthorizations shows the organization's roles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, errorCode, type TestGateway, apiKeyHeaders } from './support/gateway.ts';
import { keyWithRole } from './support/fleet.ts';
import { UNKNOWN_ID } from './support/fixtures.ts';

let t: TestGateway;
let headquartersId: string;
let operator: { id: string; key: string };
let operatorHeaders: Record<string, string>;

beforeAll(async () => {
  t = await startTestGateway();
  const { locations } = await t.fleet.app.call('ListLocations', { organization_id: t.fleet.orgId });
  headquartersId = locations.find((l: any) => l.name === 'Headquarters').id;
  operator = keyWithRole(t.fleet.server.db, t.fleet.orgId, 'location_operator', headquartersId);
  operatorHeaders = apiKeyHeaders(operator);
});
afterAll(() => t.close());

const ROLE_FIELDS = 'role resourceType resourceId identityId authorizationType authorizationId organizationId';
const ADD_ROLE = `mutation($org: ID!, $input: AuthorizationInput!) { addRole(organizationId: $org, input: $input) { ${ROLE_FIELDS} identityType } }`;
const REMOVE_ROLE = `mutation($org: ID!, $input: AuthorizationInput!) { removeRole(organizationId: $org, input: $input) { ${ROLE_FIELDS} } }`;
const NEW_ROBOT = `mutation($location: ID!, $name: String!) { newRobot(locationId: $location, name: $name) { id name location { id } } }`;

async function robotNamesAt(locationId: string): Promise<string[]> {
  return (await t.fleet.app.call('ListRobots', { organization_id: t.fleet.orgId, location_id: locationId })).robots.map((r: any) => r.name);
}

async function upstreamRolesOf(identityId: string) {
  const { authorizations } = await t.fleet.app.call('ListAuthorizations', { organization_id: t.fleet.orgId });
  return authorizations.filter((a: any) => a.identity_id === identityId).map((a: any) => `${a.authorization_id}@${a.resource_id}`);
}

describe('roles through GraphQL', () => {
  it('AddRole makes an operator key an owner that can create robots; RemoveRole takes that away again', async () => {
    const input = { role: 'OWNER', resourceType: 'LOCATION', resourceId: headquartersId, identityId: operator.id };

    const refused = await t.gql(NEW_ROBOT, { location: headquartersId, name: 'before-grant' }, operatorHeaders);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(await robotNamesAt(headquartersId)).not.toContain('before-grant');

    const added = await t.ok(ADD_ROLE, { org: t.fleet.orgId, input });
    expect(added.addRole).toEqual({
      role: 'OWNER',
      resourceType: 'LOCATION',
      resourceId: headquartersId,
      identityId: operator.id,
      authorizationType: 'role',
      authorizationId: 'location_owner',
      organizationId: t.fleet.orgId,
      // AddRole answers nothing, and the input does not say what kind of identity it names.
      identityType: null,
    });
    expect(await upstreamRolesOf(operator.id)).toEqual(expect.arrayContaining([`location_owner@${headquartersId}`]));

    // The operator's cached token is the same; only its authorizations changed upstream.
    const created = await t.ok(NEW_ROBOT, { location: headquartersId, name: 'granted-bot' }, operatorHeaders);
    expect(created.newRobot).toMatchObject({ name: 'granted-bot', location: { id: headquartersId } });
    expect(await robotNamesAt(headquartersId)).toContain('granted-bot');

    const removed = await t.ok(REMOVE_ROLE, { org: t.fleet.orgId, input });
    expect(removed.removeRole).toMatchObject({ role: 'OWNER', resourceId: headquartersId, identityId: operator.id, authorizationId: 'location_owner' });
    expect(await upstreamRolesOf(operator.id)).toEqual([`location_operator@${headquartersId}`]);

    const refusedAgain = await t.gql(NEW_ROBOT, { location: headquartersId, name: 'after-revoke' }, operatorHeaders);
    expect(errorCode(refusedAgain)).toBe('FORBIDDEN');
    expect(await robotNamesAt(headquartersId)).not.toContain('after-revoke');
  });

  it('lists authorizations (ListAuthorizations), all of them or only those on some resources', async () => {
    const data = await t.ok(
      `query($org: ID!, $hq: ID!) {
        organization(id: $org) {
          all: authorizations { ${ROLE_FIELDS} identityType }
          hq: authorizations(resourceIds: [$hq]) { identityId authorizationId resourceId identityType }
        }
      }`,
      { org: t.fleet.orgId, hq: headquartersId },
    );
    const upstream = (await t.fleet.app.call('ListAuthorizations', { organization_id: t.fleet.orgId })).authorizations;
    expect(data.organization.all.map((a: any) => [a.identityId, a.authorizationId, a.resourceId])).toEqual(
      upstream.map((a: any) => [a.identity_id, a.authorization_id, a.resource_id]),
    );
    expect(data.organization.all).toContainEqual(
      expect.objectContaining({ identityId: t.fleet.keyId, role: 'OWNER', resourceType: 'ORGANIZATION', authorizationId: 'organization_owner' }),
    );
    expect(data.organization.hq).toEqual([{ identityId: operator.id, authorizationId: 'location_operator', resourceId: headquartersId, identityType: 'api-key' }]);
  });

  it('maps refusals: a role held twice, a role not held, an unknown identity, an operator granting, the last owner', async () => {
    const grant = { role: 'OPERATOR', resourceType: 'LOCATION', resourceId: headquartersId, identityId: operator.id };
    expect(errorCode(await t.gql(ADD_ROLE, { org: t.fleet.orgId, input: grant }))).toBe('ALREADY_EXISTS');

    const notHeld = { role: 'OWNER', resourceType: 'ROBOT', resourceId: (await t.fleet.app.call('ListRobots', { organization_id: t.fleet.orgId, location_id: headquartersId })).robots[0].id, identityId: operator.id };
    expect(errorCode(await t.gql(REMOVE_ROLE, { org: t.fleet.orgId, input: notHeld }))).toBe('NOT_FOUND');

    const stranger = { ...grant, role: 'OWNER', identityId: UNKNOWN_ID };
    expect(errorCode(await t.gql(ADD_ROLE, { org: t.fleet.orgId, input: stranger }))).toBe('NOT_FOUND');

    const selfPromotion = { ...grant, role: 'OWNER' };
    expect(errorCode(await t.gql(ADD_ROLE, { org: t.fleet.orgId, input: selfPromotion }, operatorHeaders))).toBe('FORBIDDEN');

    const lastOwner = { role: 'OWNER', resourceType: 'ORGANIZATION', resourceId: t.fleet.orgId, identityId: t.fleet.keyId };
    expect(errorCode(await t.gql(REMOVE_ROLE, { org: t.fleet.orgId, input: lastOwner }))).toBe('FAILED_PRECONDITION');

    expect(await upstreamRolesOf(operator.id)).toEqual([`location_operator@${headquartersId}`]);
    expect(await upstreamRolesOf(t.fleet.keyId)).toEqual([`organization_owner@${t.fleet.orgId}`]);
  });

  it('refuses bad input before or at the upstream, changing nothing', async () => {
    t.fleet.server.calls.reset();
    const noIdentity = await t.gql(ADD_ROLE, { org: t.fleet.orgId, input: { role: 'OWNER', resourceType: 'LOCATION', resourceId: headquartersId } });
    expect(errorCode(noIdentity)).toBe('BAD_USER_INPUT');
    const badRole = await t.gql(ADD_ROLE, { org: t.fleet.orgId, input: { role: 'ADMIN', resourceType: 'LOCATION', resourceId: headquartersId, identityId: operator.id } });
    expect(badRole.errors?.length).toBeGreaterThan(0);
    expect(t.fleet.server.calls.count('AddRole')).toBe(0);

    const malformedResource = await t.gql(ADD_ROLE, { org: t.fleet.orgId, input: { role: 'OWNER', resourceType: 'LOCATION', resourceId: 'not-a-uuid', identityId: operator.id } });
    expect(errorCode(malformedResource)).toBe('BAD_USER_INPUT');
    expect(await upstreamRolesOf(operator.id)).toEqual([`location_operator@${headquartersId}`]);
  });
});
