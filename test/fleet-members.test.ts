/**
 * Members, invites, ChangeRole and CheckPermissions on the fleet server over gRPC: each call's
 * effect is read back from the database, and every refusal leaves it as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestFleet,
  appClientAt,
  appWithRole,
  authenticateAt,
  expectStatus,
  grpc,
  keyWithRole,
  operatorAndOtherOrg,
  ownedOrganization,
  type RpcClient,
  type TestFleet,
} from './support/fleet.ts';
import { FLEET_SERVER_ADDRESS_LINE, FLEET_SERVER_KEY_LINES, removeDir, runCli, startCli, tempDataDir } from './support/cli.ts';
import { UNKNOWN_ID } from './support/fixtures.ts';
import { idByName, mainPartId } from './support/graph.ts';
import { acceptInvite } from '../src/fleet-server/members.ts';
import { PERMISSIONS } from '../src/fleet-server/permissions.ts';
import type { MintedKey } from '../src/fleet-server/keys.ts';

let fleet: TestFleet;
let operator: RpcClient;
let other: { orgId: string; key: MintedKey; app: RpcClient };
let ids: { headquarters: string; assembly: string; rover1: string; arm1: string };

const role = (authorization_id: string, resource_type: string, resource_id: string, identity_id = '') => ({
  authorization_type: 'role',
  authorization_id,
  resource_type,
  resource_id,
  identity_id,
});

const grantsOf = (identityId: string) =>
  fleet.server.db
    .prepare('SELECT organization_id, authorization_id, resource_id FROM authorizations WHERE identity_id = ? ORDER BY organization_id, authorization_id, resource_id')
    .all(identityId) as { organization_id: string; authorization_id: string; resource_id: string }[];
const inviteRow = (orgId: string, email: string) => fleet.server.db.prepare('SELECT * FROM invites WHERE organization_id = ? AND email = ?').get(orgId, email);
const isMember = (orgId: string, userId: string) => fleet.server.db.prepare('SELECT 1 FROM members WHERE organization_id = ? AND user_id = ?').get(orgId, userId) !== undefined;

/** A member of `orgId` holding `roles`, made the way people join: invited, then accepting. */
async function member(app: RpcClient, orgId: string, email: string, roles: ReturnType<typeof role>[]): Promise<string> {
  await app.call('CreateOrganizationInvite', { organization_id: orgId, email, authorizations: roles });
  return acceptInvite(fleet.server.db, orgId, email).userId;
}

beforeAll(async () => {
  fleet = await startTestFleet();
  ({ operator, other } = await operatorAndOtherOrg(fleet));
  const db = fleet.server.db;
  ids = {
    headquarters: idByName(db, 'locations', 'Headquarters'),
    assembly: idByName(db, 'locations', 'Assembly Line'),
    rover1: idByName(db, 'robots', 'rover-1'),
    arm1: idByName(db, 'robots', 'arm-1'),
  };
});
afterAll(() => fleet.close());

describe('invites', () => {
  it('are unique per organization and email, whatever the case of the address', async () => {
    const invite = { organization_id: fleet.orgId, email: 'Unique@Example.com', authorizations: [role('location_operator', 'location', ids.headquarters)] };
    await fleet.app.call('CreateOrganizationInvite', invite);
    const err = await expectStatus(fleet.app.call('CreateOrganizationInvite', { ...invite, email: ' unique@example.COM ' }), grpc.status.ALREADY_EXISTS);
    expect(err.details).toContain(`unique@example.com already exists in organization ${fleet.orgId}`);
    // Another organization may invite the same person.
    await other.app.call('CreateOrganizationInvite', { ...invite, organization_id: other.orgId, authorizations: [role('organization_operator', 'organization', other.orgId)] });
    expect(inviteRow(other.orgId, 'unique@example.com')).toBeDefined();
  });

  it('refuses malformed emails and existing members, storing nothing', async () => {
    const count = () => (fleet.server.db.prepare('SELECT count(*) AS n FROM invites').get() as { n: number }).n;
    const before = count();
    for (const email of ['', 'no-at-sign', 'two@@example.com', 'spaces in@example.com', `${'a'.repeat(250)}@example.com`]) {
      const err = await expectStatus(
        fleet.app.call('CreateOrganizationInvite', { organization_id: fleet.orgId, email, authorizations: [role('organization_operator', 'organization', fleet.orgId)] }),
        grpc.status.INVALID_ARGUMENT,
      );
      expect(err.details).toMatch(/^email /);
    }
    await expectStatus(
      fleet.app.call('CreateOrganizationInvite', { organization_id: fleet.orgId, email: 'demo@fleetgraph.local', authorizations: [role('organization_operator', 'organization', fleet.orgId)] }),
      grpc.status.ALREADY_EXISTS,
    );
    expect(count()).toBe(before);
  });

  it('can be resent and deleted by an owner only; a deleted invite is gone', async () => {
    const email = 'resend@example.com';
    await fleet.app.call('CreateOrganizationInvite', { organization_id: fleet.orgId, email, authorizations: [role('robot_operator', 'robot', ids.rover1)] });
    const { invite } = await fleet.app.call('ResendOrganizationInvite', { organization_id: fleet.orgId, email: 'RESEND@example.com', send_email_invite: true });
    expect(invite).toMatchObject({ organization_id: fleet.orgId, email, authorizations: [expect.objectContaining({ authorization_id: 'robot_operator', resource_id: ids.rover1 })] });

    await expectStatus(operator.call('DeleteOrganizationInvite', { organization_id: fleet.orgId, email }), grpc.status.PERMISSION_DENIED);
    await expectStatus(other.app.call('DeleteOrganizationInvite', { organization_id: fleet.orgId, email }), grpc.status.PERMISSION_DENIED);
    expect(inviteRow(fleet.orgId, email)).toBeDefined();

    await fleet.app.call('DeleteOrganizationInvite', { organization_id: fleet.orgId, email });
    expect(inviteRow(fleet.orgId, email)).toBeUndefined();
    const err = await expectStatus(fleet.app.call('DeleteOrganizationInvite', { organization_id: fleet.orgId, email }), grpc.status.NOT_FOUND);
    expect(err.details).toBe(`no invite for ${email} in organization ${fleet.orgId}`);
    await expectStatus(fleet.app.call('ResendOrganizationInvite', { organization_id: fleet.orgId, email }), grpc.status.NOT_FOUND);
    await expectStatus(fleet.app.call('DeleteOrganizationInvite', { organization_id: UNKNOWN_ID, email }), grpc.status.NOT_FOUND);
  });

  it('accepted, make a member holding the invite roles, with one user id across organizations', async () => {
    const email = 'joiner@example.com';
    const userId = await member(fleet.app, fleet.orgId, email, [role('location_owner', 'location', ids.headquarters), role('robot_operator', 'robot', ids.arm1)]);
    expect(isMember(fleet.orgId, userId)).toBe(true);
    expect(inviteRow(fleet.orgId, email)).toBeUndefined();
    expect(grantsOf(userId)).toEqual([
      { organization_id: fleet.orgId, authorization_id: 'location_owner', resource_id: ids.headquarters },
      { organization_id: fleet.orgId, authorization_id: 'robot_operator', resource_id: ids.arm1 },
    ]);
    expect(await member(other.app, other.orgId, email, [role('organization_operator', 'organization', other.orgId)])).toBe(userId);
    expect(() => acceptInvite(fleet.server.db, fleet.orgId, email)).toThrow(`no invite for ${email} in organization ${fleet.orgId}`);
  });
});

describe('DeleteOrganizationMember', () => {
  it("removes the member and every role they hold in that organization, and nothing elsewhere", async () => {
    const email = 'leaver@example.com';
    const userId = await member(fleet.app, fleet.orgId, email, [role('location_operator', 'location', ids.assembly)]);
    await fleet.app.call('AddRole', { authorization: role('robot_owner', 'robot', ids.rover1, userId) });
    await member(other.app, other.orgId, email, [role('organization_operator', 'organization', other.orgId)]);

    await expectStatus(operator.call('DeleteOrganizationMember', { organization_id: fleet.orgId, user_id: userId }), grpc.status.PERMISSION_DENIED);
    expect(grantsOf(userId)).toHaveLength(3);

    await fleet.app.call('DeleteOrganizationMember', { organization_id: fleet.orgId, user_id: userId });
    expect(isMember(fleet.orgId, userId)).toBe(false);
    expect(grantsOf(userId)).toEqual([{ organization_id: other.orgId, authorization_id: 'organization_operator', resource_id: other.orgId }]);
    expect(isMember(other.orgId, userId)).toBe(true);

    const err = await expectStatus(fleet.app.call('DeleteOrganizationMember', { organization_id: fleet.orgId, user_id: userId }), grpc.status.NOT_FOUND);
    expect(err.details).toBe(`user ${userId} is not a member of organization ${fleet.orgId}`);
    await expectStatus(fleet.app.call('DeleteOrganizationMember', { organization_id: fleet.orgId, user_id: 'not-a-uuid' }), grpc.status.INVALID_ARGUMENT);
  });
});

describe("an organization's last owner", () => {
  it('cannot step down by ChangeRole or RemoveRole; with another owner it can, atomically', async () => {
    const { orgId, owner } = ownedOrganization(fleet.server.db, 'One Owner');
    const ownerApp = await fleet.appAs(owner.id, owner.key);
    const stepDown = { old_authorization: role('organization_owner', 'organization', orgId, owner.id), new_authorization: role('organization_operator', 'organization', orgId) };
    const err = await expectStatus(ownerApp.call('ChangeRole', stepDown), grpc.status.FAILED_PRECONDITION);
    expect(err.details).toBe(`${owner.id} is the last organization_owner of organization ${orgId}; add another owner first`);
    await expectStatus(ownerApp.call('RemoveRole', { authorization: stepDown.old_authorization }), grpc.status.FAILED_PRECONDITION);
    expect(grantsOf(owner.id)).toEqual([{ organization_id: orgId, authorization_id: 'organization_owner', resource_id: orgId }]);

    const userId = await member(ownerApp, orgId, 'boss@example.com', [role('organization_owner', 'organization', orgId)]);
    await ownerApp.call('ChangeRole', stepDown);
    expect(grantsOf(owner.id)).toEqual([{ organization_id: orgId, authorization_id: 'organization_operator', resource_id: orgId }]);
    // The member is the only owner now; the key, an operator, can no longer remove anyone.
    await expectStatus(ownerApp.call('DeleteOrganizationMember', { organization_id: orgId, user_id: userId }), grpc.status.PERMISSION_DENIED);
    expect(grantsOf(userId)).toEqual([{ organization_id: orgId, authorization_id: 'organization_owner', resource_id: orgId }]);
  });
});

describe('ChangeRole', () => {
  it("replaces one role with another, effective on the identity's next call", async () => {
    const key = keyWithRole(fleet.server.db, fleet.orgId, 'location_operator', ids.headquarters);
    const app = await fleet.appAs(key.id, key.key);
    await expectStatus(app.call('NewRobot', { name: 'promoted', location: ids.headquarters }), grpc.status.PERMISSION_DENIED);
    await fleet.app.call('ChangeRole', {
      old_authorization: role('location_operator', 'location', ids.headquarters, key.id),
      new_authorization: role('location_owner', 'location', ids.headquarters, key.id),
    });
    expect(grantsOf(key.id)).toEqual([{ organization_id: fleet.orgId, authorization_id: 'location_owner', resource_id: ids.headquarters }]);
    expect((await app.call('NewRobot', { name: 'promoted', location: ids.headquarters })).id).toBeDefined();
    const stored = fleet.server.db.prepare('SELECT identity_type FROM authorizations WHERE identity_id = ?').get(key.id) as { identity_type: string };
    expect(stored.identity_type).toBe('api-key');
  });

  it('refuses with the status naming the field, and leaves the old role in place', async () => {
    const key = keyWithRole(fleet.server.db, fleet.orgId, 'robot_operator', ids.rover1);
    const from = role('robot_operator', 'robot', ids.rover1, key.id);
    await fleet.app.call('AddRole', { authorization: role('robot_owner', 'robot', ids.arm1, key.id) });
    const before = grantsOf(key.id);
    const refusals: [Record<string, unknown>, grpc.status, RegExp][] = [
      [{ old_authorization: from, new_authorization: role('robot_owner', 'robot', ids.arm1) }, grpc.status.ALREADY_EXISTS, /^new_authorization: identity .* already holds robot_owner/],
      [{ old_authorization: from, new_authorization: role('organization_owner', 'organization', other.orgId) }, grpc.status.PERMISSION_DENIED, /^new_authorization: /],
      [{ old_authorization: from, new_authorization: role('robot_owner', 'robot', UNKNOWN_ID) }, grpc.status.NOT_FOUND, /^new_authorization: robot .* not found/],
      [{ old_authorization: from, new_authorization: role('robot_owner', 'robot', ids.rover1, fleet.keyId) }, grpc.status.INVALID_ARGUMENT, /^new_authorization.identity_id must be/],
      [{ old_authorization: from, new_authorization: from }, grpc.status.INVALID_ARGUMENT, /are the same role/],
      [{ old_authorization: role('robot_owner', 'robot', ids.rover1, key.id), new_authorization: role('robot_operator', 'robot', ids.arm1) }, grpc.status.NOT_FOUND, /^old_authorization: identity .* holds no robot_owner/],
      [{ old_authorization: { ...from, authorization_id: 'robot_king' }, new_authorization: from }, grpc.status.INVALID_ARGUMENT, /^old_authorization: authorization.authorization_id must be one of/],
      [{ new_authorization: from }, grpc.status.INVALID_ARGUMENT, /^old_authorization is required/],
    ];
    for (const [request, code, message] of refusals) {
      const err = await expectStatus(fleet.app.call('ChangeRole', request), code);
      expect(err.details).toMatch(message);
    }
    // An operator of the organization may not change roles at all.
    await expectStatus(operator.call('ChangeRole', { old_authorization: from, new_authorization: role('robot_owner', 'robot', ids.rover1) }), grpc.status.PERMISSION_DENIED);
    expect(grantsOf(key.id)).toEqual(before);
  });

  it('ends an open log tail that relied on the old role', async () => {
    const key = keyWithRole(fleet.server.db, fleet.orgId, 'robot_operator', ids.rover1);
    const app = await fleet.appAs(key.id, key.key);
    const stream = app.stream('TailRobotPartLogs', { id: mainPartId(fleet.server.db, ids.rover1) });
    const ended = new Promise<grpc.StatusObject>((resolve) => {
      stream.on('status', resolve);
      stream.on('error', () => {});
    });
    await new Promise<void>((resolve) => stream.on('metadata', () => resolve()));
    await fleet.app.call('ChangeRole', { old_authorization: role('robot_operator', 'robot', ids.rover1, key.id), new_authorization: role('robot_operator', 'robot', ids.arm1) });
    expect((await ended).code).toBe(grpc.status.PERMISSION_DENIED);
  });
});

describe('GetUserIDByEmail', () => {
  it('finds members of organizations the caller can see, and no one else', async () => {
    const demo = fleet.server.db.prepare("SELECT user_id FROM members WHERE email = 'demo@fleetgraph.local'").get() as { user_id: string };
    expect((await operator.call('GetUserIDByEmail', { email: 'Demo@FleetGraph.local' })).user_id).toBe(demo.user_id);
    const err = await expectStatus(other.app.call('GetUserIDByEmail', { email: 'demo@fleetgraph.local' }), grpc.status.NOT_FOUND);
    expect(err.details).toBe('no user with email demo@fleetgraph.local in the organizations this key can see');
    await expectStatus(operator.call('GetUserIDByEmail', { email: 'nobody' }), grpc.status.INVALID_ARGUMENT);
  });
});

/**
 * For every role, each permission CheckPermissions answers is tried with a call it stands for:
 * allowed exactly when the answer says so. An action is "allowed" when it is not refused with
 * PERMISSION_DENIED (read_robot_secret: when GetRobotPart shows the part's secrets).
 */
describe('CheckPermissions', () => {
  const ROLES = ['organization_owner', 'organization_operator', 'location_owner', 'location_operator', 'robot_owner', 'robot_operator'] as const;
  let n = 0;
  const allowed = async (call: Promise<unknown>) =>
    call.then(
      () => true,
      (error: grpc.ServiceError) => {
        if (error.code === grpc.status.PERMISSION_DENIED) return false;
        throw error;
      },
    );
  const partId = () => mainPartId(fleet.server.db, ids.arm1);
  const ACTIONS: Record<string, (app: RpcClient) => Promise<boolean>> = {
    read_organization: (app) => allowed(app.call('ListOrganizationMembers', { organization_id: fleet.orgId })),
    write_organization: (app) =>
      allowed(app.call('CreateOrganizationInvite', { organization_id: fleet.orgId, email: `check-${++n}@example.com`, authorizations: [role('organization_operator', 'organization', fleet.orgId)] })),
    read_fragment: (app) => allowed(app.call('ListFragments', { organization_id: fleet.orgId })),
    write_fragment: (app) => allowed(app.call('CreateFragment', { organization_id: fleet.orgId, name: `check-${++n}` })),
    read_location: (app) => allowed(app.call('GetLocation', { location_id: ids.assembly })),
    write_location: (app) => allowed(app.call('UpdateLocation', { location_id: ids.assembly, name: 'Assembly Line' })),
    read_location_secret: (app) => allowed(app.call('LocationAuth', { location_id: ids.assembly })),
    read_robot: (app) => allowed(app.call('GetRobot', { id: ids.arm1 })),
    read_robot_config: (app) => allowed(app.call('GetRobotParts', { robot_id: ids.arm1 })),
    read_robot_logs: (app) => allowed(app.call('GetRobotPartLogs', { id: partId() })),
    read_robot_history: (app) => allowed(app.call('GetRobotPartHistory', { id: partId() })),
    control_robot: (app) => allowed(app.call('MarkPartForRestart', { part_id: partId() })),
    write_robot: (app) => allowed(app.call('UpdateRobot', { id: ids.arm1, name: 'arm-1', location: ids.assembly })),
    read_robot_secret: async (app) => {
      const response = await app.call('GetRobotPart', { id: partId() }).catch((error: grpc.ServiceError) => {
        if (error.code === grpc.status.PERMISSION_DENIED) return null;
        throw error;
      });
      return (response?.part.secrets.length ?? 0) > 0;
    },
  };
  const resourceOf = { organization: () => fleet.orgId, location: () => ids.assembly, robot: () => ids.arm1 };

  it('names an action for every permission it knows', () => {
    expect(Object.keys(ACTIONS).sort()).toEqual(Object.keys(PERMISSIONS).sort());
  });

  /** Asks CheckPermissions about everything, tries every action, expects both to agree; returns the answer. */
  async function answeredAsActed(app: RpcClient): Promise<Set<string>> {
    const asks = (['organization', 'location', 'robot'] as const).map((type) => ({
      resource_type: type,
      resource_id: resourceOf[type](),
      permissions: Object.entries(PERMISSIONS)
        .filter(([, p]) => p.resourceType === type)
        .map(([name]) => name),
    }));
    const { authorized_permissions } = await app.call('CheckPermissions', { permissions: asks });
    const answered = new Set<string>(authorized_permissions.flatMap((a: { permissions: string[] }) => a.permissions));
    const outcomes: Record<string, boolean> = {};
    for (const [name, act] of Object.entries(ACTIONS)) outcomes[name] = await act(app);
    expect(Object.fromEntries(Object.keys(ACTIONS).map((name) => [name, answered.has(name)]))).toEqual(outcomes);
    return answered;
  }

  for (const heldRole of ROLES) {
    it(`answers what a ${heldRole} may then do`, async () => {
      const resourceType = heldRole.slice(0, heldRole.lastIndexOf('_')) as keyof typeof resourceOf;
      // Held on the organization, on Headquarters (Assembly Line's parent) or on arm-1 itself.
      const heldOn = { organization: fleet.orgId, location: ids.headquarters, robot: ids.arm1 }[resourceType];
      const answered = await answeredAsActed(await appWithRole(fleet, heldRole, heldOn));
      // Not vacuous: every role may do something, and only organization owners everything.
      expect(answered.size).toBeGreaterThan(0);
      expect(answered.size === Object.keys(PERMISSIONS).length).toBe(heldRole === 'organization_owner');
    });
  }

  it('answers what an owner of an organization Headquarters is shared with may do: robots and parts, no secrets', async () => {
    await fleet.app.call('ShareLocation', { location_id: ids.headquarters, organization_id: other.orgId });
    try {
      const answered = await answeredAsActed(other.app);
      expect([...answered].sort()).toEqual(
        ['control_robot', 'read_location', 'read_robot', 'read_robot_config', 'read_robot_history', 'read_robot_logs', 'write_location', 'write_robot'].sort(),
      );
    } finally {
      await fleet.app.call('UnshareLocation', { location_id: ids.headquarters, organization_id: other.orgId });
    }
  });

  it('answers nothing on another organization, and refuses unknown permissions and resources', async () => {
    const { authorized_permissions } = await other.app.call('CheckPermissions', {
      permissions: [{ resource_type: 'robot', resource_id: ids.arm1, permissions: ['read_robot', 'write_robot'] }],
    });
    expect(authorized_permissions).toEqual([{ resource_type: 'robot', resource_id: ids.arm1, permissions: [] }]);
    const refusals: [Record<string, unknown>, grpc.status, RegExp][] = [
      [{ resource_type: 'robot', resource_id: ids.arm1, permissions: ['fly_robot'] }, grpc.status.INVALID_ARGUMENT, /^permissions\[0\].permissions\[0\] "fly_robot" is not a known permission/],
      [{ resource_type: 'location', resource_id: ids.assembly, permissions: ['read_robot'] }, grpc.status.INVALID_ARGUMENT, /read_robot applies to a robot, not a location/],
      [{ resource_type: 'fleet', resource_id: ids.arm1, permissions: [] }, grpc.status.INVALID_ARGUMENT, /^permissions\[0\].resource_type must be one of/],
      [{ resource_type: 'robot', resource_id: UNKNOWN_ID, permissions: ['read_robot'] }, grpc.status.NOT_FOUND, /^permissions\[0\].resource_id: robot .* not found/],
    ];
    for (const [ask, code, message] of refusals) {
      const err = await expectStatus(fleet.app.call('CheckPermissions', { permissions: [ask] }), code);
      expect(err.details).toMatch(message);
    }
  });
});


describe('npx fleetgraph invites accept', () => {
  it('makes the invitee a member of a running fleet server, with the invite roles, once', { timeout: 90_000 }, async () => {
    const dataDir = tempDataDir();
    const server = startCli(['fleet-server', '--port', '0', '--data-dir', dataDir]);
    const clients: RpcClient[] = [];
    try {
      const [, address] = await server.waitFor(FLEET_SERVER_ADDRESS_LINE);
      const [, keyId, key] = await server.waitFor(FLEET_SERVER_KEY_LINES);
      const [, orgId] = await server.waitFor(/demo organization: (\S+)/);
      const app = appClientAt(address!, await authenticateAt(address!, keyId!, key!));
      clients.push(app);
      const { locations } = await app.call('ListLocations', { organization_id: orgId });
      const headquarters = locations.find((l: { name: string }) => l.name === 'Headquarters').id as string;
      await app.call('CreateOrganizationInvite', { organization_id: orgId, email: 'cli@example.com', authorizations: [role('location_owner', 'location', headquarters)] });

      const accepted = await runCli(['invites', 'accept', '--org', orgId!, '--email', 'CLI@example.com', '--data-dir', dataDir]);
      expect(accepted.stderr).toBe('');
      expect(accepted.code).toBe(0);
      const printed = JSON.parse(accepted.stdout);
      expect(printed).toMatchObject({ organizationId: orgId, email: 'cli@example.com', roles: [{ role: 'location_owner', resourceType: 'location', resourceId: headquarters }] });

      const { members, invites } = await app.call('ListOrganizationMembers', { organization_id: orgId });
      expect(members.map((m: { user_id: string; emails: string[] }) => [m.user_id, m.emails])).toContainEqual([printed.userId, ['cli@example.com']]);
      expect(invites).toEqual([]);
      const { authorizations } = await app.call('ListAuthorizations', { organization_id: orgId, resource_ids: [headquarters] });
      expect(authorizations).toContainEqual(expect.objectContaining({ identity_id: printed.userId, identity_type: 'user', authorization_id: 'location_owner' }));

      const again = await runCli(['invites', 'accept', '--org', orgId!, '--email', 'cli@example.com', '--data-dir', dataDir]);
      expect(again.code).toBe(1);
      expect(again.stderr).toBe(`fleetgraph: no invite for cli@example.com in organization ${orgId}\n`);
      const usage = await runCli(['invites', 'accept', '--org', orgId!, '--data-dir', dataDir]);
      expect(usage.stderr).toContain('--email <invited address> is required');
      expect(usage.code).toBe(1);
    } finally {
      for (const c of clients) c.close();
      await server.stop();
      removeDir(dataDir);
    }
  });
});
