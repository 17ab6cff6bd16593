/**
 * Fragments in depth through GraphQL: revisions, tags, history, usage, fragment(id, version),
 * nested fragments and the fragments machines use, each checked upstream over gRPC.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, apiKeyHeaders, errorCode, type TestGateway } from './support/gateway.ts';
import { keyWithRole } from './support/fleet.ts';
import { idByName } from './support/graph.ts';
import { UNKNOWN_ID } from './support/fixtures.ts';
import { fromStruct } from '../src/wire/struct.ts';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t.close());

const createFragment = async (name: string, config: object) =>
  (await t.ok('mutation($org: ID!, $name: String!, $config: JSON) { createFragment(organizationId: $org, name: $name, config: $config) { id } }', { org: t.fleet.orgId, name, config }))
    .createFragment.id as string;
const updateFragment = (id: string, name: string, config: object) =>
  t.ok('mutation($id: ID!, $name: String!, $config: JSON!) { updateFragment(id: $id, name: $name, config: $config) { revision } }', { id, name, config });
const useFragments = (partName: string, fragments: unknown[]) =>
  t.ok('mutation($id: ID!, $name: String!, $config: JSON!) { updateRobotPart(id: $id, name: $name, config: $config) { id } }', {
    id: idByName(t.fleet.server.db, 'robot_parts', partName),
    name: partName,
    config: { components: [], fragments },
  });

describe('fragment versions through GraphQL', () => {
  it('keeps each update as a revision in the history with its editor, pages it, and answers fragment(version:)', async () => {
    const id = await createFragment('gql-versions', { v: 1 });
    await updateFragment(id, 'gql-versions', { v: 2 });
    await updateFragment(id, 'gql-versions', { v: 3 });
    const data = await t.ok(
      `query($id: ID!) {
        fragment(id: $id) {
          revision revisions { revision createdAt }
          page1: history(first: 2) { nodes { revision config editedBy old { revision config } } pageInfo { hasNextPage endCursor } }
        }
        old: fragment(id: $id, version: "1") { revision config }
      }`,
      { id },
    );
    expect(data.fragment.revisions.map((r: any) => r.revision)).toEqual(['1', '2', '3']);
    expect(data.fragment.page1.nodes).toEqual([
      { revision: '3', config: { v: 3 }, editedBy: `api-key:${t.fleet.keyId}`, old: { revision: '2', config: { v: 2 } } },
      { revision: '2', config: { v: 2 }, editedBy: `api-key:${t.fleet.keyId}`, old: { revision: '1', config: { v: 1 } } },
    ]);
    expect(data.fragment.page1.pageInfo.hasNextPage).toBe(true);
    expect(data.old).toEqual({ revision: '1', config: { v: 1 } });
    const next = await t.ok('query($id: ID!, $after: String) { fragment(id: $id) { history(first: 2, after: $after) { nodes { revision old { id } } pageInfo { hasNextPage } } } }', {
      id,
      after: data.fragment.page1.pageInfo.endCursor,
    });
    expect(next.fragment.history).toEqual({ nodes: [{ revision: '1', old: null }], pageInfo: { hasNextPage: false } });
    // Upstream agrees.
    const upstream = await t.fleet.app.call('GetFragmentHistory', { id });
    expect(upstream.history.map((h: any) => h.revision)).toEqual(['3', '2', '1']);
    expect(errorCode(await t.gql('query($id: ID!) { fragment(id: $id) { history(first: 0) { nodes { revision } } } }', { id }))).toBe('BAD_USER_INPUT');
    const missing = await t.gql('query($id: ID!) { fragment(id: $id, version: "nope") { id } }', { id });
    expect(errorCode(missing)).toBe('NOT_FOUND');
  });

  it('sets, moves and deletes tags; a tag is a version; unknown revisions and bad names are refused', async () => {
    const id = await createFragment('gql-tags', { v: 1 });
    await updateFragment(id, 'gql-tags', { v: 2 });
    const set = await t.ok('mutation($id: ID!) { setFragmentTag(fragmentId: $id, tag: "stable", revision: "1") { id tags { tag revision } } }', { id });
    expect(set.setFragmentTag.tags).toEqual([{ tag: 'stable', revision: '1' }]);
    expect((await t.fleet.app.call('GetFragment', { id })).tags).toEqual([{ tag: 'stable', revision: '1' }]);
    expect((await t.ok('query($id: ID!) { fragment(id: $id, version: "stable") { config revision } }', { id })).fragment).toEqual({ config: { v: 1 }, revision: '1' });

    const unknown = await t.gql('mutation($id: ID!) { setFragmentTag(fragmentId: $id, tag: "next", revision: "9") { id } }', { id });
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    const badName = await t.gql('mutation($id: ID!) { setFragmentTag(fragmentId: $id, tag: "2", revision: "1") { id } }', { id });
    expect(errorCode(badName)).toBe('BAD_USER_INPUT');
    expect((await t.fleet.app.call('GetFragment', { id })).tags).toEqual([{ tag: 'stable', revision: '1' }]);

    const moved = await t.ok('mutation($id: ID!) { setFragmentTag(fragmentId: $id, tag: "stable", revision: "2") { tags { tag revision } } }', { id });
    expect(moved.setFragmentTag.tags).toEqual([{ tag: 'stable', revision: '2' }]);
    const deleted = await t.ok('mutation($id: ID!) { deleteFragmentTag(fragmentId: $id, tag: "stable") { tags { tag } } }', { id });
    expect(deleted.deleteFragmentTag.tags).toEqual([]);
    expect((await t.fleet.app.call('GetFragment', { id })).tags).toEqual([]);
  });

  it("resolves the machines' fragments with revisions and per-fragment errors, nested fragments and usage", async () => {
    const leaf = await createFragment('gql-leaf', { leaf: 1 });
    await updateFragment(leaf, 'gql-leaf', { leaf: 2 });
    const middle = await createFragment('gql-middle', { fragments: [{ id: leaf, version: '1' }] });
    await useFragments('rover-1-main', [middle, { id: leaf, version: '2' }]);
    await useFragments('arm-1-main', [{ id: middle }]);
    // A nested fragment that disappears later (DeleteFragment checks parts, not other fragments).
    const gone = await createFragment('gql-gone', {});
    const holder = await createFragment('gql-holder', { fragments: [gone] });
    await t.ok('mutation($id: ID!) { deleteFragment(id: $id) }', { id: gone });
    await useFragments('rover-2-main', [holder]);

    const rover1 = idByName(t.fleet.server.db, 'robots', 'rover-1');
    const rover2 = idByName(t.fleet.server.db, 'robots', 'rover-2');
    const data = await t.ok(
      `query($r1: ID!, $r2: ID!, $middle: ID!) {
        r1: robot(id: $r1) { fragments { name } resolvedFragments { fragmentId fragment { name } revision config error { type } } }
        r2: robot(id: $r2) { resolvedFragments { fragmentId revision error { type fragmentId detail } } }
        fragment(id: $middle) { nestedFragments { name } usage { version machines organizations machinesInCurrentOrg } }
      }`,
      { r1: rover1, r2: rover2, middle },
    );
    expect(data.r1.fragments.map((f: any) => f.name)).toEqual(['gql-middle', 'gql-leaf']);
    expect(data.r1.resolvedFragments).toEqual([
      { fragmentId: middle, fragment: { name: 'gql-middle' }, revision: '1', config: { fragments: [{ id: leaf, version: '1' }] }, error: null },
      { fragmentId: leaf, fragment: { name: 'gql-leaf' }, revision: '1', config: { leaf: 1 }, error: null },
    ]);
    expect(data.r2.resolvedFragments).toEqual([
      { fragmentId: holder, revision: '1', error: null },
      { fragmentId: gone, revision: null, error: { type: 'CHILD_ID_INVALID', fragmentId: gone, detail: expect.stringContaining('not found') } },
    ]);
    expect(data.fragment.nestedFragments).toEqual([{ name: 'gql-leaf' }]);
    expect(data.fragment.usage).toEqual([{ version: null, machines: 2, organizations: 1, machinesInCurrentOrg: 2 }]);
    // The same answer upstream.
    const upstream = await t.fleet.app.call('ListMachineFragments', { machine_id: rover1 });
    expect(fromStruct(upstream.resolved_fragments[1].resolved_config)).toEqual({ leaf: 1 });
  });

  it("gives a private fragment's config, revisions and tags only to callers who may read it, however a config names it", async () => {
    const id = await createFragment('gql-private', { secret: 'gql-private-1' });
    await updateFragment(id, 'gql-private', { secret: 'gql-private-2' });
    await t.ok('mutation($id: ID!) { setFragmentTag(fragmentId: $id, tag: "stable", revision: "1") { id } }', { id });
    const rover1 = idByName(t.fleet.server.db, 'robots', 'rover-1');
    const robotOwner = apiKeyHeaders(keyWithRole(t.fleet.server.db, t.fleet.orgId, 'robot_owner', rover1));
    const partConfig = (fragments: unknown[]) =>
      t.gql('mutation($id: ID!, $config: JSON!) { updateRobotPart(id: $id, name: "rover-1-main", config: $config) { id } }', {
        id: idByName(t.fleet.server.db, 'robot_parts', 'rover-1-main'),
        config: { components: [], fragments },
      }, robotOwner);

    expect(errorCode(await t.gql('query($id: ID!) { fragment(id: $id) { id } }', { id }, robotOwner))).toBe('FORBIDDEN');
    // Naming it: the same answer as an id that names nothing.
    const named = await partConfig([{ id, version: 'stable' }]);
    const madeUp = await partConfig([UNKNOWN_ID]);
    expect([errorCode(named), named.errors?.[0]?.message]).toEqual(['BAD_USER_INPUT', `robot_config.fragments[0]: fragment ${id} not found`]);
    expect(errorCode(madeUp)).toBe('BAD_USER_INPUT');

    // The organization's owner names it, pinned to the tag: the robot owner gets NO_ACCESS, without config or revision.
    await useFragments('rover-1-main', [{ id, version: 'stable' }]);
    const query = 'query($r: ID!) { robot(id: $r) { fragments { id } resolvedFragments { fragmentId revision config error { type } } } }';
    const theirs = await t.ok(query, { r: rover1 }, robotOwner);
    expect(theirs.robot).toEqual({ fragments: [], resolvedFragments: [{ fragmentId: id, revision: null, config: null, error: { type: 'NO_ACCESS' } }] });
    const ours = await t.ok(query, { r: rover1 });
    expect(ours.robot.resolvedFragments).toEqual([{ fragmentId: id, revision: '1', config: { secret: 'gql-private-1' }, error: null }]);
    await useFragments('rover-1-main', []);
  });

  it('answers a robot that is not there with NOT_FOUND on that field only', async () => {
    const result = await t.gql('query($id: ID!) { robot(id: $id) { resolvedFragments { fragmentId } } organizations { id } }', { id: UNKNOWN_ID });
    expect(errorCode(result)).toBe('NOT_FOUND');
    expect(result.data?.organizations.length).toBeGreaterThan(0);
  });
});
