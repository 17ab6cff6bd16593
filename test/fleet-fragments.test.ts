import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestFleet, appWithRole, expectStatus, grpc, operatorAndOtherOrg, type RpcClient, type TestFleet } from './support/fleet.ts';
import { mainPartId } from './support/graph.ts';
import { UNKNOWN_ID } from './support/fixtures.ts';
import { insertLocation } from '../src/fleet-server/locations.ts';
import { insertRobot } from '../src/fleet-server/robots.ts';
import { fromStruct, toStruct, type JsonObject } from '../src/wire/struct.ts';
import { MAX_FRAGMENT_NESTING } from '../src/fleet-server/fragment-resolution.ts';
import { insertPart } from '../src/fleet-server/parts.ts';

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
      revision: '3',
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

  it('validates the id and answers a version (revision or tag) with that revision, listing revisions and tags', async () => {
    await expectStatus(fleet.app.call('GetFragment', { id: 'nope' }), grpc.status.INVALID_ARGUMENT);
    await expectStatus(fleet.app.call('GetFragment', { id: UNKNOWN_ID }), grpc.status.NOT_FOUND);
    const fragment = await create(fleet.app, fleet.orgId, 'versioned', { v: 1 });
    await fleet.app.call('UpdateFragment', { id: fragment.id, name: 'versioned', config: toStruct({ v: 2 }) });
    await fleet.app.call('SetFragmentTag', { fragment_id: fragment.id, tag: 'first', revision: '1' });
    for (const version of ['1', 'first']) {
      const old = await fleet.app.call('GetFragment', { id: fragment.id, version });
      expect(old.fragment.revision).toBe('1');
      expect(fromStruct(old.fragment.fragment)).toEqual({ v: 1 });
    }
    const now = await fleet.app.call('GetFragment', { id: fragment.id });
    expect(now.fragment.revision).toBe('2');
    expect(fromStruct(now.fragment.fragment)).toEqual({ v: 2 });
    expect(now.revisions.map((r: any) => r.revision)).toEqual(['1', '2']);
    expect(now.tags).toEqual([{ tag: 'first', revision: '1' }]);
    await expectStatus(fleet.app.call('GetFragment', { id: fragment.id, version: '7' }), grpc.status.NOT_FOUND);
    await expectStatus(fleet.app.call('GetFragment', { id: fragment.id, version: 'no-such-tag' }), grpc.status.NOT_FOUND);
  });

  it('gives the demo fragment three revisions, revision 2 tagged stable', async () => {
    const demo = (await fleet.app.call('ListFragments', { organization_id: fleet.orgId })).fragments.find((f: any) => f.name === 'fake-sensors');
    const got = await fleet.app.call('GetFragment', { id: demo.id });
    expect(got.revisions.map((r: any) => r.revision)).toEqual(['1', '2', '3']);
    expect(got.tags).toEqual([{ tag: 'stable', revision: '2' }]);
    const stable = await fleet.app.call('GetFragment', { id: demo.id, version: 'stable' });
    expect((fromStruct(stable.fragment.fragment).components as any[]).map((c) => c.attributes)).toEqual([{}, { width_mm: 380 }]);
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

/** A robot of its own (main part `<name>-main`) in the demo organization, for tests that point its config at fragments. */
function freshRobot(name: string) {
  const location = fleet.server.db.prepare('SELECT id FROM locations WHERE organization_id = ? LIMIT 1').get(fleet.orgId) as { id: string };
  return insertRobot(fleet.server.db, location.id, name);
}

describe('GetFragmentHistory', () => {
  it('keeps every revision newest first with its config, the previous fragment and who edited it, in pages', async () => {
    const fragment = await create(fleet.app, fleet.orgId, 'historic', { v: 1 });
    await fleet.app.call('UpdateFragment', { id: fragment.id, name: 'historic', config: toStruct({ v: 2 }) });
    await fleet.app.call('UpdateFragment', { id: fragment.id, name: 'historic-3', config: toStruct({ v: 3 }) });
    const first = await fleet.app.call('GetFragmentHistory', { id: fragment.id, page_limit: 2 });
    expect(first.history.map((e: any) => e.revision)).toEqual(['3', '2']);
    expect(first.history.map((e: any) => fromStruct(e.config))).toEqual([{ v: 3 }, { v: 2 }]);
    expect(first.history[0]).toMatchObject({ fragment: fragment.id, edited_by: { type: 'AUTHENTICATION_TYPE_API_KEY', value: fleet.keyId } });
    expect(first.history[0].old).toMatchObject({ id: fragment.id, revision: '2', name: 'historic' });
    expect(fromStruct(first.history[0].old.fragment)).toEqual({ v: 2 });
    expect(first.next_page_token).not.toBe('');
    const rest = await fleet.app.call('GetFragmentHistory', { id: fragment.id, page_limit: 2, page_token: first.next_page_token });
    expect(rest.history.map((e: any) => e.revision)).toEqual(['1']);
    expect(rest.history[0].old).toBeNull();
    expect(rest.next_page_token).toBe('');
    // Operators read it; other organizations do not (private fragment); bad paging is refused.
    expect((await operator.call('GetFragmentHistory', { id: fragment.id })).history).toHaveLength(3);
    await expectStatus(other.app.call('GetFragmentHistory', { id: fragment.id }), grpc.status.PERMISSION_DENIED);
    await expectStatus(fleet.app.call('GetFragmentHistory', { id: fragment.id, page_limit: 0 }), grpc.status.INVALID_ARGUMENT);
    await expectStatus(fleet.app.call('GetFragmentHistory', { id: fragment.id, page_token: 'x' }), grpc.status.INVALID_ARGUMENT);
  });
});

describe('SetFragmentTag / DeleteFragmentTag', () => {
  const storedTags = (id: string) => fleet.server.db.prepare('SELECT tag, revision FROM fragment_tags WHERE fragment_id = ? ORDER BY tag').all(id);

  it('points tags at existing revisions, moves and deletes them', async () => {
    const fragment = await create(fleet.app, fleet.orgId, 'tagged', { v: 1 });
    await fleet.app.call('UpdateFragment', { id: fragment.id, name: 'tagged', config: toStruct({ v: 2 }) });
    expect((await fleet.app.call('SetFragmentTag', { fragment_id: fragment.id, tag: 'prod', revision: '1' })).tags).toEqual([{ tag: 'prod', revision: '1' }]);
    await fleet.app.call('SetFragmentTag', { fragment_id: fragment.id, tag: 'canary', revision: '2' });
    await fleet.app.call('SetFragmentTag', { fragment_id: fragment.id, tag: 'prod', revision: '2' });
    expect(storedTags(fragment.id)).toEqual([{ tag: 'canary', revision: 2 }, { tag: 'prod', revision: 2 }]);
    expect((await fleet.app.call('DeleteFragmentTag', { fragment_id: fragment.id, tag: 'canary' })).tags).toEqual([{ tag: 'prod', revision: '2' }]);
    expect(storedTags(fragment.id)).toEqual([{ tag: 'prod', revision: 2 }]);
  });

  it('refuses unknown revisions, bad tag names and callers who do not own the fragment, changing nothing', async () => {
    const fragment = await create(fleet.app, fleet.orgId, 'tag-guarded');
    await fleet.app.call('SetFragmentTag', { fragment_id: fragment.id, tag: 'kept', revision: '1' });
    const err = await expectStatus(fleet.app.call('SetFragmentTag', { fragment_id: fragment.id, tag: 'v2', revision: '2' }), grpc.status.NOT_FOUND);
    expect(err.details).toMatch(/no revision 2/);
    await expectStatus(fleet.app.call('SetFragmentTag', { fragment_id: fragment.id, tag: 'v2', revision: 'latest' }), grpc.status.INVALID_ARGUMENT);
    for (const tag of ['', '12', '-x', 'has space', 'x'.repeat(65)]) {
      await expectStatus(fleet.app.call('SetFragmentTag', { fragment_id: fragment.id, tag, revision: '1' }), grpc.status.INVALID_ARGUMENT);
    }
    await expectStatus(operator.call('SetFragmentTag', { fragment_id: fragment.id, tag: 'op', revision: '1' }), grpc.status.PERMISSION_DENIED);
    await expectStatus(other.app.call('DeleteFragmentTag', { fragment_id: fragment.id, tag: 'kept' }), grpc.status.PERMISSION_DENIED);
    await expectStatus(fleet.app.call('DeleteFragmentTag', { fragment_id: fragment.id, tag: 'missing' }), grpc.status.NOT_FOUND);
    await expectStatus(fleet.app.call('SetFragmentTag', { fragment_id: UNKNOWN_ID, tag: 'x', revision: '1' }), grpc.status.NOT_FOUND);
    expect(storedTags(fragment.id)).toEqual([{ tag: 'kept', revision: 1 }]);
  });
});

describe('GetFragmentUsage', () => {
  it('counts parts, machines and organizations per pinned version', async () => {
    const fragment = await create(fleet.app, fleet.orgId, 'usage-counted', {}, 'FRAGMENT_VISIBILITY_PUBLIC');
    const a = freshRobot('usage-a');
    freshRobot('usage-b');
    useFragments('usage-a-main', [fragment.id]);
    useFragments('usage-b-main', [{ id: fragment.id, version: 'stable' }]);
    insertPart(fleet.server.db, a.id, 'usage-a-second', { fragments: [fragment.id] });
    const elsewhere = insertLocation(fleet.server.db, other.orgId, 'Usage elsewhere', null);
    insertRobot(fleet.server.db, elsewhere.id, 'usage-foreign');
    useFragments('usage-foreign-main', [{ id: fragment.id }]);
    const { version_usages } = await fleet.app.call('GetFragmentUsage', { fragment_id: fragment.id });
    // [version (none: follows the current revision), organizations, machines, machines in the owner's organization]
    expect(version_usages.map((u: any) => [u.version ?? null, u.organizations, u.machines, u.machines_in_current_org])).toEqual([
      [null, 2, 2, 1],
      ['stable', 1, 1, 1],
    ]);
    const { fragment_usage } = await fleet.app.call('GetFragment', { id: fragment.id });
    expect(fragment_usage).toMatchObject({ organizations: 2, machines: 3, machines_in_current_org: 2 });
  });
});

describe('ListMachineFragments / ListNestedFragments', () => {
  it('resolves the fragments of all parts and their nested fragments, each at its version, errors on the failing fragment only', async () => {
    const leaf = await create(fleet.app, fleet.orgId, 'leaf', { leaf: 1 });
    await fleet.app.call('UpdateFragment', { id: leaf.id, name: 'leaf', config: toStruct({ leaf: 2 }) });
    await fleet.app.call('SetFragmentTag', { fragment_id: leaf.id, tag: 'old', revision: '1' });
    const middle = await create(fleet.app, fleet.orgId, 'middle', { fragments: [{ id: leaf.id, version: 'old' }] });
    const loopA = await create(fleet.app, fleet.orgId, 'loop-a');
    const loopB = await create(fleet.app, fleet.orgId, 'loop-b', { fragments: [loopA.id] });
    await fleet.app.call('UpdateFragment', { id: loopA.id, name: 'loop-a', config: toStruct({ fragments: [loopB.id] }) });
    const foreign = await create(other.app, other.orgId, 'foreign-private');
    const robot = freshRobot('resolved');
    // Stored directly: the write path refuses unknown and foreign private fragments, but they can appear later (deleted, made private).
    useFragments('resolved-main', [middle.id, { id: loopA.id }, UNKNOWN_ID, foreign.id, { id: leaf.id, version: '9' }]);

    const got = await operator.call('ListMachineFragments', { machine_id: robot.id });
    const byId = new Map(got.resolved_fragments.map((r: any) => [r.fragment_id, r]));
    expect([...byId.keys()].sort()).toEqual([middle.id, leaf.id, loopA.id, loopB.id, UNKNOWN_ID, foreign.id].sort());
    expect(byId.get(middle.id)).toMatchObject({ revision: '1', error: null });
    expect(byId.get(leaf.id)).toMatchObject({ revision: '1', error: null });
    expect(fromStruct((byId.get(leaf.id) as any).resolved_config)).toEqual({ leaf: 1 });
    expect(byId.get(loopA.id)).toMatchObject({ error: null });
    expect(byId.get(loopB.id)).toMatchObject({ error: { error_type: 'FRAGMENT_ERROR_TYPE_CYCLE_DETECTED', fragment_id: loopA.id } });
    expect(byId.get(UNKNOWN_ID)).toMatchObject({ resolved_config: null, error: { error_type: 'FRAGMENT_ERROR_TYPE_CHILD_ID_INVALID', fragment_id: UNKNOWN_ID } });
    expect(byId.get(foreign.id)).toMatchObject({ resolved_config: null, error: { error_type: 'FRAGMENT_ERROR_TYPE_NO_ACCESS' } });
    expect(got.fragments.map((f: any) => f.id).sort()).toEqual([middle.id, leaf.id, loopA.id, loopB.id].sort());

    // An unknown version is an error on that fragment, when it is the first way the fragment is reached.
    useFragments('resolved-main', [{ id: leaf.id, version: '9' }]);
    const pinned = await fleet.app.call('ListMachineFragments', { machine_id: robot.id, additional_fragment_ids: [middle.id] });
    expect(pinned.resolved_fragments.map((r: any) => [r.fragment_id, r.error?.error_type ?? null])).toEqual([
      [leaf.id, 'FRAGMENT_ERROR_TYPE_CHILD_ID_INVALID'],
      [middle.id, null],
    ]);

    const nested = await fleet.app.call('ListNestedFragments', { fragment_id: middle.id });
    expect(nested.fragments.map((f: any) => f.id)).toEqual([leaf.id]);
    await expectStatus(other.app.call('ListMachineFragments', { machine_id: robot.id }), grpc.status.PERMISSION_DENIED);
    await expectStatus(fleet.app.call('ListMachineFragments', { machine_id: UNKNOWN_ID }), grpc.status.NOT_FOUND);
  });

  it('reports fragments nested deeper than the limit as NESTING_LIMIT_EXCEEDED', async () => {
    let inner = await create(fleet.app, fleet.orgId, 'depth-0');
    const chain = [inner.id];
    for (let depth = 1; depth <= MAX_FRAGMENT_NESTING; depth++) {
      inner = await create(fleet.app, fleet.orgId, `depth-${depth}`, { fragments: [inner.id] });
      chain.unshift(inner.id);
    }
    const robot = freshRobot('deep');
    useFragments('deep-main', [chain[0]]);
    const got = await fleet.app.call('ListMachineFragments', { machine_id: robot.id });
    expect(got.resolved_fragments.map((r: any) => r.error?.error_type ?? null)).toEqual([
      ...Array(MAX_FRAGMENT_NESTING).fill(null),
      'FRAGMENT_ERROR_TYPE_NESTING_LIMIT_EXCEEDED',
    ]);
  });
});

describe('a fragment reaches only callers who may read it', () => {
  /** A private fragment of the demo organization with two revisions, revision 1 tagged `first`. */
  async function privateWithHistory(name: string) {
    const fragment = await create(fleet.app, fleet.orgId, name, { secret: `${name}-1` });
    await fleet.app.call('UpdateFragment', { id: fragment.id, name, config: toStruct({ secret: `${name}-2` }) });
    await fleet.app.call('SetFragmentTag', { fragment_id: fragment.id, tag: 'first', revision: '1' });
    return fragment.id as string;
  }
  const updatePart = (app: RpcClient, partId: string, fragments: unknown[], name = 'main') =>
    app.call('UpdateRobotPart', { id: partId, name, robot_config: toStruct({ components: [], fragments } as JsonObject) });
  /** What the answer tells about `fragmentId`: [error type, config, revision], and whether `fragments` lists it. */
  function seen(got: any, fragmentId: string) {
    const entry = got.resolved_fragments.find((r: any) => r.fragment_id === fragmentId);
    return {
      entry: [entry.error?.error_type ?? null, entry.resolved_config ? fromStruct(entry.resolved_config) : null, entry.revision],
      listed: got.fragments.some((f: any) => f.id === fragmentId),
    };
  }
  const hidden = { entry: ['FRAGMENT_ERROR_TYPE_NO_ACCESS', null, ''], listed: false };

  it("a robot owner (no read_fragment) can neither name the organization's private fragment in a config nor read it through the robot", async () => {
    const id = await privateWithHistory('robot-owner-private');
    const robot = freshRobot('f2-robot');
    const partId = mainPartId(fleet.server.db, robot.id);
    const robotOwner = await appWithRole(fleet, 'robot_owner', robot.id);
    await expectStatus(robotOwner.call('GetFragment', { id }), grpc.status.PERMISSION_DENIED);

    // Write time: the same answer as an id that names nothing.
    for (const [ref, named] of [[id, id], [{ id, version: 'first' }, id], [UNKNOWN_ID, UNKNOWN_ID]] as const) {
      const error = await expectStatus(updatePart(robotOwner, partId, [ref]), grpc.status.INVALID_ARGUMENT);
      expect(error.details).toBe(`robot_config.fragments[0]: fragment ${named} not found`);
    }

    // Read time: the organization's owner put it there (pinned to an old revision); the robot owner gets an error, no config, no revision.
    await updatePart(fleet.app, partId, [{ id, version: 'first' }]);
    const asRobotOwner = await robotOwner.call('ListMachineFragments', { machine_id: robot.id, additional_fragments: [{ fragment_id: id, version: '2' }] });
    expect(seen(asRobotOwner, id)).toEqual(hidden);
    expect(JSON.stringify(asRobotOwner)).not.toContain('robot-owner-private-');
    // The organization's operator reads it; the robot owner may still edit the config that names it.
    expect(seen(await operator.call('ListMachineFragments', { machine_id: robot.id }), id)).toEqual({ entry: [null, { secret: 'robot-owner-private-1' }, '1'], listed: true });
    await updatePart(robotOwner, partId, [{ id, version: 'first' }], 'renamed-main');
  });

  it("through a shared location, the other organization's owner can neither name nor read the location organization's private fragments", async () => {
    const id = await privateWithHistory('shared-private');
    const location = insertLocation(fleet.server.db, fleet.orgId, 'F2 shared', null);
    const robot = insertRobot(fleet.server.db, location.id, 'f2-shared');
    const partId = mainPartId(fleet.server.db, robot.id);
    await fleet.app.call('ShareLocation', { location_id: location.id, organization_id: other.orgId });
    await updatePart(other.app, partId, []); // the share works: B's owner edits the part

    for (const ref of [id, { id, version: '1' }, { id, version: 'first' }]) {
      expect((await expectStatus(updatePart(other.app, partId, [ref]), grpc.status.INVALID_ARGUMENT)).details).toBe(`robot_config.fragments[0]: fragment ${id} not found`);
    }
    await updatePart(fleet.app, partId, [{ id, version: 'first' }]);
    const got = await other.app.call('ListMachineFragments', { machine_id: robot.id, additional_fragments: [{ fragment_id: id, version: '2' }] });
    expect(seen(got, id)).toEqual(hidden);
    expect(JSON.stringify(got)).not.toContain('shared-private-');
    await expectStatus(other.app.call('GetFragmentHistory', { id }), grpc.status.PERMISSION_DENIED);
    await expectStatus(other.app.call('GetFragmentUsage', { fragment_id: id }), grpc.status.PERMISSION_DENIED);
  });

  it('a public fragment that nests a private one shows the nested one only to its own organization', async () => {
    const inner = await privateWithHistory('nested-private');
    const outer = await create(fleet.app, fleet.orgId, 'public-outer', { fragments: [inner] }, 'FRAGMENT_VISIBILITY_PUBLIC');
    const theirs = await other.app.call('ListNestedFragments', { fragment_id: outer.id });
    expect(seen(theirs, inner)).toEqual(hidden);
    expect(JSON.stringify(theirs)).not.toContain('nested-private-');
    // Naming it directly in additional_fragments does not help either.
    const direct = await other.app.call('ListNestedFragments', { additional_fragments: [{ fragment_id: inner, version: '1' }] });
    expect(seen(direct, inner)).toEqual(hidden);
    expect(seen(await operator.call('ListNestedFragments', { fragment_id: outer.id }), inner)).toEqual({ entry: [null, { secret: 'nested-private-2' }, '2'], listed: true });
  });
});
