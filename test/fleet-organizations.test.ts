import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestFleet, expectStatus, grpc, type TestFleet } from './support/fleet.ts';
import { UNKNOWN_ID } from './support/fixtures.ts';

let fleet: TestFleet;
beforeAll(async () => {
  fleet = await startTestFleet();
});
afterAll(() => fleet.close());

describe('AuthService/Authenticate', () => {
  it('exchanges an API key for a JWT with an expiry', async () => {
    const token = await fleet.authenticate(fleet.keyId, fleet.key);
    const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString());
    expect(payload.sub).toBe(fleet.keyId);
    expect(payload.exp).toBeGreaterThan(Date.now() / 1000);
  });

  it('refuses a wrong key, an unknown type and an authorization header', async () => {
    await expectStatus(fleet.authenticate(fleet.keyId, 'wrong'), grpc.status.UNAUTHENTICATED);
    await expectStatus(fleet.authenticate(fleet.keyId, fleet.key, 'password'), grpc.status.INVALID_ARGUMENT);
    const err = await expectStatus(
      fleet.authClient().call('Authenticate', { entity: fleet.keyId, credentials: { type: 'api-key', payload: fleet.key } }, { authorization: 'Bearer x' }),
      grpc.status.INVALID_ARGUMENT,
    );
    expect(err.details).toMatch(/authorization/);
  });

  it('requires a valid bearer token on AppService', async () => {
    await expectStatus(fleet.appClient().call('ListOrganizations'), grpc.status.UNAUTHENTICATED);
    await expectStatus(fleet.appClient('not-a-jwt').call('ListOrganizations'), grpc.status.UNAUTHENTICATED);
  });

  it('rejects an expired token', async () => {
    const short = await startTestFleet({ tokenTtlSeconds: 1 });
    try {
      const token = await short.authenticate(short.keyId, short.key);
      await new Promise((r) => setTimeout(r, 2100));
      const err = await expectStatus(short.appClient(token).call('ListOrganizations'), grpc.status.UNAUTHENTICATED);
      expect(err.details).toMatch(/expired/);
    } finally {
      await short.close();
    }
  });
});

describe('organizations', () => {
  it('lists the demo organization with its namespace', async () => {
    const { organizations } = await fleet.app.call('ListOrganizations');
    expect(organizations).toHaveLength(1);
    expect(organizations[0]).toMatchObject({ id: fleet.orgId, name: 'Demo Fleet', public_namespace: 'demo' });
  });

  it('answers namespace availability by Viam rules', async () => {
    expect((await fleet.app.call('GetOrganizationNamespaceAvailability', { public_namespace: 'demo' })).available).toBe(false);
    expect((await fleet.app.call('GetOrganizationNamespaceAvailability', { public_namespace: 'free-name-1' })).available).toBe(true);
    for (const bad of ['', 'Upper', 'under_score', '-lead', 'sp ace']) {
      await expectStatus(fleet.app.call('GetOrganizationNamespaceAvailability', { public_namespace: bad }), grpc.status.INVALID_ARGUMENT);
    }
  });

  it('lists members and manages invites', async () => {
    const { members, invites } = await fleet.app.call('ListOrganizationMembers', { organization_id: fleet.orgId });
    expect(members[0].emails).toEqual(['demo@fleetgraph.local']);
    expect(invites).toEqual([]);
    const auth = { authorization_type: 'role', authorization_id: 'organization_operator', resource_type: 'organization', resource_id: fleet.orgId, organization_id: fleet.orgId };
    const { invite } = await fleet.app.call('CreateOrganizationInvite', { organization_id: fleet.orgId, email: 'new@example.com', authorizations: [auth] });
    expect(invite.authorizations).toHaveLength(1);
    await expectStatus(fleet.app.call('CreateOrganizationInvite', { organization_id: fleet.orgId, email: 'new@example.com', authorizations: [auth] }), grpc.status.ALREADY_EXISTS);

    const owner = { ...auth, authorization_id: 'organization_owner' };
    const updated = await fleet.app.call('UpdateOrganizationInviteAuthorizations', { organization_id: fleet.orgId, email: 'new@example.com', add_authorizations: [owner] });
    expect(updated.invite.authorizations.map((a: any) => a.authorization_id).sort()).toEqual(['organization_operator', 'organization_owner']);
    // Removing the only remaining authorization is refused, and nothing changes.
    await fleet.app.call('UpdateOrganizationInviteAuthorizations', { organization_id: fleet.orgId, email: 'new@example.com', remove_authorizations: [owner] });
    await expectStatus(
      fleet.app.call('UpdateOrganizationInviteAuthorizations', { organization_id: fleet.orgId, email: 'new@example.com', remove_authorizations: [auth] }),
      grpc.status.INVALID_ARGUMENT,
    );
    await expectStatus(fleet.app.call('UpdateOrganizationInviteAuthorizations', { organization_id: fleet.orgId, email: 'new@example.com' }), grpc.status.INVALID_ARGUMENT);
    await expectStatus(
      fleet.app.call('UpdateOrganizationInviteAuthorizations', { organization_id: fleet.orgId, email: 'new@example.com', add_authorizations: [{ ...auth, authorization_id: 'organization_king' }] }),
      grpc.status.INVALID_ARGUMENT,
    );
    const after = await fleet.app.call('ListOrganizationMembers', { organization_id: fleet.orgId });
    expect(after.invites[0].authorizations.map((a: any) => a.authorization_id)).toEqual(['organization_operator']);
  });

  it('creates an organization owned by the calling key', async () => {
    const { organization } = await fleet.app.call('CreateOrganization', { name: 'Second' });
    const got = await fleet.app.call('GetOrganization', { organization_id: organization.id });
    expect(got.organization.name).toBe('Second');
    await expectStatus(fleet.app.call('CreateOrganization', { name: '  ' }), grpc.status.INVALID_ARGUMENT);
    await expectStatus(fleet.app.call('GetOrganization', { organization_id: 'nope' }), grpc.status.INVALID_ARGUMENT);
    await expectStatus(fleet.app.call('GetOrganization', { organization_id: UNKNOWN_ID }), grpc.status.NOT_FOUND);
  });
});
