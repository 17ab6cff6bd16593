/**
 * Locations through GraphQL: create, get, update (rename, move, top level, unchanged parent),
 * delete, list, secrets, and the parent / organization edges; each checked upstream over gRPC.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './support/gateway.ts';
import { expectOnlyError, idByName } from './support/graph.ts';
import { UNKNOWN_ID } from './support/fixtures.ts';
import { insertLocation } from '../src/fleet-server/locations.ts';
import { insertRobot } from '../src/fleet-server/robots.ts';
import { insertOrganization } from '../src/fleet-server/organizations.ts';

let t: TestGateway;
let hq: string;
let assembly: string;

beforeAll(async () => {
  t = await startTestGateway();
  hq = idByName(t.fleet.server.db, 'locations', 'Headquarters');
  assembly = idByName(t.fleet.server.db, 'locations', 'Assembly Line');
});
afterAll(() => t.close());

/** A fresh location for one test, straight in the fleet database. */
const freshLocation = (name: string, parent: string | null = null) => insertLocation(t.fleet.server.db, t.fleet.orgId, name, parent).id;

async function upstreamLocation(id: string) {
  return (await t.fleet.app.call('GetLocation', { location_id: id })).location;
}

const LOCATION_FIELDS = 'id name robotCount createdOn parent { id name } organization { id name }';

describe('Mutation.createLocation', () => {
  it('creates a top-level and a nested location', async () => {
    const top = await t.ok(`mutation($org: ID!) { createLocation(organizationId: $org, name: "Warehouse") { ${LOCATION_FIELDS} } }`, { org: t.fleet.orgId });
    expect(top.createLocation).toMatchObject({ name: 'Warehouse', robotCount: 0, parent: null, organization: { id: t.fleet.orgId, name: 'Demo Fleet' } });
    const nested = await t.ok(`mutation($org: ID!, $parent: ID) { createLocation(organizationId: $org, name: "Dock", parentLocationId: $parent) { ${LOCATION_FIELDS} } }`, {
      org: t.fleet.orgId,
      parent: top.createLocation.id,
    });
    expect(nested.createLocation.parent).toEqual({ id: top.createLocation.id, name: 'Warehouse' });

    expect(await upstreamLocation(top.createLocation.id)).toMatchObject({ name: 'Warehouse', parent_location_id: '' });
    expect(await upstreamLocation(nested.createLocation.id)).toMatchObject({ name: 'Dock', parent_location_id: top.createLocation.id });
  });

  it('rejects empty names, malformed and unknown ids, creating nothing', async () => {
    const count = async () => (await t.fleet.app.call('ListLocations', { organization_id: t.fleet.orgId })).locations.length;
    const before = await count();
    const create = 'mutation($org: ID!, $name: String!, $parent: ID) { createLocation(organizationId: $org, name: $name, parentLocationId: $parent) { id } }';
    expectOnlyError(await t.gql(create, { org: t.fleet.orgId, name: '   ' }), ['createLocation'], 'BAD_USER_INPUT', 'INVALID_ARGUMENT');
    expectOnlyError(await t.gql(create, { org: 'not-a-uuid', name: 'Ok' }), ['createLocation'], 'BAD_USER_INPUT', 'INVALID_ARGUMENT');
    expectOnlyError(await t.gql(create, { org: t.fleet.orgId, name: 'Ok', parent: UNKNOWN_ID }), ['createLocation'], 'NOT_FOUND', 'NOT_FOUND');
    expectOnlyError(await t.gql(create, { org: UNKNOWN_ID, name: 'Ok' }), ['createLocation'], 'NOT_FOUND', 'NOT_FOUND');
    expect(await count()).toBe(before);
  });
});

describe('Query.location (GetLocation)', () => {
  it('reads a location with its parent and organization', async () => {
    const data = await t.ok(`query($id: ID!) { location(id: $id) { ${LOCATION_FIELDS} } }`, { id: assembly });
    const upstream = await upstreamLocation(assembly);
    expect(data.location).toMatchObject({
      id: assembly,
      name: upstream.name,
      robotCount: upstream.robot_count,
      parent: { id: hq, name: 'Headquarters' },
      organization: { id: t.fleet.orgId, name: 'Demo Fleet' },
    });
  });

  it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    expectOnlyError(await t.gql('query($id: ID!) { location(id: $id) { name } }', { id: UNKNOWN_ID }), ['location'], 'NOT_FOUND', 'NOT_FOUND');
    expectOnlyError(await t.gql('query($id: ID!) { location(id: $id) { name } }', { id: 'hq' }), ['location'], 'BAD_USER_INPUT', 'INVALID_ARGUMENT');
  });
});

describe('Mutation.updateLocation', () => {
  const UPDATE = `mutation($id: ID!, $name: String, $parent: ID) {
    updateLocation(id: $id, name: $name, parentLocationId: $parent) { id name parent { id name } }
  }`;

  it('renames and keeps the parent when parentLocationId is left out', async () => {
    const id = freshLocation('Lab', hq);
    const data = await t.ok('mutation($id: ID!) { updateLocation(id: $id, name: "Lab 2") { name parent { id } } }', { id });
    expect(data.updateLocation).toEqual({ name: 'Lab 2', parent: { id: hq } });
    expect(await upstreamLocation(id)).toMatchObject({ name: 'Lab 2', parent_location_id: hq });
  });

  it('moves a location under another and keeps its name when name is left out', async () => {
    const id = freshLocation('Shed');
    const data = await t.ok('mutation($id: ID!, $parent: ID) { updateLocation(id: $id, parentLocationId: $parent) { name parent { id name } } }', { id, parent: assembly });
    expect(data.updateLocation).toEqual({ name: 'Shed', parent: { id: assembly, name: 'Assembly Line' } });
    expect(await upstreamLocation(id)).toMatchObject({ name: 'Shed', parent_location_id: assembly });
  });

  it('moves a location to the top level with parentLocationId: null (literal and variable)', async () => {
    const literal = freshLocation('Annex', hq);
    const byLiteral = await t.ok('mutation($id: ID!) { updateLocation(id: $id, parentLocationId: null) { name parent { id } } }', { id: literal });
    expect(byLiteral.updateLocation).toEqual({ name: 'Annex', parent: null });
    expect(await upstreamLocation(literal)).toMatchObject({ name: 'Annex', parent_location_id: '' });

    const variable = freshLocation('Annex B', hq);
    const byVariable = await t.ok(UPDATE, { id: variable, parent: null });
    expect(byVariable.updateLocation).toMatchObject({ name: 'Annex B', parent: null });
    expect(await upstreamLocation(variable)).toMatchObject({ parent_location_id: '' });
  });

  it('leaves the parent alone when the variable for it is not sent', async () => {
    const id = freshLocation('Garage', hq);
    const data = await t.ok(UPDATE, { id, name: 'Garage 2' });
    expect(data.updateLocation).toMatchObject({ name: 'Garage 2', parent: { id: hq } });
    expect(await upstreamLocation(id)).toMatchObject({ name: 'Garage 2', parent_location_id: hq });
  });

  it('rejects a cycle, an empty name and unknown ids, changing nothing', async () => {
    const before = await upstreamLocation(hq);
    expectOnlyError(await t.gql(UPDATE, { id: hq, parent: assembly }), ['updateLocation'], 'BAD_USER_INPUT', 'INVALID_ARGUMENT');
    expectOnlyError(await t.gql(UPDATE, { id: hq, name: '  ' }), ['updateLocation'], 'BAD_USER_INPUT', 'INVALID_ARGUMENT');
    // Upstream an empty name means "no change" (Viam's SDKs send it so); asked for in GraphQL it is an error.
    expectOnlyError(await t.gql(UPDATE, { id: hq, name: '' }), ['updateLocation'], 'BAD_USER_INPUT');
    expectOnlyError(await t.gql(UPDATE, { id: hq, parent: UNKNOWN_ID }), ['updateLocation'], 'NOT_FOUND', 'NOT_FOUND');
    expectOnlyError(await t.gql(UPDATE, { id: UNKNOWN_ID, name: 'x' }), ['updateLocation'], 'NOT_FOUND', 'NOT_FOUND');
    expect(await upstreamLocation(hq)).toEqual(before);
  });

  it('shows the new state to later fields of the same operation', async () => {
    const child = freshLocation('Child');
    const parent = freshLocation('Parent');
    const data = await t.ok(
      `mutation($child: ID!, $parent: ID!) {
        move: updateLocation(id: $child, parentLocationId: $parent) { parent { name } }
        rename: updateLocation(id: $parent, name: "Parent renamed") { name }
        again: updateLocation(id: $child, name: "Child renamed") { name parent { name } }
      }`,
      { child, parent },
    );
    expect(data).toEqual({
      move: { parent: { name: 'Parent' } },
      rename: { name: 'Parent renamed' },
      again: { name: 'Child renamed', parent: { name: 'Parent renamed' } },
    });
  });
});

describe('Mutation.deleteLocation', () => {
  it('deletes an empty location and returns its id', async () => {
    const id = freshLocation('Temporary');
    const data = await t.ok('mutation($id: ID!) { deleteLocation(id: $id) }', { id });
    expect(data.deleteLocation).toBe(id);
    const { locations } = await t.fleet.app.call('ListLocations', { organization_id: t.fleet.orgId });
    expect(locations.map((l: { id: string }) => l.id)).not.toContain(id);
  });

  it('refuses a location that still has robots or nested locations (FAILED_PRECONDITION), keeping it', async () => {
    const withRobot = freshLocation('Busy');
    insertRobot(t.fleet.server.db, withRobot, 'busy-bot');
    const result = await t.gql('mutation($id: ID!) { deleteLocation(id: $id) }', { id: withRobot });
    expectOnlyError(result, ['deleteLocation'], 'FAILED_PRECONDITION', 'FAILED_PRECONDITION');
    expectOnlyError(await t.gql('mutation($id: ID!) { deleteLocation(id: $id) }', { id: hq }), ['deleteLocation'], 'FAILED_PRECONDITION', 'FAILED_PRECONDITION');
    expect((await upstreamLocation(withRobot)).name).toBe('Busy');
    expect((await upstreamLocation(hq)).name).toBe('Headquarters');
    expectOnlyError(await t.gql('mutation($id: ID!) { deleteLocation(id: $id) }', { id: UNKNOWN_ID }), ['deleteLocation'], 'NOT_FOUND', 'NOT_FOUND');
  });
});

describe('Organization.locations (ListLocations)', () => {
  it('lists the locations of the organization in the upstream order, with their parents', async () => {
    const data = await t.ok('query($id: ID!) { organization(id: $id) { locations { id name parent { id } organization { id } } } }', { id: t.fleet.orgId });
    const { locations } = await t.fleet.app.call('ListLocations', { organization_id: t.fleet.orgId });
    expect(data.organization.locations.map((l: any) => [l.id, l.name, l.parent?.id ?? ''])).toEqual(
      locations.map((l: any) => [l.id, l.name, l.parent_location_id]),
    );
    expect(data.organization.locations.every((l: any) => l.organization.id === t.fleet.orgId)).toBe(true);
  });

  it('does not list the locations of an organization the caller cannot see', async () => {
    const foreign = insertOrganization(t.fleet.server.db, 'Hidden Org').id;
    insertLocation(t.fleet.server.db, foreign, 'Hidden', null);
    const result = await t.gql('query($id: ID!) { organization(id: $id) { locations { id } } }', { id: foreign });
    expectOnlyError(result, ['organization'], 'FORBIDDEN', 'PERMISSION_DENIED');
  });
});

describe('Location secrets (LocationAuth, CreateLocationSecret, DeleteLocationSecret)', () => {
  const AUTH = 'query($id: ID!) { location(id: $id) { auth { locationId secrets { id secret createdOn enabled } } } }';

  it('reads the secrets of a location as the upstream has them', async () => {
    const data = await t.ok(AUTH, { id: hq });
    const { auth } = await t.fleet.app.call('LocationAuth', { location_id: hq });
    expect(data.location.auth.locationId).toBe(hq);
    expect(data.location.auth.secrets.map((s: any) => [s.id, s.secret, s.enabled])).toEqual(auth.secrets.map((s: any) => [s.id, s.secret, true]));
  });

  it('creates a secret, then deletes it', async () => {
    const id = freshLocation('Secretive');
    const [first] = (await t.fleet.app.call('LocationAuth', { location_id: id })).auth.secrets;
    const created = await t.ok('mutation($id: ID!) { createLocationSecret(locationId: $id) { locationId secrets { id secret } } }', { id });
    expect(created.createLocationSecret.secrets).toHaveLength(2);
    const added = created.createLocationSecret.secrets.find((s: any) => s.id !== first.id);
    expect((await t.fleet.app.call('LocationAuth', { location_id: id })).auth.secrets.map((s: any) => s.id).sort()).toEqual([first.id, added.id].sort());

    const deleted = await t.ok('mutation($id: ID!, $secret: ID!) { deleteLocationSecret(locationId: $id, secretId: $secret) }', { id, secret: added.id });
    expect(deleted.deleteLocationSecret).toBe(added.id);
    const after = (await t.fleet.app.call('LocationAuth', { location_id: id })).auth.secrets.map((s: any) => s.id);
    expect(after).toEqual([first.id]);
  });

  it('refuses to delete the last secret or an unknown one, keeping the secrets', async () => {
    const id = freshLocation('One secret');
    const before = (await t.fleet.app.call('LocationAuth', { location_id: id })).auth.secrets;
    const remove = 'mutation($id: ID!, $secret: ID!) { deleteLocationSecret(locationId: $id, secretId: $secret) }';
    expectOnlyError(await t.gql(remove, { id, secret: before[0].id }), ['deleteLocationSecret'], 'FAILED_PRECONDITION', 'FAILED_PRECONDITION');
    expectOnlyError(await t.gql(remove, { id, secret: UNKNOWN_ID }), ['deleteLocationSecret'], 'NOT_FOUND', 'NOT_FOUND');
    expectOnlyError(await t.gql(remove, { id, secret: 'nope' }), ['deleteLocationSecret'], 'BAD_USER_INPUT', 'INVALID_ARGUMENT');
    expect((await t.fleet.app.call('LocationAuth', { location_id: id })).auth.secrets).toEqual(before);
  });
});
