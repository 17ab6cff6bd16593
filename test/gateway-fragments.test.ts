/**
 * Fragments through GraphQL: ListFragments, GetFragment, CreateFragment, UpdateFragment and
 * DeleteFragment, each checked upstream over gRPC.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, errorCode, type TestGateway } from './support/gateway.ts';
import { expectStatus, grpc } from './support/fleet.ts';
import { insertOrganization } from '../src/fleet-server/organizations.ts';
import { insertFragment } from '../src/fleet-server/fragments.ts';
import { fromStruct } from '../src/wire/struct.ts';
import { MAX_FRAGMENT_CONFIG_BYTES } from '../src/fleet-server/fragment-limits.ts';

let t: TestGateway;
let otherOrgPublicId: string;
let otherOrgPrivateId: string;

beforeAll(async () => {
  t = await startTestGateway();
  const db = t.fleet.server.db;
  const other = insertOrganization(db, 'Other Fleet');
  otherOrgPublicId = insertFragment(db, other.id, 'shared-lidar', { components: [] }, 'FRAGMENT_VISIBILITY_PUBLIC');
  otherOrgPrivateId = insertFragment(db, other.id, 'secret-arm', { components: [] }, 'FRAGMENT_VISIBILITY_PRIVATE');
});
afterAll(() => t.close());

/** Every kind of JSON value a Struct carries, nested. */
const CONFIG = {
  components: [
    { name: 'cam', api: 'rdk:component:camera', model: 'rdk:builtin:fake', attributes: { width: 640, ratio: 1.5, negative: -3, flip: false } },
  ],
  services: [],
  nested: { deeper: { deepest: [1, 'two', true, null, { x: [] }] }, empty: {} },
  nothing: null,
  unicode: 'grüße ✓',
};

const FRAGMENT_FIELDS = 'id name config visibility public revision organization { id } organizationName';

async function upstreamFragment(id: string) {
  return (await t.fleet.app.call('GetFragment', { id })).fragment;
}

describe('fragments through GraphQL', () => {
  it('lists the organization fragments (ListFragments), and public ones of others with showPublic', async () => {
    const data = await t.ok(
      `query($org: ID!) {
        organization(id: $org) {
          own: fragments { id name organization { id } }
          all: fragments(showPublic: true) { id name organizationName }
        }
      }`,
      { org: t.fleet.orgId },
    );
    expect(data.organization.own).toEqual([{ id: expect.any(String), name: 'fake-sensors', organization: { id: t.fleet.orgId } }]);
    expect(data.organization.all).toContainEqual({ id: otherOrgPublicId, name: 'shared-lidar', organizationName: 'Other Fleet' });
    expect(data.organization.all.map((f: any) => f.id)).not.toContain(otherOrgPrivateId);

    const upstream = await t.fleet.app.call('ListFragments', { organization_id: t.fleet.orgId, show_public: true });
    expect(data.organization.all.map((f: any) => f.id)).toEqual(upstream.fragments.map((f: any) => f.id));
  });

  it('creates a fragment (CreateFragment) whose config round-trips exactly and reads it back (GetFragment)', async () => {
    const created = await t.ok(
      `mutation($org: ID!, $config: JSON) { createFragment(organizationId: $org, name: "round-trip", config: $config, visibility: PUBLIC_UNLISTED) { ${FRAGMENT_FIELDS} } }`,
      { org: t.fleet.orgId, config: CONFIG },
    );
    const fragment = created.createFragment;
    expect(fragment).toMatchObject({ name: 'round-trip', config: CONFIG, visibility: 'PUBLIC_UNLISTED', public: true, organization: { id: t.fleet.orgId } });

    const upstream = await upstreamFragment(fragment.id);
    expect(fromStruct(upstream.fragment)).toEqual(CONFIG);
    expect(upstream.visibility).toBe('FRAGMENT_VISIBILITY_PUBLIC_UNLISTED');

    const read = await t.ok(`query($id: ID!) { fragment(id: $id) { ${FRAGMENT_FIELDS} } }`, { id: fragment.id });
    expect(read.fragment).toEqual(fragment);
  });

  it('accepts a config written inline in the query (JSON literal)', async () => {
    const data = await t.ok(
      `mutation($org: ID!) { createFragment(organizationId: $org, name: "literal", config: { a: [1, 2.5, "x", null, false], b: { c: {} } }) { id config } }`,
      { org: t.fleet.orgId },
    );
    const expected = { a: [1, 2.5, 'x', null, false], b: { c: {} } };
    expect(data.createFragment.config).toEqual(expected);
    expect(fromStruct((await upstreamFragment(data.createFragment.id)).fragment)).toEqual(expected);
  });

  it('updates name, config and visibility (UpdateFragment), returning the new state', async () => {
    const { createFragment } = await t.ok(`mutation($org: ID!) { createFragment(organizationId: $org, name: "before") { id revision visibility } }`, {
      org: t.fleet.orgId,
    });
    expect(createFragment.visibility).toBe('PRIVATE');
    const newConfig = { ...CONFIG, nested: { replaced: [[1], [2, [3]]] } };
    const updated = await t.ok(
      `mutation($id: ID!, $config: JSON!) {
        updateFragment(id: $id, name: "after", config: $config, visibility: PUBLIC) { ${FRAGMENT_FIELDS} }
      }`,
      { id: createFragment.id, config: newConfig },
    );
    expect(updated.updateFragment).toMatchObject({ name: 'after', config: newConfig, visibility: 'PUBLIC', public: true });
    expect(Number(updated.updateFragment.revision)).toBe(Number(createFragment.revision) + 1);

    const upstream = await upstreamFragment(createFragment.id);
    expect(upstream.name).toBe('after');
    expect(upstream.visibility).toBe('FRAGMENT_VISIBILITY_PUBLIC');
    expect(fromStruct(upstream.fragment)).toEqual(newConfig);
  });

  it('returns each update\'s own state when one operation updates the same fragment twice', async () => {
    const { createFragment } = await t.ok(`mutation($org: ID!) { createFragment(organizationId: $org, name: "stale?") { id } }`, { org: t.fleet.orgId });
    // Mutations run serially and share the operation's loaders: `second` must not show `first`'s copy.
    const data = await t.ok(
      `mutation($id: ID!) {
        first: updateFragment(id: $id, name: "one", config: { v: 1 }) { name config }
        second: updateFragment(id: $id, name: "two", config: { v: 2 }) { name config }
      }`,
      { id: createFragment.id },
    );
    expect(data.first).toEqual({ name: 'one', config: { v: 1 } });
    expect(data.second).toEqual({ name: 'two', config: { v: 2 } });
  });

  it('keeps the visibility when updateFragment leaves it out', async () => {
    const { createFragment } = await t.ok(`mutation($org: ID!) { createFragment(organizationId: $org, name: "keep", visibility: PUBLIC) { id } }`, {
      org: t.fleet.orgId,
    });
    const data = await t.ok(`mutation($id: ID!) { updateFragment(id: $id, name: "kept", config: {}) { visibility config } }`, { id: createFragment.id });
    expect(data.updateFragment).toEqual({ visibility: 'PUBLIC', config: {} });
    expect((await upstreamFragment(createFragment.id)).visibility).toBe('FRAGMENT_VISIBILITY_PUBLIC');
  });

  it('deletes a fragment (DeleteFragment) and returns its id; it is gone upstream', async () => {
    const { createFragment } = await t.ok(`mutation($org: ID!) { createFragment(organizationId: $org, name: "doomed") { id } }`, { org: t.fleet.orgId });
    const data = await t.ok(`mutation($id: ID!) { deleteFragment(id: $id) }`, { id: createFragment.id });
    expect(data.deleteFragment).toBe(createFragment.id);
    await expectStatus(upstreamFragment(createFragment.id), grpc.status.NOT_FOUND);

    const again = await t.gql(`query($id: ID!) { fragment(id: $id) { id } }`, { id: createFragment.id });
    expect(again.data?.fragment).toBeNull();
    expect(errorCode(again)).toBe('NOT_FOUND');
  });

  it('refuses bad input without changing anything upstream', async () => {
    const before = (await t.fleet.app.call('ListFragments', { organization_id: t.fleet.orgId })).fragments.length;
    const emptyName = await t.gql(`mutation($org: ID!) { createFragment(organizationId: $org, name: "") { id } }`, { org: t.fleet.orgId });
    expect(errorCode(emptyName)).toBe('BAD_USER_INPUT');
    const notAnObject = await t.gql(`mutation($org: ID!) { createFragment(organizationId: $org, name: "x", config: [1, 2]) { id } }`, { org: t.fleet.orgId });
    expect(errorCode(notAnObject)).toBe('BAD_USER_INPUT');
    const badVisibility = await t.gql(`mutation($org: ID!) { createFragment(organizationId: $org, name: "x", visibility: EVERYONE) { id } }`, {
      org: t.fleet.orgId,
    });
    expect(badVisibility.errors?.length).toBeGreaterThan(0);
    const after = (await t.fleet.app.call('ListFragments', { organization_id: t.fleet.orgId })).fragments.length;
    expect(after).toBe(before);
  });

  it('reads a public fragment of another organization but not a private one', async () => {
    const data = await t.gql(`query($pub: ID!, $priv: ID!) { pub: fragment(id: $pub) { name } priv: fragment(id: $priv) { name } }`, {
      pub: otherOrgPublicId,
      priv: otherOrgPrivateId,
    });
    expect(data.data?.pub).toEqual({ name: 'shared-lidar' });
    expect(data.data?.priv).toBeNull();
    expect(data.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['priv'], 'FORBIDDEN']]);
  });

  it('refuses a config over 256 KiB (under the gateway\'s 512 KiB per JSON argument) with RESOURCE_EXHAUSTED naming the limit', async () => {
    const result = await t.gql(`mutation($org: ID!, $config: JSON) { createFragment(organizationId: $org, name: "too-big", config: $config) { id } }`, {
      org: t.fleet.orgId,
      config: { blob: 'x'.repeat(300 * 1024) },
    });
    expect(errorCode(result)).toBe('RESOURCE_EXHAUSTED');
    expect(result.errors?.[0]?.message).toContain(`the limit is ${MAX_FRAGMENT_CONFIG_BYTES} bytes (256 KiB) per fragment`);
  });

  it("fragments(showPublic: true) answers however much other organizations published: own fragments first, then the newest public ones that fit", async () => {
    // Another organization's big public fragments, stored before the size limit existed: more than a gRPC message holds.
    const db = t.fleet.server.db;
    const publisher = insertOrganization(db, 'Big Publisher');
    const big = Array.from({ length: 68 }, (_, i) => insertFragment(db, publisher.id, `big-${i}`, { blob: 'x'.repeat(512 * 1024) }, 'FRAGMENT_VISIBILITY_PUBLIC'));
    const future = Date.now() + 3600_000;
    big.forEach((id, i) => db.prepare('UPDATE fragments SET created_on = ? WHERE id = ?').run(future + i, id));
    const result = await t.gql(`query($org: ID!) { organization(id: $org) { fragments(showPublic: true) { id organizationName } } }`, { org: t.fleet.orgId });
    expect(result.errors).toBeUndefined();
    const listed = result.data.organization.fragments as { id: string; organizationName: string }[];
    expect(listed[0]!.organizationName).toBe('Demo Fleet');
    const foreign = listed.filter((f) => f.organizationName === 'Big Publisher').map((f) => f.id);
    expect(foreign.length).toBeGreaterThan(0);
    expect(foreign.length).toBeLessThan(big.length);
    expect(foreign).toEqual([...big].reverse().slice(0, foreign.length));
    db.prepare('DELETE FROM fragments WHERE organization_id = ?').run(publisher.id);
  });
});
