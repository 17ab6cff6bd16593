import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestFleet, appWithRole, expectStatus, grpc, keyWithRole, ownedOrganization, type RpcClient, type TestFleet } from './support/fleet.ts';
import { UNKNOWN_ID } from './support/fixtures.ts';
import { idByName } from './support/graph.ts';
import { insertLocation } from '../src/fleet-server/locations.ts';

let fleet: TestFleet;
let hqId: string;
let assemblyId: string;

beforeAll(async () => {
  fleet = await startTestFleet();
  hqId = idByName(fleet.server.db, 'locations', 'Headquarters');
  assemblyId = idByName(fleet.server.db, 'locations', 'Assembly Line');
});
afterAll(() => fleet.close());

/** Another organization with its own owner key, and one location of its own. */
async function otherOrganization(): Promise<{ orgId: string; locationId: string; app: RpcClient }> {
  const db = fleet.server.db;
  const { orgId, owner } = ownedOrganization(db, 'Other Fleet');
  const location = insertLocation(db, orgId, 'Other Site', null);
  return { orgId, locationId: location.id, app: await fleet.appAs(owner.id, owner.key) };
}

const getLocation = async (id: string) => (await fleet.app.call('GetLocation', { location_id: id })).location;
const createLocation = async (name: string, parent?: string) =>
  (await fleet.app.call('CreateLocation', { organization_id: fleet.orgId, name, ...(parent ? { parent_location_id: parent } : {}) })).location;
const secretCount = (locationId: string) =>
  (fleet.server.db.prepare('SELECT count(*) AS n FROM location_secrets WHERE location_id = ?').get(locationId) as { n: number }).n;
const locationCount = () => (fleet.server.db.prepare('SELECT count(*) AS n FROM locations').get() as { n: number }).n;

describe('CreateLocation', () => {
  it('creates a top-level location with its first secret', async () => {
    const location = await createLocation('  Warehouse  ');
    expect(location).toMatchObject({
      name: 'Warehouse',
      parent_location_id: '',
      robot_count: 0,
      organizations: [{ organization_id: fleet.orgId, primary: true }],
    });
    expect(location.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(location.auth.location_id).toBe(location.id);
    expect(location.auth.secrets).toHaveLength(1);
    expect(location.auth.secret).toBe(location.auth.secrets[0].secret);
    expect((await getLocation(location.id)).name).toBe('Warehouse');
  });

  it('nests a location under a parent of the same organization', async () => {
    const location = await createLocation('Paint Shop', hqId);
    expect(location.parent_location_id).toBe(hqId);
    expect((await getLocation(location.id)).parent_location_id).toBe(hqId);
  });

  it('refuses bad input, naming the field, and stores nothing', async () => {
    const before = locationCount();
    const cases: [Record<string, unknown>, grpc.status, RegExp][] = [
      [{ organization_id: 'not-a-uuid', name: 'x' }, grpc.status.INVALID_ARGUMENT, /organization_id/],
      [{ organization_id: UNKNOWN_ID, name: 'x' }, grpc.status.NOT_FOUND, /organization_id/],
      [{ organization_id: fleet.orgId, name: '   ' }, grpc.status.INVALID_ARGUMENT, /name/],
      [{ organization_id: fleet.orgId, name: 'x'.repeat(201) }, grpc.status.INVALID_ARGUMENT, /name/],
      [{ organization_id: fleet.orgId, name: 'x', parent_location_id: 'nope' }, grpc.status.INVALID_ARGUMENT, /parent_location_id/],
      [{ organization_id: fleet.orgId, name: 'x', parent_location_id: UNKNOWN_ID }, grpc.status.NOT_FOUND, /parent_location_id/],
    ];
    for (const [request, code, field] of cases) {
      const error = await expectStatus(fleet.app.call('CreateLocation', request), code);
      expect(error.details).toMatch(field);
    }
    expect(locationCount()).toBe(before);
  });

  it('refuses a parent in another organization', async () => {
    // The demo key owns both organizations, so the refusal is about the mismatch, not access.
    const { organization } = await fleet.app.call('CreateOrganization', { name: 'Sister Fleet' });
    const { location: sisterSite } = await fleet.app.call('CreateLocation', { organization_id: organization.id, name: 'Sister Site' });
    const before = locationCount();
    const error = await expectStatus(
      fleet.app.call('CreateLocation', { organization_id: fleet.orgId, name: 'x', parent_location_id: sisterSite.id }),
      grpc.status.INVALID_ARGUMENT,
    );
    expect(error.details).toMatch(/parent_location_id/);
    expect(locationCount()).toBe(before);
  });

  it('lets a location owner create below its location but not at the top level', async () => {
    const hqOwner = await appWithRole(fleet, 'location_owner', hqId);
    const { location } = await hqOwner.call('CreateLocation', { organization_id: fleet.orgId, name: 'Loading Dock', parent_location_id: hqId });
    expect(location.parent_location_id).toBe(hqId);
    await expectStatus(hqOwner.call('CreateLocation', { organization_id: fleet.orgId, name: 'Elsewhere' }), grpc.status.PERMISSION_DENIED);
  });
});

describe('GetLocation', () => {
  it('returns the location with its robot count and secrets for an owner', async () => {
    const hq = await getLocation(hqId);
    expect(hq).toMatchObject({ id: hqId, name: 'Headquarters', parent_location_id: '', robot_count: 2 });
    expect(hq.auth.secrets.length).toBeGreaterThan(0);
    expect((await getLocation(assemblyId)).parent_location_id).toBe(hqId);
  });

  it('refuses malformed and unknown ids', async () => {
    expect((await expectStatus(fleet.app.call('GetLocation', { location_id: '' }), grpc.status.INVALID_ARGUMENT)).details).toMatch(/location_id/);
    expect((await expectStatus(fleet.app.call('GetLocation', { location_id: UNKNOWN_ID }), grpc.status.NOT_FOUND)).details).toMatch(/location_id/);
  });
});

describe('UpdateLocation', () => {
  it('renames, and leaves absent or empty-name fields unchanged', async () => {
    const parent = await createLocation('Site A');
    const location = await createLocation('Old Name', parent.id);
    const renamed = (await fleet.app.call('UpdateLocation', { location_id: location.id, name: 'New Name' })).location;
    expect(renamed).toMatchObject({ name: 'New Name', parent_location_id: parent.id });
    // Viam's SDKs send name "" for "no change"; region is accepted and not used, as in Viam.
    const same = (await fleet.app.call('UpdateLocation', { location_id: location.id, name: '', region: 'us-east-1' })).location;
    expect(same).toMatchObject({ name: 'New Name', parent_location_id: parent.id });
    expect(await getLocation(location.id)).toMatchObject({ name: 'New Name', parent_location_id: parent.id });
  });

  it('moves a location under another and back to the top level with an empty parent', async () => {
    const a = await createLocation('Move A');
    const b = await createLocation('Move B');
    const moved = (await fleet.app.call('UpdateLocation', { location_id: a.id, parent_location_id: b.id })).location;
    expect(moved.parent_location_id).toBe(b.id);
    const top = (await fleet.app.call('UpdateLocation', { location_id: a.id, parent_location_id: '' })).location;
    expect(top.parent_location_id).toBe('');
    expect((await getLocation(a.id)).parent_location_id).toBe('');
  });

  it('refuses to make a location its own ancestor, and changes nothing', async () => {
    const top = await createLocation('Cycle Top');
    const middle = await createLocation('Cycle Middle', top.id);
    const bottom = await createLocation('Cycle Bottom', middle.id);
    for (const parent of [top.id, middle.id, bottom.id]) {
      const error = await expectStatus(
        fleet.app.call('UpdateLocation', { location_id: top.id, name: 'Renamed', parent_location_id: parent }),
        grpc.status.INVALID_ARGUMENT,
      );
      expect(error.details).toMatch(/parent_location_id/);
    }
    await expectStatus(fleet.app.call('UpdateLocation', { location_id: middle.id, parent_location_id: bottom.id }), grpc.status.INVALID_ARGUMENT);
    expect(await getLocation(top.id)).toMatchObject({ name: 'Cycle Top', parent_location_id: '' });
    expect((await getLocation(middle.id)).parent_location_id).toBe(top.id);
  });

  it('refuses bad input, naming the field, and stores nothing', async () => {
    const location = await createLocation('Stable', hqId);
    const cases: [Record<string, unknown>, grpc.status, RegExp][] = [
      [{ location_id: 'bad', name: 'x' }, grpc.status.INVALID_ARGUMENT, /location_id/],
      [{ location_id: UNKNOWN_ID, name: 'x' }, grpc.status.NOT_FOUND, /location_id/],
      [{ location_id: location.id, name: '  ' }, grpc.status.INVALID_ARGUMENT, /name/],
      [{ location_id: location.id, name: 'Changed', parent_location_id: 'bad' }, grpc.status.INVALID_ARGUMENT, /parent_location_id/],
      [{ location_id: location.id, name: 'Changed', parent_location_id: UNKNOWN_ID }, grpc.status.NOT_FOUND, /parent_location_id/],
    ];
    for (const [request, code, field] of cases) {
      expect((await expectStatus(fleet.app.call('UpdateLocation', request), code)).details).toMatch(field);
    }
    expect(await getLocation(location.id)).toMatchObject({ name: 'Stable', parent_location_id: hqId });
  });

  it('refuses a parent in another organization', async () => {
    const { organization } = await fleet.app.call('CreateOrganization', { name: 'Cousin Fleet' });
    const { location: cousinSite } = await fleet.app.call('CreateLocation', { organization_id: organization.id, name: 'Cousin Site' });
    const location = await createLocation('Homebody');
    await expectStatus(fleet.app.call('UpdateLocation', { location_id: location.id, parent_location_id: cousinSite.id }), grpc.status.INVALID_ARGUMENT);
    expect((await getLocation(location.id)).parent_location_id).toBe('');
  });

  it('needs owner rights on the new place: a location owner cannot move its location to the top level', async () => {
    const hqOwner = await appWithRole(fleet, 'location_owner', hqId);
    const { location } = await hqOwner.call('CreateLocation', { organization_id: fleet.orgId, name: 'Bay 7', parent_location_id: hqId });
    await expectStatus(hqOwner.call('UpdateLocation', { location_id: location.id, parent_location_id: '' }), grpc.status.PERMISSION_DENIED);
    const renamed = (await hqOwner.call('UpdateLocation', { location_id: location.id, name: 'Bay 8' })).location;
    expect(renamed).toMatchObject({ name: 'Bay 8', parent_location_id: hqId });
  });
});

describe('DeleteLocation', () => {
  it('deletes an empty location with its secrets and the roles granted on it', async () => {
    const location = await createLocation('Temporary');
    await fleet.app.call('CreateLocationSecret', { location_id: location.id });
    keyWithRole(fleet.server.db, fleet.orgId, 'location_operator', location.id);
    expect(secretCount(location.id)).toBe(2);
    await fleet.app.call('DeleteLocation', { location_id: location.id });
    await expectStatus(fleet.app.call('GetLocation', { location_id: location.id }), grpc.status.NOT_FOUND);
    expect(secretCount(location.id)).toBe(0);
    expect(fleet.server.db.prepare('SELECT count(*) AS n FROM authorizations WHERE resource_id = ?').get(location.id)).toEqual({ n: 0 });
  });

  it('refuses while the location still has robots or nested locations', async () => {
    const withRobots = await expectStatus(fleet.app.call('DeleteLocation', { location_id: assemblyId }), grpc.status.FAILED_PRECONDITION);
    expect(withRobots.details).toMatch(/robot/);
    const parent = await createLocation('Parent Only');
    await createLocation('Child', parent.id);
    const withChildren = await expectStatus(fleet.app.call('DeleteLocation', { location_id: parent.id }), grpc.status.FAILED_PRECONDITION);
    expect(withChildren.details).toMatch(/nested/);
    expect((await getLocation(parent.id)).name).toBe('Parent Only');
    expect(secretCount(parent.id)).toBe(1);
    expect((await getLocation(assemblyId)).robot_count).toBe(2);
  });

  it('refuses malformed and unknown ids', async () => {
    await expectStatus(fleet.app.call('DeleteLocation', { location_id: 'x' }), grpc.status.INVALID_ARGUMENT);
    await expectStatus(fleet.app.call('DeleteLocation', { location_id: UNKNOWN_ID }), grpc.status.NOT_FOUND);
  });
});

describe('ListLocations', () => {
  it('lists every location of the organization in creation order', async () => {
    const created = await createLocation('Listed Last');
    const { locations } = await fleet.app.call('ListLocations', { organization_id: fleet.orgId });
    const ids = locations.map((l: any) => l.id);
    expect(ids).toContain(hqId);
    expect(ids).toContain(assemblyId);
    expect(ids.at(-1)).toBe(created.id);
    const keys = locations.map((l: any) => [Number(l.created_on.seconds) * 1e9 + l.created_on.nanos, l.id]);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
    expect(keys).toEqual(sorted);
    const count = (fleet.server.db.prepare('SELECT count(*) AS n FROM locations WHERE organization_id = ?').get(fleet.orgId) as { n: number }).n;
    expect(locations).toHaveLength(count);
  });

  it('refuses malformed and unknown organization ids', async () => {
    expect((await expectStatus(fleet.app.call('ListLocations', { organization_id: 'x' }), grpc.status.INVALID_ARGUMENT)).details).toMatch(/organization_id/);
    expect((await expectStatus(fleet.app.call('ListLocations', { organization_id: UNKNOWN_ID }), grpc.status.NOT_FOUND)).details).toMatch(/organization_id/);
  });
});

describe('location secrets', () => {
  it('LocationAuth returns the first secret and all secrets', async () => {
    const { auth } = await fleet.app.call('LocationAuth', { location_id: hqId });
    expect(auth.location_id).toBe(hqId);
    expect(auth.secrets.length).toBeGreaterThan(0);
    expect(auth.secret).toBe(auth.secrets[0].secret);
    expect(auth.secrets[0]).toMatchObject({ state: 'STATE_ENABLED' });
    expect(auth.secrets[0].id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('creates and deletes secrets, never the last one', async () => {
    const location = await createLocation('Secretive');
    const [first] = location.auth.secrets;
    const { auth } = await fleet.app.call('CreateLocationSecret', { location_id: location.id });
    expect(auth.secrets).toHaveLength(2);
    const second = auth.secrets.find((s: any) => s.id !== first.id);
    expect(second.secret).not.toBe(first.secret);
    expect(second.secret.length).toBeGreaterThanOrEqual(32);

    await fleet.app.call('DeleteLocationSecret', { location_id: location.id, secret_id: first.id });
    const after = (await fleet.app.call('LocationAuth', { location_id: location.id })).auth;
    expect(after.secrets.map((s: any) => s.id)).toEqual([second.id]);
    expect(after.secret).toBe(second.secret);

    const last = await expectStatus(fleet.app.call('DeleteLocationSecret', { location_id: location.id, secret_id: second.id }), grpc.status.FAILED_PRECONDITION);
    expect(last.details).toMatch(/secret_id/);
    expect(secretCount(location.id)).toBe(1);
  });

  it('refuses unknown secrets, secrets of another location and bad ids', async () => {
    const location = await createLocation('Two Secrets');
    await fleet.app.call('CreateLocationSecret', { location_id: location.id });
    const hqSecret = (await fleet.app.call('LocationAuth', { location_id: hqId })).auth.secrets[0].id;
    for (const secretId of [UNKNOWN_ID, hqSecret]) {
      const error = await expectStatus(fleet.app.call('DeleteLocationSecret', { location_id: location.id, secret_id: secretId }), grpc.status.NOT_FOUND);
      expect(error.details).toMatch(/secret_id/);
    }
    expect((await expectStatus(fleet.app.call('DeleteLocationSecret', { location_id: location.id, secret_id: 'x' }), grpc.status.INVALID_ARGUMENT)).details).toMatch(
      /secret_id/,
    );
    await expectStatus(fleet.app.call('CreateLocationSecret', { location_id: UNKNOWN_ID }), grpc.status.NOT_FOUND);
    await expectStatus(fleet.app.call('LocationAuth', { location_id: 'x' }), grpc.status.INVALID_ARGUMENT);
    expect(secretCount(location.id)).toBe(2);
    expect(secretCount(hqId)).toBeGreaterThan(0);
  });
});

describe('isolation between organizations', () => {
  it('another organization can neither read nor change the demo locations', async () => {
    const other = await otherOrganization();
    const hqSecret = (await fleet.app.call('LocationAuth', { location_id: hqId })).auth.secrets[0].id;
    const hqBefore = await getLocation(hqId);
    const denied: [string, Record<string, unknown>][] = [
      ['GetLocation', { location_id: hqId }],
      ['UpdateLocation', { location_id: hqId, name: 'Taken Over' }],
      ['UpdateLocation', { location_id: other.locationId, parent_location_id: hqId }],
      ['DeleteLocation', { location_id: assemblyId }],
      ['ListLocations', { organization_id: fleet.orgId }],
      ['LocationAuth', { location_id: hqId }],
      ['CreateLocationSecret', { location_id: hqId }],
      ['DeleteLocationSecret', { location_id: hqId, secret_id: hqSecret }],
      ['CreateLocation', { organization_id: fleet.orgId, name: 'Intruder' }],
      ['CreateLocation', { organization_id: other.orgId, name: 'Intruder', parent_location_id: hqId }],
    ];
    for (const [method, request] of denied) {
      const error = await expectStatus(other.app.call(method, request), grpc.status.PERMISSION_DENIED);
      expect(error.details).not.toMatch(/Headquarters|Assembly|Demo/);
    }
    expect(await getLocation(hqId)).toEqual(hqBefore);
    expect((await other.app.call('GetLocation', { location_id: other.locationId })).location.parent_location_id).toBe('');

    const own = (await other.app.call('ListLocations', { organization_id: other.orgId })).locations;
    expect(own.map((l: any) => l.name)).toEqual(['Other Site']);
    // And the demo owner does not see into the other organization either.
    await expectStatus(fleet.app.call('GetLocation', { location_id: other.locationId }), grpc.status.PERMISSION_DENIED);
    await expectStatus(fleet.app.call('ListLocations', { organization_id: other.orgId }), grpc.status.PERMISSION_DENIED);
  });
});

describe('a location-scoped operator', () => {
  it('sees Headquarters and its nested locations, without secrets, and changes nothing', async () => {
    const elsewhere = await createLocation('Not Under HQ');
    const nested = await createLocation('Deep Under Assembly', assemblyId);
    const operator = await appWithRole(fleet, 'location_operator', hqId);

    const ids = (await operator.call('ListLocations', { organization_id: fleet.orgId })).locations.map((l: any) => l.id);
    expect(ids).toEqual(expect.arrayContaining([hqId, assemblyId, nested.id]));
    expect(ids).not.toContain(elsewhere.id);
    const hq = (await operator.call('GetLocation', { location_id: hqId })).location;
    expect(hq).toMatchObject({ name: 'Headquarters', robot_count: 2, auth: null });
    expect((await operator.call('GetLocation', { location_id: assemblyId })).location.name).toBe('Assembly Line');
    await expectStatus(operator.call('GetLocation', { location_id: elsewhere.id }), grpc.status.PERMISSION_DENIED);

    const hqSecret = (await fleet.app.call('LocationAuth', { location_id: hqId })).auth.secrets[0].id;
    for (const [method, request] of [
      ['LocationAuth', { location_id: hqId }],
      ['CreateLocationSecret', { location_id: assemblyId }],
      ['DeleteLocationSecret', { location_id: hqId, secret_id: hqSecret }],
      ['UpdateLocation', { location_id: assemblyId, name: 'Renamed' }],
      ['DeleteLocation', { location_id: nested.id }],
      ['CreateLocation', { organization_id: fleet.orgId, name: 'New', parent_location_id: hqId }],
    ] as const) {
      await expectStatus(operator.call(method, request), grpc.status.PERMISSION_DENIED);
    }
    expect((await getLocation(assemblyId)).name).toBe('Assembly Line');
    expect((await getLocation(nested.id)).name).toBe('Deep Under Assembly');
  });
});
