/**
 * One operation, several mutations: every mutation field forgets what the operation read before
 * it, so a later field shows the fleet as the earlier mutations left it. Each test is one
 * operation of aliased mutations, each selecting the list (or object) the first one changed.
 * Where a mutation's result has no way back to the list it changed (invites, roles, secrets
 * deleted by id), the list is read before and after it through `markPartForRestart`, which
 * changes nothing a test reads.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import { idByName } from './support/graph.ts';
import { keyWithRole } from './support/fleet.ts';

let t: TestGateway;
let orgId: string;
let headquarters: string;
let roverId: string;
let roverPart: string;

beforeAll(async () => {
  t = await startTestGateway();
  const db = t.fleet.server.db;
  orgId = t.fleet.orgId;
  headquarters = idByName(db, 'locations', 'Headquarters');
  roverId = idByName(db, 'robots', 'rover-1');
  roverPart = idByName(db, 'robot_parts', 'rover-1-camera');
});
afterAll(() => t.close());

/** A mutation field that reads `selection` of the demo organization (through a part of rover-1). */
const readOrganization = (alias: string, selection: string) =>
  `${alias}: markPartForRestart(id: $part) { location { organization { ${selection} } } }`;

const names = (list: { name: string }[]) => list.map((item) => item.name).sort();

describe('two mutations in one operation: the second sees what the first changed', () => {
  it('fragments: createFragment, updateFragment and deleteFragment', async () => {
    const data = await t.ok(
      `mutation($org: ID!) {
        a: createFragment(organizationId: $org, name: "stale-frag-a") { id organization { fragments { name } } }
        b: createFragment(organizationId: $org, name: "stale-frag-b") { id organization { fragments { name } } }
      }`,
      { org: orgId },
    );
    expect(names(data.b.organization.fragments)).toEqual(expect.arrayContaining(['stale-frag-a', 'stale-frag-b']));

    const changed = await t.ok(
      `mutation($org: ID!, $a: ID!, $b: ID!) {
        a: updateFragment(id: $a, name: "stale-frag-renamed", config: {}) { organization { fragments { name } } }
        b: deleteFragment(id: $b)
        c: createFragment(organizationId: $org, name: "stale-frag-c") { organization { fragments { name } } }
      }`,
      { org: orgId, a: data.a.id, b: data.b.id },
    );
    const after = names(changed.c.organization.fragments);
    expect(after).toEqual(expect.arrayContaining(['stale-frag-renamed', 'stale-frag-c']));
    expect(after).not.toContain('stale-frag-a');
    expect(after).not.toContain('stale-frag-b');
  });

  it('modules: createModule and updateModule', async () => {
    const data = await t.ok(
      `mutation($org: ID!) {
        a: createModule(organizationId: $org, name: "stale-mod-a") { organization { modules { id description } } }
        b: createModule(organizationId: $org, name: "stale-mod-b") { organization { modules { id description } } }
        c: updateModule(id: "demo:stale-mod-a", visibility: PRIVATE, url: "https://example.com/a", description: "changed by c",
          models: [], entrypoint: "bin/a") { organization { modules { id description } } }
        d: updateModule(id: "demo:stale-mod-b", visibility: PRIVATE, url: "https://example.com/b", description: "changed by d",
          models: [], entrypoint: "bin/b") { organization { modules { id description } } }
      }`,
      { org: orgId },
    );
    expect(data.b.organization.modules.map((m: { id: string }) => m.id)).toEqual(expect.arrayContaining(['demo:stale-mod-a', 'demo:stale-mod-b']));
    expect(data.d.organization.modules).toEqual(
      expect.arrayContaining([
        { id: 'demo:stale-mod-a', description: 'changed by c' },
        { id: 'demo:stale-mod-b', description: 'changed by d' },
      ]),
    );
  });

  it('locations: createLocation, updateLocation and deleteLocation', async () => {
    const data = await t.ok(
      `mutation($org: ID!) {
        a: createLocation(organizationId: $org, name: "stale-loc-a") { id organization { locations { name } } }
        b: createLocation(organizationId: $org, name: "stale-loc-b") { id organization { locations { name } } }
      }`,
      { org: orgId },
    );
    expect(names(data.b.organization.locations)).toEqual(expect.arrayContaining(['stale-loc-a', 'stale-loc-b']));

    const changed = await t.ok(
      `mutation($a: ID!, $b: ID!) {
        a: updateLocation(id: $a, name: "stale-loc-renamed") { organization { locations { name } } }
        b: deleteLocation(id: $b)
        c: updateLocation(id: $a, name: "stale-loc-renamed-again") { organization { locations { name } } }
      }`,
      { a: data.a.id, b: data.b.id },
    );
    const after = names(changed.c.organization.locations);
    expect(after).toContain('stale-loc-renamed-again');
    expect(after).not.toContain('stale-loc-b');
  });

  it('location secrets: createLocationSecret and deleteLocationSecret', async () => {
    const data = await t.ok(
      `mutation($loc: ID!) {
        a: createLocationSecret(locationId: $loc) { secrets { id } }
        b: createLocationSecret(locationId: $loc) { secrets { id } }
      }`,
      { loc: headquarters },
    );
    const first = data.a.secrets.map((s: { id: string }) => s.id);
    const second = data.b.secrets.map((s: { id: string }) => s.id);
    expect(second).toEqual(expect.arrayContaining(first));
    expect(second).toHaveLength(first.length + 1);

    const removed = second.find((id: string) => !first.includes(id));
    const changed = await t.ok(
      `mutation($loc: ID!, $secret: ID!, $part: ID!) {
        ${readOrganization('before', 'locations { id auth { secrets { id } } }')}
        a: deleteLocationSecret(locationId: $loc, secretId: $secret)
        ${readOrganization('after', 'locations { id auth { secrets { id } } }')}
      }`,
      { loc: headquarters, secret: removed, part: roverPart },
    );
    const secretsAt = (field: any) => field.location.organization.locations.find((l: { id: string }) => l.id === headquarters).auth.secrets.map((s: { id: string }) => s.id);
    expect(secretsAt(changed.before)).toContain(removed);
    expect(secretsAt(changed.after)).not.toContain(removed);
  });

  it('robots: newRobot, updateRobot and deleteRobot', async () => {
    const data = await t.ok(
      `mutation($loc: ID!) {
        a: newRobot(locationId: $loc, name: "stale-bot-a") { id location { robotCount robots { name } } }
        b: newRobot(locationId: $loc, name: "stale-bot-b") { id location { robotCount robots { name } } }
      }`,
      { loc: headquarters },
    );
    expect(names(data.b.location.robots)).toEqual(expect.arrayContaining(['stale-bot-a', 'stale-bot-b']));
    expect(data.b.location.robotCount).toBe(data.a.location.robotCount + 1);

    const changed = await t.ok(
      `mutation($loc: ID!, $a: ID!, $b: ID!) {
        a: updateRobot(id: $a, name: "stale-bot-renamed", locationId: $loc) { location { robots { name } } }
        b: deleteRobot(id: $b)
        c: updateRobot(id: $a, name: "stale-bot-renamed-again", locationId: $loc) { location { robots { name } } }
      }`,
      { loc: headquarters, a: data.a.id, b: data.b.id },
    );
    const after = names(changed.c.location.robots);
    expect(after).toContain('stale-bot-renamed-again');
    expect(after).not.toContain('stale-bot-b');
  });

  it('parts: newRobotPart, updateRobotPart, markPartAsMain and deleteRobotPart', async () => {
    const data = await t.ok(
      `mutation($robot: ID!) {
        a: newRobotPart(robotId: $robot, name: "stale-part-a") { id robot { parts { name } mainPart { name } } }
        b: newRobotPart(robotId: $robot, name: "stale-part-b") { id robot { parts { name } mainPart { name } } }
      }`,
      { robot: roverId },
    );
    expect(names(data.b.robot.parts)).toEqual(expect.arrayContaining(['stale-part-a', 'stale-part-b']));

    const changed = await t.ok(
      `mutation($a: ID!, $b: ID!, $main: ID!) {
        a: updateRobotPart(id: $a, name: "stale-part-renamed", config: {}) { robot { parts { name } } }
        b: markPartAsMain(id: $a) { robot { mainPart { name } } }
        c: deleteRobotPart(id: $b)
        d: markPartAsMain(id: $main) { robot { parts { name } mainPart { name } } }
      }`,
      { a: data.a.id, b: data.b.id, main: roverPart },
    );
    expect(names(changed.a.robot.parts)).toContain('stale-part-renamed');
    expect(changed.b.robot.mainPart.name).toBe('stale-part-renamed');
    expect(names(changed.d.robot.parts)).not.toContain('stale-part-b');
    expect(changed.d.robot.mainPart.name).toBe('rover-1-camera');
  });

  it('part secrets: createRobotPartSecret and deleteRobotPartSecret', async () => {
    const data = await t.ok(
      `mutation($part: ID!) {
        a: createRobotPartSecret(partId: $part) { secrets { id } }
        b: createRobotPartSecret(partId: $part) { robot { parts { id secrets { id } } } }
      }`,
      { part: roverPart },
    );
    const first = data.a.secrets.map((s: { id: string }) => s.id);
    const second = data.b.robot.parts.find((p: { id: string }) => p.id === roverPart).secrets.map((s: { id: string }) => s.id);
    expect(second).toEqual(expect.arrayContaining(first));
    expect(second).toHaveLength(first.length + 1);

    const removed = second.find((id: string) => !first.includes(id));
    const changed = await t.ok(
      `mutation($part: ID!, $secret: ID!) {
        before: markPartForRestart(id: $part) { secrets { id } }
        a: deleteRobotPartSecret(partId: $part, secretId: $secret)
        after: markPartForRestart(id: $part) { secrets { id } }
      }`,
      { part: roverPart, secret: removed },
    );
    expect(changed.before.secrets.map((s: { id: string }) => s.id)).toContain(removed);
    expect(changed.after.secrets.map((s: { id: string }) => s.id)).not.toContain(removed);
  });

  it('roles: addRole and removeRole', async () => {
    const key = keyWithRole(t.fleet.server.db, orgId, 'location_operator', headquarters, 'staleness role holder');
    const input = { role: 'OWNER', resourceType: 'LOCATION', resourceId: headquarters, identityId: key.id };
    const ROLES = `authorizations(resourceIds: [$loc]) { identityId authorizationId }`;
    const held = (field: any) =>
      field.location.organization.authorizations.filter((a: { identityId: string }) => a.identityId === key.id).map((a: { authorizationId: string }) => a.authorizationId).sort();

    const data = await t.ok(
      `mutation($org: ID!, $loc: ID!, $part: ID!, $input: AuthorizationInput!) {
        ${readOrganization('before', ROLES)}
        a: addRole(organizationId: $org, input: $input) { authorizationId }
        ${readOrganization('added', ROLES)}
        b: removeRole(organizationId: $org, input: $input) { authorizationId }
        ${readOrganization('removed', ROLES)}
      }`,
      { org: orgId, loc: headquarters, part: roverPart, input },
    );
    expect(held(data.before)).toEqual(['location_operator']);
    expect(held(data.added)).toEqual(['location_operator', 'location_owner']);
    expect(held(data.removed)).toEqual(['location_operator']);
  });

  it('invites: updateOrganizationInviteAuthorizations', async () => {
    const email = 'staleness-invitee@example.com';
    await t.fleet.app.call('CreateOrganizationInvite', {
      organization_id: orgId,
      email,
      authorizations: [{ authorization_type: 'role', authorization_id: 'organization_operator', resource_type: 'organization', resource_id: orgId, organization_id: orgId }],
    });
    const INVITES = 'invites { email authorizations { authorizationId resourceId } } members { userId }';
    const invited = (field: any) =>
      field.location.organization.invites
        .find((i: { email: string }) => i.email === email)
        .authorizations.map((a: { authorizationId: string; resourceId: string }) => `${a.authorizationId}@${a.resourceId}`)
        .sort();

    const data = await t.ok(
      `mutation($org: ID!, $email: String!, $part: ID!, $add: [AuthorizationInput!]) {
        ${readOrganization('before', INVITES)}
        a: updateOrganizationInviteAuthorizations(organizationId: $org, email: $email, add: $add) { email }
        ${readOrganization('after', INVITES)}
      }`,
      { org: orgId, email, part: roverPart, add: [{ role: 'OWNER', resourceType: 'LOCATION', resourceId: headquarters }] },
    );
    expect(invited(data.before)).toEqual([`organization_operator@${orgId}`]);
    expect(invited(data.after)).toEqual([`location_owner@${headquarters}`, `organization_operator@${orgId}`].sort());
  });
});
