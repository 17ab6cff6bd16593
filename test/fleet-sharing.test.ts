import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestFleet, expectStatus, grpc, keyWithRole, ownedOrganization, robotWithClient, type RpcClient, type TestFleet } from './support/fleet.ts';
import { UNKNOWN_ID } from './support/fixtures.ts';
import { idByName } from './support/graph.ts';
import { waitFor } from './support/wait.ts';

let fleet: TestFleet;
let headquartersId: string;
let assemblyId: string;
let partner: { orgId: string; owner: RpcClient; operator: RpcClient };
beforeAll(async () => {
  fleet = await startTestFleet();
  headquartersId = idByName(db(), 'locations', 'Headquarters');
  assemblyId = idByName(db(), 'locations', 'Assembly Line');
  const { orgId, owner } = ownedOrganization(db(), 'Partner');
  const operatorKey = keyWithRole(db(), orgId, 'organization_operator', orgId);
  partner = { orgId, owner: await fleet.appAs(owner.id, owner.key), operator: await fleet.appAs(operatorKey.id, operatorKey.key) };
});
afterAll(() => fleet.close());

const db = () => fleet.server.db;
const share = (locationId: string, organizationId: string, client = fleet.app) => client.call('ShareLocation', { location_id: locationId, organization_id: organizationId });
const unshare = (locationId: string, organizationId: string, client = fleet.app) => client.call('UnshareLocation', { location_id: locationId, organization_id: organizationId });
const locationNames = async (client: RpcClient, organizationId: string) =>
  ((await client.call('ListLocations', { organization_id: organizationId })).locations as { name: string }[]).map((l) => l.name).sort();

describe('ShareLocation', () => {
  it('lets the other organization read the location, its nested locations and robots, and operate them, but not change them', async () => {
    const rover = await robotWithClient(fleet, headquartersId, 'shared-rover');
    await expectStatus(partner.operator.call('GetLocation', { location_id: headquartersId }), grpc.status.PERMISSION_DENIED);
    expect(await locationNames(partner.operator, partner.orgId)).toEqual([]);

    await share(headquartersId, partner.orgId);

    expect(await locationNames(partner.operator, partner.orgId)).toEqual(['Assembly Line', 'Headquarters']);
    const { location } = await partner.operator.call('GetLocation', { location_id: headquartersId });
    expect(location.organizations).toEqual([
      { organization_id: fleet.orgId, primary: true },
      { organization_id: partner.orgId, primary: false },
    ]);
    expect(location.auth).toBeNull(); // an operator, even through a share, gets no secrets
    expect((await partner.operator.call('GetLocation', { location_id: assemblyId })).location.id).toBe(assemblyId);
    const robots = (await partner.operator.call('ListRobots', { location_id: headquartersId })).robots.map((r: { name: string }) => r.name);
    expect(robots).toContain('shared-rover');
    expect((await partner.operator.call('ListRobotsForOrg', { org_id: partner.orgId })).robots.map((r: { id: string }) => r.id)).toContain(rover.robotId);
    const summaries = await partner.operator.call('ListMachineSummaries', { organization_id: partner.orgId });
    expect(summaries.location_summaries.map((l: { location_id: string }) => l.location_id)).toContain(headquartersId);
    expect((await partner.operator.call('GetRobotParts', { robot_id: rover.robotId })).parts[0].id).toBe(rover.partId);
    await rover.robot.call('Log', { id: rover.partId, logs: [{ level: 'info', message: 'hello partner' }] });
    expect((await partner.operator.call('GetRobotPartLogs', { id: rover.partId })).logs.map((l: { message: string }) => l.message)).toEqual(['hello partner']);
    await partner.operator.call('MarkPartForRestart', { part_id: rover.partId });

    // Writes need owner: the partner's operator is refused; the partner's owner is an owner here.
    await expectStatus(partner.operator.call('UpdateRobot', { id: rover.robotId, name: 'renamed', location: headquartersId }), grpc.status.PERMISSION_DENIED);
    expect((await partner.owner.call('GetLocation', { location_id: headquartersId })).location.auth).toBeNull(); // secrets stay home
    // Only the location's own organization shares it on, takes it back or deletes it.
    await expectStatus(share(headquartersId, UNKNOWN_ID, partner.owner), grpc.status.PERMISSION_DENIED);
    await expectStatus(unshare(headquartersId, partner.orgId, partner.owner), grpc.status.PERMISSION_DENIED);
    await expectStatus(partner.owner.call('DeleteLocation', { location_id: assemblyId }), grpc.status.PERMISSION_DENIED);

    const { organization_identities } = await partner.operator.call('GetOrganizationsWithAccessToLocation', { location_id: assemblyId });
    expect(organization_identities).toEqual([
      { id: fleet.orgId, name: 'Demo Fleet' },
      { id: partner.orgId, name: 'Partner' },
    ]);
    await unshare(headquartersId, partner.orgId);
  });

  it('refuses bad requests with the right status, naming the object', async () => {
    await share(headquartersId, partner.orgId);
    const again = await expectStatus(share(headquartersId, partner.orgId), grpc.status.ALREADY_EXISTS);
    expect(again.details).toContain(partner.orgId);
    await expectStatus(share(headquartersId, fleet.orgId), grpc.status.ALREADY_EXISTS);
    expect((await expectStatus(share(headquartersId, UNKNOWN_ID), grpc.status.NOT_FOUND)).details).toMatch(/^organization_id/);
    expect((await expectStatus(share(UNKNOWN_ID, partner.orgId), grpc.status.NOT_FOUND)).details).toMatch(/^location_id/);
    await expectStatus(share('nope', partner.orgId), grpc.status.INVALID_ARGUMENT);
    const operatorKey = keyWithRole(db(), fleet.orgId, 'location_operator', headquartersId);
    const operator = await fleet.appAs(operatorKey.id, operatorKey.key);
    await expectStatus(share(headquartersId, UNKNOWN_ID, operator), grpc.status.PERMISSION_DENIED);

    const primary = await expectStatus(unshare(headquartersId, fleet.orgId), grpc.status.FAILED_PRECONDITION);
    expect(primary.details).toContain('primary organization');
    const nested = await expectStatus(unshare(assemblyId, partner.orgId), grpc.status.NOT_FOUND);
    expect(nested.details).toContain('parent location');
    await unshare(headquartersId, partner.orgId);
    await expectStatus(unshare(headquartersId, partner.orgId), grpc.status.NOT_FOUND);
  });
});

/** What a share must never let the other organization change: keys, roles, invites, members, secrets. */
const identitiesAndSecrets = () =>
  ['SELECT id, name, key_hash FROM api_keys', 'SELECT * FROM authorizations', 'SELECT * FROM invites', 'SELECT * FROM members', 'SELECT * FROM location_secrets', 'SELECT * FROM part_secrets'].map(
    (sql) => db().prepare(`${sql} ORDER BY 1, 2, 3`).all(),
  );

const role = (authorization_id: string, resource_type: string, resource_id: string, identity_id: string) => ({
  authorization_type: 'role',
  authorization_id,
  resource_type,
  resource_id,
  identity_id,
  identity_type: 'api-key',
});

describe('a shared location and identities or secrets', () => {
  it("gives the other organization's owner no say over keys, roles, invites or secrets, and no secret to read", async () => {
    const rover = await robotWithClient(fleet, headquartersId, 'guarded-rover');
    const hqOwner = keyWithRole(db(), fleet.orgId, 'location_owner', headquartersId, 'hq owner');
    const hqOperator = keyWithRole(db(), fleet.orgId, 'location_operator', headquartersId, 'hq operator');
    const roverOperator = keyWithRole(db(), fleet.orgId, 'robot_operator', rover.robotId, 'rover operator');
    await fleet.app.call('CreateOrganizationInvite', { organization_id: fleet.orgId, email: 'guarded@example.com', authorizations: [role('location_operator', 'location', headquartersId, '')] });
    const locationSecretId = (await fleet.app.call('LocationAuth', { location_id: headquartersId })).auth.secrets[0].id;
    const partSecretId = (await fleet.app.call('GetRobotPart', { id: rover.partId })).part.secrets[0].id;
    await share(headquartersId, partner.orgId);
    const before = identitiesAndSecrets();
    const owner = partner.owner;

    const refused: [string, Record<string, unknown>][] = [
      ['CreateKey', { name: 'backdoor', authorizations: [{ ...role('location_owner', 'location', headquartersId, ''), organization_id: fleet.orgId }] }],
      ['CreateKey', { name: 'backdoor', authorizations: [role('robot_owner', 'robot', rover.robotId, '')] }],
      ['CreateKeyFromExistingKeyAuthorizations', { id: hqOwner.id }],
      ['CreateKeyFromExistingKeyAuthorizations', { id: roverOperator.id }],
      ['RenameKey', { id: hqOwner.id, name: 'renamed' }],
      ['RotateKey', { id: hqOperator.id }],
      ['DeleteKey', { id: roverOperator.id }],
      ['GetRobotAPIKeys', { robot_id: rover.robotId }],
      ['ListKeys', { org_id: fleet.orgId }],
      ['AddRole', { authorization: role('location_owner', 'location', headquartersId, hqOperator.id) }],
      ['AddRole', { authorization: role('robot_owner', 'robot', rover.robotId, roverOperator.id) }],
      ['RemoveRole', { authorization: role('location_operator', 'location', headquartersId, hqOperator.id) }],
      [
        'ChangeRole',
        { old_authorization: role('location_operator', 'location', headquartersId, hqOperator.id), new_authorization: role('location_owner', 'location', headquartersId, hqOperator.id) },
      ],
      ['CreateOrganizationInvite', { organization_id: fleet.orgId, email: 'spy@example.com', authorizations: [role('location_owner', 'location', headquartersId, '')] }],
      ['UpdateOrganizationInviteAuthorizations', { organization_id: fleet.orgId, email: 'guarded@example.com', add_authorizations: [role('location_owner', 'location', headquartersId, '')] }],
      ['ResendOrganizationInvite', { organization_id: fleet.orgId, email: 'guarded@example.com' }],
      ['DeleteOrganizationInvite', { organization_id: fleet.orgId, email: 'guarded@example.com' }],
      ['DeleteOrganizationMember', { organization_id: fleet.orgId, user_id: UNKNOWN_ID }],
      ['LocationAuth', { location_id: headquartersId }],
      ['CreateLocationSecret', { location_id: assemblyId }],
      ['DeleteLocationSecret', { location_id: headquartersId, secret_id: locationSecretId }],
      ['CreateRobotPartSecret', { part_id: rover.partId }],
      ['DeleteRobotPartSecret', { part_id: rover.partId, secret_id: partSecretId }],
    ];
    for (const [method, request] of refused) {
      const error = await expectStatus(owner.call(method, request), grpc.status.PERMISSION_DENIED).catch((e: Error) => {
        throw new Error(`${method}: ${e.message}`);
      });
      expect(error.details, method).not.toMatch(/[a-z0-9]{32}/); // no secret in the refusal
    }
    expect(identitiesAndSecrets()).toEqual(before);

    // Robots and parts are theirs to act on, but every answer leaves the secrets out.
    const noSecrets = (part: { secret: string; secrets: unknown[] }) => expect([part.secret, part.secrets]).toEqual(['', []]);
    noSecrets((await owner.call('GetRobotPart', { id: rover.partId })).part);
    for (const part of (await owner.call('GetRobotParts', { robot_id: rover.robotId })).parts) noSecrets(part);
    noSecrets((await owner.call('GetRobotPartByNameAndLocation', { location_id: headquartersId, name: 'guarded-rover-main' })).part);
    noSecrets((await owner.call('UpdateRobotPart', { id: rover.partId, name: 'guarded-rover-main' })).part);
    for (const entry of (await owner.call('GetRobotPartHistory', { id: rover.partId })).history) noSecrets(entry.old);
    const created = (await owner.call('CreateLocation', { organization_id: fleet.orgId, name: 'Partner corner', parent_location_id: headquartersId })).location;
    expect(created.auth).toBeNull();
    expect((await owner.call('UpdateLocation', { location_id: created.id, name: 'Partner nook' })).location.auth).toBeNull();
    for (const location of (await owner.call('ListLocations', { organization_id: partner.orgId })).locations) expect(location.auth, location.name).toBeNull();
    // The location's own organization still sees them.
    expect((await fleet.app.call('GetRobotPart', { id: rover.partId })).part.secrets.length).toBeGreaterThan(0);

    await unshare(headquartersId, partner.orgId);
    await expectStatus(owner.call('GetLocation', { location_id: created.id }), grpc.status.PERMISSION_DENIED);
    await fleet.app.call('DeleteLocation', { location_id: created.id });
  });
});

describe('UnshareLocation', () => {
  it('takes access away at once and ends the other organization\'s open log tails', async () => {
    const rover = await robotWithClient(fleet, assemblyId, 'unshared-rover');
    await share(headquartersId, partner.orgId);
    const stream = partner.operator.stream('TailRobotPartLogs', { id: rover.partId });
    const messages: string[] = [];
    stream.on('data', (response: { logs: { message: string }[] }) => messages.push(...response.logs.map((l) => l.message)));
    stream.on('error', () => {});
    const ended = new Promise<grpc.StatusObject>((resolve) => stream.on('status', resolve));
    await new Promise((resolve) => stream.on('metadata', resolve));
    await rover.robot.call('Log', { id: rover.partId, logs: [{ level: 'info', message: 'before' }] });
    await waitFor('the shared tail to deliver', () => messages.length === 1);

    await unshare(headquartersId, partner.orgId);

    expect((await ended).code).toBe(grpc.status.PERMISSION_DENIED);
    await expectStatus(partner.operator.call('GetLocation', { location_id: assemblyId }), grpc.status.PERMISSION_DENIED);
    await expectStatus(partner.owner.call('GetRobotParts', { robot_id: rover.robotId }), grpc.status.PERMISSION_DENIED);
    expect(await locationNames(partner.operator, partner.orgId)).toEqual([]);
    expect((await fleet.app.call('GetLocation', { location_id: headquartersId })).location.organizations).toEqual([{ organization_id: fleet.orgId, primary: true }]);
  });
});
