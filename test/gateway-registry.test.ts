/**
 * Registry items through GraphQL against the embedded fleet server, each effect checked over gRPC:
 * registryItems (paged in the gateway), registryItem, create/update/rename/transfer/delete, and
 * modules and registry items as one store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeyHeaders, errorCode, startTestGateway, type TestGateway } from './support/gateway.ts';
import { expectStatus, grpc, ownedOrganization } from './support/fleet.ts';
import { createApiKey } from '../src/fleet-server/keys.ts';

let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t.close());

const CREATE = `mutation($org: ID!, $name: String!, $type: RegistryItemType!) { createRegistryItem(organizationId: $org, name: $name, type: $type) { id name type publicNamespace } }`;
const createItem = (name: string, type = 'MODULE') => t.ok(CREATE, { org: t.fleet.orgId, name, type });
const upstreamItem = async (id: string) => (await t.fleet.app.call('GetRegistryItem', { item_id: id })).item;

describe('registry items through GraphQL', () => {
  it('creates a module item that Query.module and Organization.modules show, and a module that registryItems shows', async () => {
    expect((await createItem('gql-mod')).createRegistryItem).toEqual({ id: 'demo:gql-mod', name: 'gql-mod', type: 'MODULE', publicNamespace: 'demo' });
    expect((await upstreamItem('demo:gql-mod')).type).toBe('PACKAGE_TYPE_MODULE');
    await t.ok(`mutation($org: ID!) { createModule(organizationId: $org, name: "gql-classic") { id } }`, { org: t.fleet.orgId });
    const data = await t.ok(`query($org: ID!) {
      module(id: "demo:gql-mod") { id }
      organization(id: $org) { modules { id } }
      registryItems(organizationId: $org, types: [MODULE]) { nodes { id module { id } } }
      registryItem(id: "demo:gql-classic") { id type }
    }`, { org: t.fleet.orgId });
    expect(data.module).toEqual({ id: 'demo:gql-mod' });
    expect(data.organization.modules.map((m: { id: string }) => m.id)).toEqual(expect.arrayContaining(['demo:gql-mod', 'demo:gql-classic']));
    expect(data.registryItems.nodes).toEqual(expect.arrayContaining([{ id: 'demo:gql-mod', module: { id: 'demo:gql-mod' } }, { id: 'demo:gql-classic', module: { id: 'demo:gql-classic' } }]));
    expect(data.registryItem).toEqual({ id: 'demo:gql-classic', type: 'MODULE' });
  });

  it('pages registryItems with first/after and filters by search term', async () => {
    for (const name of ['page-a', 'page-b', 'page-c']) await createItem(name, 'ML_MODEL');
    const PAGE = `query($after: String) { registryItems(searchTerm: "page-", first: 2, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
    const first = (await t.ok(PAGE)).registryItems;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(['demo:page-a', 'demo:page-b']);
    expect(first.pageInfo).toEqual({ hasNextPage: true, endCursor: 'demo:page-b' });
    const second = (await t.ok(PAGE, { after: first.pageInfo.endCursor })).registryItems;
    expect(second.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(['demo:page-c']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(errorCode(await t.gql(PAGE, { after: 'demo:not-there' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await t.gql(`{ registryItems(first: 0) { totalCount } }`))).toBe('BAD_USER_INPUT');
  });

  it('updates an item (UpdateRegistryItem) and refuses an operator', async () => {
    await createItem('gql-upd');
    const UPDATE = `mutation { updateRegistryItem(id: "demo:gql-upd", type: MODULE, description: "new words", visibility: PUBLIC, url: "https://example.com/x",
      moduleMetadata: { models: [{ api: "rdk:component:camera", model: "demo:cam:y" }], entrypoint: "bin/run" }) { id description visibility module { entrypoint models { model } } } }`;
    expect((await t.ok(UPDATE)).updateRegistryItem).toEqual({ id: 'demo:gql-upd', description: 'new words', visibility: 'PUBLIC', module: { entrypoint: 'bin/run', models: [{ model: 'demo:cam:y' }] } });
    expect(await upstreamItem('demo:gql-upd')).toMatchObject({ description: 'new words', visibility: 'VISIBILITY_PUBLIC', url: 'https://example.com/x' });
    const operator = createApiKey(t.fleet.server.db, t.fleet.orgId, 'op', [{ authorizationId: 'organization_operator', resourceType: 'organization', resourceId: t.fleet.orgId }]);
    expect(errorCode(await t.gql(UPDATE.replace('new words', 'nope'), {}, apiKeyHeaders(operator)))).toBe('FORBIDDEN');
    expect((await upstreamItem('demo:gql-upd')).description).toBe('new words');
  });

  it('renames an item; the old id still finds it', async () => {
    await createItem('gql-old');
    const data = await t.ok(`mutation { renameRegistryItem(id: "demo:gql-old", newName: "gql-new") { id name } }`);
    expect(data.renameRegistryItem).toEqual({ id: 'demo:gql-new', name: 'gql-new' });
    expect((await upstreamItem('demo:gql-old')).item_id).toBe('demo:gql-new');
    expect(errorCode(await t.gql(CREATE, { org: t.fleet.orgId, name: 'gql-old', type: 'MODULE' }))).toBe('ALREADY_EXISTS');
  });

  it('transfers a public item to another organization the caller owns; its id takes the new namespace', async () => {
    await createItem('gql-move');
    await t.ok(`mutation { updateRegistryItem(id: "demo:gql-move", type: MODULE, description: "", visibility: PUBLIC) { id } }`);
    const target = ownedOrganization(t.fleet.server.db, 'Receiver', 'receiver');
    const TRANSFER = `mutation { transferRegistryItem(id: "demo:gql-move", newPublicNamespace: "receiver") { id publicNamespace } }`;
    expect(errorCode(await t.gql(TRANSFER))).toBe('FORBIDDEN');
    const both = createApiKey(t.fleet.server.db, t.fleet.orgId, 'both', [
      { authorizationId: 'organization_owner', resourceType: 'organization', resourceId: t.fleet.orgId },
      { authorizationId: 'organization_owner', resourceType: 'organization', resourceId: target.orgId },
    ]);
    expect((await t.ok(TRANSFER, {}, apiKeyHeaders(both))).transferRegistryItem).toEqual({ id: 'receiver:gql-move', publicNamespace: 'receiver' });
    expect((await upstreamItem('receiver:gql-move')).organization_id).toBe(target.orgId);
  });

  it('deletes an item (DeleteRegistryItem); a missing one is NOT_FOUND naming it', async () => {
    await createItem('gql-del', 'ML_TRAINING');
    expect((await t.ok(`mutation { deleteRegistryItem(id: "demo:gql-del") }`)).deleteRegistryItem).toBe('demo:gql-del');
    await expectStatus(t.fleet.app.call('GetRegistryItem', { item_id: 'demo:gql-del' }), grpc.status.NOT_FOUND);
    const again = await t.gql(`mutation { deleteRegistryItem(id: "demo:gql-del") }`);
    expect(errorCode(again)).toBe('NOT_FOUND');
    expect(again.errors?.[0]?.message).toMatch(/demo:gql-del/);
  });
  it("keeps a transferred item's old namespace with its organization, so no other organization takes the old id over", async () => {
    const c = ownedOrganization(t.fleet.server.db, 'Gql C', 'gql-cns');
    const d = ownedOrganization(t.fleet.server.db, 'Gql D', null);
    const target = ownedOrganization(t.fleet.server.db, 'Gql B', 'gql-bns');
    const both = createApiKey(t.fleet.server.db, c.orgId, 'owner of C and B', [
      { authorizationId: 'organization_owner', resourceType: 'organization', resourceId: c.orgId },
      { authorizationId: 'organization_owner', resourceType: 'organization', resourceId: target.orgId },
    ]);
    await t.ok(`mutation($org: ID!) { createModule(organizationId: $org, name: "x") { id } }`, { org: c.orgId }, apiKeyHeaders(c.owner));
    await t.ok(`mutation { updateRegistryItem(id: "gql-cns:x", type: MODULE, description: "", visibility: PUBLIC) { id } }`, {}, apiKeyHeaders(c.owner));
    await t.ok(`mutation { transferRegistryItem(id: "gql-cns:x", newPublicNamespace: "gql-bns") { id } }`, {}, apiKeyHeaders(both));

    const rename = await t.gql(`mutation($id: ID!) { updateOrganizationNamespace(id: $id, namespace: "gql-cns-two") { id } }`, { id: c.orgId }, apiKeyHeaders(c.owner));
    expect(errorCode(rename)).toBe('FAILED_PRECONDITION');
    expect(rename.errors?.[0]?.message).toMatch(/gql-cns is still the prefix of 1 old registry item id/);
    const claim = await t.gql(`mutation($id: ID!) { updateOrganizationNamespace(id: $id, namespace: "gql-cns") { id } }`, { id: d.orgId }, apiKeyHeaders(d.owner));
    expect(errorCode(claim)).toBe('ALREADY_EXISTS');
    const old = await t.ok(`query { registryItem(id: "gql-cns:x") { id publicNamespace } }`, {}, apiKeyHeaders(d.owner));
    expect(old.registryItem).toEqual({ id: 'gql-bns:x', publicNamespace: 'gql-bns' });
  });

  it("answers another organization's private item exactly as an id nobody uses (NOT_FOUND)", async () => {
    await createItem('gql-private');
    const stranger = ownedOrganization(t.fleet.server.db, 'Stranger', 'stranger');
    const ask = (id: string) => t.gql(`query($id: ID!) { registryItem(id: $id) { id } module(id: $id) { id } }`, { id }, apiKeyHeaders(stranger.owner));
    const real = await ask('demo:gql-private');
    const madeUp = await ask('demo:gql-never');
    expect(real.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    expect(real.errors?.map((e) => e.message.replace('demo:gql-private', 'demo:gql-never'))).toEqual(madeUp.errors?.map((e) => e.message));
  });
});
