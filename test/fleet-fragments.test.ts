import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestFleet, expectStatus, grpc, operatorAndOtherOrg, type RpcClient, type TestFleet } from './support/fleet.ts';
import { UNKNOWN_ID } from './support/fixtures.ts';
import { insertLocation } from '../src/fleet-server/locations.ts';
import { insertRobot } from '../src/fleet-server/robots.ts';
import { fromStruct, toStruct, type JsonObject } from '../src/wire/struct.ts';

let fleet: TestFleet;
let operator: RpcClient;
let other: { orgId: string; app: RpcClient };

beforeAll(async () => {
  fleet = await startTestFleet();
  ({ operator, other } = await operatorAndOtherOrg(fleet));
});
afterAll(() => fleet.close());

const create = (app: RpcClient, organization_id: string, name: string, config: JsonObject = {}, visibility?: string) =>
  app.call('CreateFragment', { organization_id, name, config: toStruct(config), ...(visibility ? { visibility } : {}) }).then((r) => r.fragment);

const storedFragment = (id: string) => fleet.server.db.prepare('SELECT * FROM fragments WHERE id = ?').get(id) as Record<string, unknown> | undefined;

/** Points the robot_config "fragments" array of a part (by name) at the given entries. */
function useFragments(partName: string, entries: unknown[]): void {
  fleet.server.db.prepare('UPDATE robot_parts SET robot_config = ? WHERE name = ?').run(JSON.stringify({ components: [], fragments: entries }), partName);
}

describe('ListFragments', () => {
  it("lists the organization's fragments with their config and owner", async () => {
    const { fragments } = await fleet.app.call('ListFragments', { organization_id: fleet.orgId });
    const demo = fragments.find((f: any) => f.name === 'fake-sensors');
    expect(demo).toMatchObject({
      organization_owner: fleet.orgId,
      organization_name: 'Demo Fleet',
      public: false,
      visibility: 'FRAGMENT_VISIBILITY_PRIVATE',
      revision: '1',
    });
    expect((fromStruct(demo.fragment).components as any[]).map((c) => c.name)).toEqual(['camera', 'base']);
    expect(demo.created_on.seconds).toBeGreaterThan(0);
  });

  it('adds public fragments of other organizations only with show_public, never private or unlisted ones', async () => {
    const shared = await create(other.app, other.orgId, 'shared-public', { a: 1 }, 'FRAGMENT_VISIBILITY_PUBLIC');
    const unlisted = await create(other.app, other.orgId, 'shared-unlisted', {}, 'FRAGMENT_VISIBILITY_PUBLIC_UNLISTED');
    const secret = await create(other.app, other.orgId, 'other-private');

    const own = (await fleet.app.call('ListFragments', { organization_id: fleet.orgId })).fragments.map((f: any) => f.id);
    expect(own).not.toContain(shared.id);
    const withPublic = (await fleet.app.call('ListFragments', { organization_id: fleet.orgId, show_public: true })).fragments;
    const ids = withPublic.map((f: any) => f.id);
    expect(ids).toContain(shared.id);
    expect(ids).not.toContain(unlisted.id);
    expect(ids).not.toContain(secret.id);
    expect(withPublic.find((f: any) => f.id === shared.id)).toMatchObject({ organization_name: 'Other Org', public: true });
    // Own fragments come first.
    expect(withPublic[0].organization_owner).toBe(fleet.orgId);
  });

  it('filters by fragment_visibility', async () => {
    const pub = await create(fleet.app, fleet.orgId, 'filter-public', {}, 'FRAGMENT_VISIBILITY_PUBLIC');
    const { fragments } = await fleet.app.call('ListFragments', { organization_id: fleet.orgId, fragment_visibility: ['FRAGMENT_VISIBILITY_PUBLIC'] });
    expect(fragments.map((f: any) => f.id)).toContain(pub.id);
    expect(fragments.every((f: any) => f.visibility === 'FRAGMENT_VISIBILITY_PUBLIC')).toBe(true);
    const privateOnly = await fleet.app.call('ListFragments', { organization_id: fleet.orgId, fragment_visibility: ['FRAGMENT_VISIBILITY_PRIVATE'] });
    expect(privateOnly.fragments.map((f: any) => f.name)).toContain('fake-sensors');
    expect(privateOnly.fragments.map((f: any) => f.id)).not.toContain(pub.id);
  });

  it('validates the organization and isolates organizations', async () => {
    await expectStatus(fleet.app.call('ListFragments', { organization_id: 'nope' }), grpc.status.INVALID_ARGUMENT);
    await expectStatus(fleet.app.call('ListFragments', { organization_id: UNKNOWN_ID }), grpc.status.NOT_FOUND);
    await expectStatus(other.app.call('ListFragments', { organization_id: fleet.orgId }), grpc.status.PERMISSION_DENIED);
    // An operator may read.
    expect((await operator.call('ListFragments', { organization_id: fleet.orgId })).fragments.length).toBeGreaterThan(0);
  });
});

describe('CreateFragment', () => {
  it('stores the config exactly and starts private at revision 1', async () => {
    const config: JsonObject = { components: [{ name: 'x', attributes: { n: 1.5, on: true, none: null, list: [1, 'two', { three: 3 }] } }] };
    const fragment = await create(fleet.app, fleet.orgId, '  arm-kit  ', config);
    expect(fragment).toMatchObject({ name: 'arm-kit', visibility: 'FRAGMENT_VISIBILITY_PRIVATE', public: false, revision: '1', robot_part_count: 0, organization_count: 0, only_used_by_owner: true });
    expect(fromStruct(fragment.fragment)).toEqual(config);
    const got = await fleet.app.call('GetFragment', { id: fragment.id });
    expect(fromStruct(got.fragment.fragment)).toEqual(config);
  });

  it('accepts a visibility and an absent config', async () => {
    const fragment = (await fleet.app.call('CreateFragment', { organization_id: fleet.orgId, name: 'no-config', visibility: 'FRAGMENT_VISIBILITY_PUBLIC_UNLISTED' })).fragment;
    expect(fragment).toMatchObject({ visibility: 'FRAGMENT_VISIBILITY_PUBLIC_UNLISTED', public: true });
    expect(fromStruct(fragment.fragment)).toEqual({});
  });

  it('refuses bad names, bad organizations, operators and other organizations without storing anything', async () => {
    const count = () => (fleet.server.db.prepare('SELECT count(*) AS n FROM fragments').get() as { n: number }).n;
    const before = count();
    const err = await expectStatus(fleet.app.call('CreateFragment', { organization_id: fleet.orgId, name: '   ' }), grpc.status.INVALID_ARGUMENT);
    expect(err.details).toMatch(/name/);
    await expectStatus(fleet.app.call('CreateFragment', { organization_id: fleet.orgId, name: 'x'.repeat(201) }), grpc.status.INVALID_ARGUMENT);
    await expectStatus(fleet.app.call('CreateFragment', { organization_id: '', name: 'a' }), grpc.status.INVALID_ARGUMENT);
    await expectStatus(fleet.app.call('CreateFragment', { organization_id: UNKNOWN_ID, name: 'a' }), grpc.status.NOT_FOUND);
    await expectStatus(operator.call('CreateFragment', { organization_id: fleet.orgId, name: 'a' }), grpc.status.PERMISSION_DENIED);
    await expectStatus(other.app.call('CreateFragment', { organization_id: fleet.orgId, name: 'a' }), grpc.status.PERMISSION_DENIED);
    expect(count()).toBe(before);
  });
});

describe('GetFragment', () => {
  it('reads private fragments only within the organization, public ones from anywhere', async () => {
    const privateOne = await create(other.app, other.orgId, 'get-private', { secret: 'value' });
    const unlisted = await create(other.app, other.orgId, 'get-unlisted', { open: true }, 'FRAGMENT_VISIBILITY_PUBLIC_UNLISTED');
    const err = await expectStatus(fleet.app.call('GetFragment', { id: privateOne.id }), grpc.status.PERMISSION_DENIED);
    expect(err.details).not.toMatch(/secret|value/);
    const got = await fleet.app.call('GetFragment', { id: unlisted.id });
    expect(got.fragment).toMatchObject({ id: unlisted.id, organization_owner: other.orgId, public: true });
    expect(fromStruct(got.fragment.fragment)).toEqual({ open: true });
    expect((await operator.call('GetFragment', { id: (await create(fleet.app, fleet.orgId, 'op-read')).id })).fragment.name).toBe('op-read');
  });

  it('validates the id and serves only the current revision', async () => {
    await expectStatus(fleet.app.call('GetFragment', { id: 'nope' }), grpc.status.INVALID_ARGUMENT);
    await expectStatus(fleet.app.call('GetFragment', { id: UNKNOWN_ID }), grpc.status.NOT_FOUND);
    const fragment = await create(fleet.app, fleet.orgId, 'versioned');
    expect((await fleet.app.call('GetFragment', { id: fragment.id, version: '1' })).fragment.revision).toBe('1');
    await expectStatus(fleet.app.call('GetFragment', { id: fragment.id, version: '7' }), grpc.status.NOT_FOUND);
  });
});

describe('UpdateFragment', () => {
  it('changes name, config and visibility, bumping revision and last_updated', async () => {
    const fragment = await create(fleet.app, fleet.orgId, 'to-update', { v: 1 });
    const { fragment: updated } = await fleet.app.call('UpdateFragment', { id: fragment.id, name: 'updated', config: toStruct({ v: 2 }), visibility: 'FRAGMENT_VISIBILITY_PUBLIC' });
    expect(updated).toMatchObject({ id: fragment.id, name: 'updated', revision: '2', visibility: 'FRAGMENT_VISIBILITY_PUBLIC', public: true });
    expect(fromStruct(updated.fragment)).toEqual({ v: 2 });
    const ms = (ts: any) => Number(ts.seconds) * 1000 + Math.floor(ts.nanos / 1e6);
    expect(ms(updated.last_updated)).toBeGreaterThan(ms(fragment.last_updated));
    expect(updated.created_on).toEqual(fragment.created_on);

    // No config: the config stays; `public` alone sets the visibility.
    const { fragment: again } = await fleet.app.call('UpdateFragment', { id: fragment.id, name: 'updated', public: false });
    expect(again).toMatchObject({ revision: '3', visibility: 'FRAGMENT_VISIBILITY_PRIVATE', public: false });
    expect(fromStruct(again.fragment)).toEqual({ v: 2 });
    // Neither public nor visibility: the visibility stays.
    await fleet.app.call('UpdateFragment', { id: fragment.id, name: 'updated', visibility: 'FRAGMENT_VISIBILITY_PUBLIC_UNLISTED' });
    const { fragment: kept } = await fleet.app.call('UpdateFragment', { id: fragment.id, name: 'updated' });
    expect(kept).toMatchObject({ revision: '5', visibility: 'FRAGMENT_VISIBILITY_PUBLIC_UNLISTED', public: true });
  });

  it('honours last_known_update', async () => {
    const fragment = await create(fleet.app, fleet.orgId, 'concurrent');
    const first = await fleet.app.call('UpdateFragment', { id: fragment.id, name: 'concurrent', last_known_update: fragment.last_updated });
    expect(first.fragment.revision).toBe('2');
    // A writer who still holds the first revision's time loses.
    await expectStatus(fleet.app.call('UpdateFragment', { id: fragment.id, name: 'stale', last_known_update: fragment.last_updated }), grpc.status.ABORTED);
    expect(storedFragment(fragment.id)).toMatchObject({ name: 'concurrent', revision: 2 });
  });

  it('refuses bad input and foreign callers without changing anything', async () => {
    const fragment = await create(fleet.app, fleet.orgId, 'guarded', { keep: true });
    const before = storedFragment(fragment.id);
    await expectStatus(fleet.app.call('UpdateFragment', { id: fragment.id, name: '' }), grpc.status.INVALID_ARGUMENT);
    const err = await expectStatus(
      fleet.app.call('UpdateFragment', { id: fragment.id, name: 'x', public: true, visibility: 'FRAGMENT_VISIBILITY_PRIVATE' }),
      grpc.status.INVALID_ARGUMENT,
    );
    expect(err.details).toMatch(/public/);
    await expectStatus(fleet.app.call('UpdateFragment', { id: 'bad', name: 'x' }), grpc.status.INVALID_ARGUMENT);
    await expectStatus(fleet.app.call('UpdateFragment', { id: UNKNOWN_ID, name: 'x' }), grpc.status.NOT_FOUND);
    await expectStatus(operator.call('UpdateFragment', { id: fragment.id, name: 'x' }), grpc.status.PERMISSION_DENIED);
    await expectStatus(other.app.call('UpdateFragment', { id: fragment.id, name: 'x', config: toStruct({ hijacked: true }) }), grpc.status.PERMISSION_DENIED);
    expect(storedFragment(fragment.id)).toEqual(before);
  });

  it("does not let another organization change a public fragment", async () => {
    const fragment = await create(fleet.app, fleet.orgId, 'public-but-mine', {}, 'FRAGMENT_VISIBILITY_PUBLIC');
    await expectStatus(other.app.call('UpdateFragment', { id: fragment.id, name: 'taken' }), grpc.status.PERMISSION_DENIED);
    await expectStatus(other.app.call('DeleteFragment', { id: fragment.id }), grpc.status.PERMISSION_DENIED);
    expect(storedFragment(fragment.id)).toMatchObject({ name: 'public-but-mine' });
  });
});

describe('fragment usage', () => {
  it('counts the parts and organizations whose configs name the fragment', async () => {
    const fragment = await create(fleet.app, fleet.orgId, 'used', {}, 'FRAGMENT_VISIBILITY_PUBLIC');
    const unrelated = await create(fleet.app, fleet.orgId, 'unrelated');
    useFragments('rover-1-main', [fragment.id]);
    useFragments('rover-2-main', [{ id: fragment.id, version: '1' }, unrelated.id]);
    useFragments('arm-1-main', [fragment.id, fragment.id]);
    let got = (await fleet.app.call('GetFragment', { id: fragment.id })).fragment;
    expect(got).toMatchObject({ robot_part_count: 3, organization_count: 1, only_used_by_owner: true });
    expect((await fleet.app.call('GetFragment', { id: unrelated.id })).fragment.robot_part_count).toBe(1);

    // A part of another organization starts using the public fragment.
    const elsewhere = insertLocation(fleet.server.db, other.orgId, 'Elsewhere', null);
    insertRobot(fleet.server.db, elsewhere.id, 'foreign');
    useFragments('foreign-main', [fragment.id]);
    got = (await fleet.app.call('GetFragment', { id: fragment.id })).fragment;
    expect(got).toMatchObject({ robot_part_count: 4, organization_count: 2, only_used_by_owner: false });
    const listed = (await fleet.app.call('ListFragments', { organization_id: fleet.orgId })).fragments.find((f: any) => f.id === fragment.id);
    expect(listed).toMatchObject({ robot_part_count: 4, organization_count: 2 });
  });
});

describe('DeleteFragment', () => {
  it('deletes an unused fragment, refuses one in use', async () => {
    const fragment = await create(fleet.app, fleet.orgId, 'doomed');
    useFragments('arm-2-main', [fragment.id]);
    const err = await expectStatus(fleet.app.call('DeleteFragment', { id: fragment.id }), grpc.status.FAILED_PRECONDITION);
    expect(err.details).toMatch(/1 robot part/);
    expect(storedFragment(fragment.id)).toBeDefined();
    useFragments('arm-2-main', []);
    await fleet.app.call('DeleteFragment', { id: fragment.id });
    expect(storedFragment(fragment.id)).toBeUndefined();
    await expectStatus(fleet.app.call('GetFragment', { id: fragment.id }), grpc.status.NOT_FOUND);
    await expectStatus(fleet.app.call('DeleteFragment', { id: fragment.id }), grpc.status.NOT_FOUND);
  });

  it('refuses bad ids, operators and other organizations', async () => {
    const fragment = await create(fleet.app, fleet.orgId, 'kept');
    await expectStatus(fleet.app.call('DeleteFragment', { id: '' }), grpc.status.INVALID_ARGUMENT);
    await expectStatus(operator.call('DeleteFragment', { id: fragment.id }), grpc.status.PERMISSION_DENIED);
    await expectStatus(other.app.call('DeleteFragment', { id: fragment.id }), grpc.status.PERMISSION_DENIED);
    expect(storedFragment(fragment.id)).toBeDefined();
  });
});
