/**
 * Registry items on the fleet server over gRPC: one store with modules (either RPC family sees
 * what the other made), name rules, visibility, owner-only writes, rename and transfer (ids
 * change, old ids keep working and stay reserved), delete (refused while a machine configures it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestFleet, expectStatus, grpc, operatorAndOtherOrg, ownedOrganization, type RpcClient, type TestFleet } from './support/fleet.ts';
import { mainPartId } from './support/graph.ts';
import { createApiKey } from '../src/fleet-server/keys.ts';
import { insertRobot } from '../src/fleet-server/robots.ts';
import { toStruct } from '../src/wire/struct.ts';

let fleet: TestFleet;
let operator: RpcClient;
let other: { orgId: string; app: RpcClient };

beforeAll(async () => {
  fleet = await startTestFleet();
  ({ operator, other } = await operatorAndOtherOrg(fleet));
});
afterAll(() => fleet.close());

const MODULE = 'PACKAGE_TYPE_MODULE';
const ML_MODEL = 'PACKAGE_TYPE_ML_MODEL';
const create = (app: RpcClient, organizationId: string, name: string, type = MODULE) => app.call('CreateRegistryItem', { organization_id: organizationId, name, type });
const item = async (id: string, app = fleet.app) => (await app.call('GetRegistryItem', { item_id: id })).item;
const listIds = async (app: RpcClient, request: Record<string, unknown> = {}) =>
  ((await app.call('ListRegistryItems', request)).items as { item_id: string }[]).map((i) => i.item_id);
const makePublic = (id: string, app = fleet.app) => app.call('UpdateRegistryItem', { item_id: id, type: MODULE, description: 'public', visibility: 'VISIBILITY_PUBLIC' });

describe('CreateRegistryItem and the modules it shares its store with', () => {
  it('a module made either way is both a module and a registry item', async () => {
    await create(fleet.app, fleet.orgId, 'reg-made');
    await fleet.app.call('CreateModule', { organization_id: fleet.orgId, name: 'module-made' });
    expect((await fleet.app.call('GetModule', { module_id: 'demo:reg-made' })).module).toMatchObject({ module_id: 'demo:reg-made', organization_id: fleet.orgId });
    expect(await item('demo:module-made')).toMatchObject({ item_id: 'demo:module-made', type: MODULE, public_namespace: 'demo', module_metadata: { versions: [] } });
    const modules = ((await fleet.app.call('ListModules', { organization_id: fleet.orgId })).modules as { module_id: string }[]).map((m) => m.module_id);
    expect(modules).toEqual(expect.arrayContaining(['demo:reg-made', 'demo:module-made']));
    expect(await listIds(fleet.app, { organization_id: fleet.orgId })).toEqual(expect.arrayContaining(['demo:reg-made', 'demo:module-made']));
  });

  it('keeps ML models out of the module RPCs, and lets them live in an organization without a namespace', async () => {
    await create(fleet.app, fleet.orgId, 'detector', ML_MODEL);
    expect(await item('demo:detector')).toMatchObject({ type: ML_MODEL, name: 'detector' });
    await expectStatus(fleet.app.call('GetModule', { module_id: 'demo:detector' }), grpc.status.NOT_FOUND);
    expect(await listIds(fleet.app, { organization_id: fleet.orgId, types: [ML_MODEL] })).toEqual(['demo:detector']);

    const plain = ownedOrganization(fleet.server.db, 'Plain');
    const app = await fleet.appAs(plain.owner.id, plain.owner.key);
    await create(app, plain.orgId, 'weights', ML_MODEL);
    expect((await item(`${plain.orgId}:weights`, app)).item_id).toBe(`${plain.orgId}:weights`);
    const err = await expectStatus(create(app, plain.orgId, 'mod'), grpc.status.FAILED_PRECONDITION);
    expect(err.details).toMatch(/namespace/);
  });

  it('refuses bad names and types, names taken by any item type, and callers who are not owners', async () => {
    for (const name of ['', 'has space', 'colon:name', 'x'.repeat(201)]) {
      expect((await expectStatus(create(fleet.app, fleet.orgId, name), grpc.status.INVALID_ARGUMENT)).details).toMatch(/name/);
    }
    for (const type of ['PACKAGE_TYPE_UNSPECIFIED', 'PACKAGE_TYPE_ARCHIVE']) {
      expect((await expectStatus(create(fleet.app, fleet.orgId, 'ok-name', type), grpc.status.INVALID_ARGUMENT)).details).toMatch(/type/);
    }
    await create(fleet.app, fleet.orgId, 'taken', ML_MODEL);
    expect((await expectStatus(create(fleet.app, fleet.orgId, 'taken'), grpc.status.ALREADY_EXISTS)).details).toMatch(/taken/);
    await expectStatus(fleet.app.call('CreateModule', { organization_id: fleet.orgId, name: 'taken' }), grpc.status.ALREADY_EXISTS);
    await expectStatus(create(operator, fleet.orgId, 'ok-name'), grpc.status.PERMISSION_DENIED);
    await expectStatus(create(other.app, fleet.orgId, 'ok-name'), grpc.status.PERMISSION_DENIED);
    expect(fleet.server.db.prepare("SELECT 1 FROM modules WHERE name = 'ok-name'").get()).toBeUndefined();
  });
});

describe('visibility', () => {
  it('shows private items to their organization only, lists public ones to all and unlisted ones to nobody else', async () => {
    await create(fleet.app, fleet.orgId, 'vis-private');
    await create(fleet.app, fleet.orgId, 'vis-public');
    await create(fleet.app, fleet.orgId, 'vis-unlisted');
    await makePublic('demo:vis-public');
    await fleet.app.call('UpdateRegistryItem', { item_id: 'demo:vis-unlisted', type: MODULE, description: '', visibility: 'VISIBILITY_PUBLIC_UNLISTED' });

    await expectStatus(other.app.call('GetRegistryItem', { item_id: 'demo:vis-private' }), grpc.status.NOT_FOUND);
    expect((await item('demo:vis-public', other.app)).visibility).toBe('VISIBILITY_PUBLIC');
    expect((await item('demo:vis-unlisted', other.app)).visibility).toBe('VISIBILITY_PUBLIC_UNLISTED');
    const seen = await listIds(other.app, { organization_id: other.orgId });
    expect(seen).toContain('demo:vis-public');
    expect(seen).not.toContain('demo:vis-private');
    expect(seen).not.toContain('demo:vis-unlisted');
    expect(await listIds(operator, { organization_id: fleet.orgId, visibilities: ['VISIBILITY_PRIVATE'], search_term: 'VIS-' })).toEqual(['demo:vis-private']);
    await expectStatus(other.app.call('ListRegistryItems', { organization_id: fleet.orgId }), grpc.status.PERMISSION_DENIED);
    await expectStatus(fleet.app.call('ListRegistryItems', { page_token: 'x' }), grpc.status.INVALID_ARGUMENT);
  });
});

describe('UpdateRegistryItem', () => {
  it('writes description, visibility, url and module metadata, which GetModule then shows', async () => {
    await create(fleet.app, fleet.orgId, 'upd');
    await fleet.app.call('UpdateRegistryItem', {
      item_id: 'demo:upd',
      type: MODULE,
      description: 'updated',
      visibility: 'VISIBILITY_PUBLIC',
      url: 'https://example.com/upd',
      update_module_metadata: { models: [{ api: 'rdk:component:camera', model: 'demo:cam:x' }], entrypoint: 'bin/run' },
    });
    const { module } = await fleet.app.call('GetModule', { module_id: 'demo:upd' });
    expect(module).toMatchObject({ description: 'updated', visibility: 'VISIBILITY_PUBLIC', url: 'https://example.com/upd', entrypoint: 'bin/run', models: [{ api: 'rdk:component:camera', model: 'demo:cam:x' }] });
  });

  it('refuses a wrong type, module metadata for an ML model, and non-owners, naming the item', async () => {
    await create(fleet.app, fleet.orgId, 'upd-model', ML_MODEL);
    const wrongType = await expectStatus(fleet.app.call('UpdateRegistryItem', { item_id: 'demo:upd-model', type: MODULE, description: '' }), grpc.status.INVALID_ARGUMENT);
    expect(wrongType.details).toMatch(/demo:upd-model is a ML model/);
    const metadata = await expectStatus(
      fleet.app.call('UpdateRegistryItem', { item_id: 'demo:upd-model', type: ML_MODEL, description: '', update_module_metadata: { models: [], entrypoint: 'x' } }),
      grpc.status.INVALID_ARGUMENT,
    );
    expect(metadata.details).toMatch(/demo:upd-model/);
    await expectStatus(operator.call('UpdateRegistryItem', { item_id: 'demo:upd-model', type: ML_MODEL, description: 'x' }), grpc.status.PERMISSION_DENIED);
    expect((await item('demo:upd-model')).description).toBe('');
  });
});

describe('RenameRegistryItem', () => {
  it('gives the item a new id; the old id still finds it and its name stays reserved', async () => {
    await create(fleet.app, fleet.orgId, 'old-name');
    const { item: renamed } = await fleet.app.call('RenameRegistryItem', { item_id: 'demo:old-name', new_name: 'new-name' });
    expect(renamed).toMatchObject({ item_id: 'demo:new-name', name: 'new-name' });
    expect((await item('demo:old-name')).item_id).toBe('demo:new-name');
    expect((await fleet.app.call('GetModule', { module_id: 'demo:new-name' })).module.name).toBe('new-name');
    const reserved = await expectStatus(create(fleet.app, fleet.orgId, 'old-name'), grpc.status.ALREADY_EXISTS);
    expect(reserved.details).toMatch(/old-name is reserved.*demo:new-name/);
    // Taking back its own old name is allowed.
    await fleet.app.call('RenameRegistryItem', { item_id: 'demo:new-name', new_name: 'old-name' });
    expect((await item('demo:new-name')).item_id).toBe('demo:old-name');

    await expectStatus(fleet.app.call('RenameRegistryItem', { item_id: 'demo:old-name', new_name: 'bad name' }), grpc.status.INVALID_ARGUMENT);
    await expectStatus(fleet.app.call('RenameRegistryItem', { item_id: 'demo:old-name', new_name: 'taken' }), grpc.status.ALREADY_EXISTS);
    await expectStatus(operator.call('RenameRegistryItem', { item_id: 'demo:old-name', new_name: 'x' }), grpc.status.PERMISSION_DENIED);
    expect((await expectStatus(fleet.app.call('RenameRegistryItem', { item_id: 'demo:nope', new_name: 'x' }), grpc.status.NOT_FOUND)).details).toMatch(/demo:nope/);
  });
});

describe('TransferRegistryItem', () => {
  it('moves a public item to another organization the caller owns; its id takes the new namespace', async () => {
    await create(fleet.app, fleet.orgId, 'mover');
    const both = createApiKey(fleet.server.db, fleet.orgId, 'owner of both', [
      { authorizationId: 'organization_owner', resourceType: 'organization', resourceId: fleet.orgId },
      { authorizationId: 'organization_owner', resourceType: 'organization', resourceId: other.orgId },
    ]);
    const app = await fleet.appAs(both.id, both.key);
    const transfer = (client: RpcClient, namespace = 'other-org') => client.call('TransferRegistryItem', { item_id: 'demo:mover', new_public_namespace: namespace });

    expect((await expectStatus(transfer(app), grpc.status.FAILED_PRECONDITION)).details).toMatch(/demo:mover is not public/);
    await makePublic('demo:mover');
    // Owner of the source only, owner of the target only: refused.
    await expectStatus(transfer(fleet.app), grpc.status.PERMISSION_DENIED);
    await expectStatus(transfer(other.app), grpc.status.PERMISSION_DENIED);
    await expectStatus(transfer(app, 'no-such-namespace'), grpc.status.NOT_FOUND);
    await expectStatus(transfer(app, 'demo'), grpc.status.INVALID_ARGUMENT);
    expect((await item('demo:mover')).organization_id).toBe(fleet.orgId);

    await transfer(app);
    expect(await item('other-org:mover', other.app)).toMatchObject({ item_id: 'other-org:mover', organization_id: other.orgId, public_namespace: 'other-org' });
    expect((await item('demo:mover', other.app)).item_id).toBe('other-org:mover');
    const otherModules = ((await other.app.call('ListModules', { organization_id: other.orgId })).modules as { module_id: string }[]).map((m) => m.module_id);
    expect(otherModules).toContain('other-org:mover');
    // The old organization's owners no longer write it.
    await expectStatus(fleet.app.call('UpdateRegistryItem', { item_id: 'other-org:mover', type: MODULE, description: 'x' }), grpc.status.PERMISSION_DENIED);
  });

  it('refuses a target that already has an item of that name', async () => {
    await create(fleet.app, fleet.orgId, 'clash');
    await makePublic('demo:clash');
    await create(other.app, other.orgId, 'clash');
    const both = createApiKey(fleet.server.db, fleet.orgId, 'owner of both 2', [
      { authorizationId: 'organization_owner', resourceType: 'organization', resourceId: fleet.orgId },
      { authorizationId: 'organization_owner', resourceType: 'organization', resourceId: other.orgId },
    ]);
    const app = await fleet.appAs(both.id, both.key);
    await expectStatus(app.call('TransferRegistryItem', { item_id: 'demo:clash', new_public_namespace: 'other-org' }), grpc.status.ALREADY_EXISTS);
  });
});

describe('DeleteRegistryItem', () => {
  it('deletes an item with uploaded versions and its files, as Viam does', async () => {
    await create(fleet.app, fleet.orgId, 'with-files');
    await fleet.app.call('UpdateRegistryItem', { item_id: 'demo:with-files', type: MODULE, description: '', update_module_metadata: { models: [], entrypoint: 'run' } });
    await fleet.app.clientStream('UploadModuleFile', [{ module_file_info: { module_id: 'demo:with-files', version: '1.0.0', platform: 'linux/amd64' } }, { file: Buffer.from('tarball') }]);
    expect((await item('demo:with-files')).module_metadata.versions).toHaveLength(1);
    const { id } = fleet.server.db.prepare("SELECT id FROM modules WHERE name = 'with-files'").get() as { id: string };
    const dir = path.join(fleet.server.fleet.options.dataDir, 'modules', id);
    expect(fs.readdirSync(dir)).toHaveLength(1);

    await expectStatus(operator.call('DeleteRegistryItem', { item_id: 'demo:with-files' }), grpc.status.PERMISSION_DENIED);
    await fleet.app.call('DeleteRegistryItem', { item_id: 'demo:with-files' });
    await expectStatus(fleet.app.call('GetModule', { module_id: 'demo:with-files' }), grpc.status.NOT_FOUND);
    expect(fleet.server.db.prepare('SELECT count(*) AS n FROM module_files WHERE module_id = ?').get(id)).toEqual({ n: 0 });
    expect(fs.existsSync(dir)).toBe(false);
  });

  it('refuses while a machine configures the module, naming it and the count', async () => {
    await create(fleet.app, fleet.orgId, 'in-use');
    const { id: locationId } = fleet.server.db.prepare('SELECT id FROM locations WHERE organization_id = ? LIMIT 1').get(fleet.orgId) as { id: string };
    const partId = mainPartId(fleet.server.db, insertRobot(fleet.server.db, locationId, 'uses-module').id);
    const configure = (modules: Record<string, string>[]) => fleet.app.call('UpdateRobotPart', { id: partId, name: 'main', robot_config: toStruct({ modules }) });
    await configure([{ type: 'registry', name: 'm', module_id: 'demo:in-use', version: 'latest' }]);
    expect((await item('demo:in-use')).total_robot_usage).toBe(1);
    const err = await expectStatus(fleet.app.call('DeleteRegistryItem', { item_id: 'demo:in-use' }), grpc.status.FAILED_PRECONDITION);
    expect(err.details).toMatch(/demo:in-use is configured on 1 machine/);
    expect((await item('demo:in-use')).name).toBe('in-use');
    await configure([]);
    await fleet.app.call('DeleteRegistryItem', { item_id: 'demo:in-use' });
    await expectStatus(fleet.app.call('GetRegistryItem', { item_id: 'demo:in-use' }), grpc.status.NOT_FOUND);
  });
});

describe('old ids of renamed and transferred items cannot be taken over', () => {
  it('keeps the namespace of a transferred item with its old organization while the old id works', async () => {
    const c = ownedOrganization(fleet.server.db, 'Org C', 'cns');
    const cOwner = await fleet.appAs(c.owner.id, c.owner.key);
    const d = ownedOrganization(fleet.server.db, 'Org D', null);
    const dOwner = await fleet.appAs(d.owner.id, d.owner.key);
    const both = createApiKey(fleet.server.db, c.orgId, 'owner of C and other-org', [
      { authorizationId: 'organization_owner', resourceType: 'organization', resourceId: c.orgId },
      { authorizationId: 'organization_owner', resourceType: 'organization', resourceId: other.orgId },
    ]);
    const app = await fleet.appAs(both.id, both.key);
    await cOwner.call('CreateModule', { organization_id: c.orgId, name: 'x' });
    await makePublic('cns:x', cOwner);
    await app.call('TransferRegistryItem', { item_id: 'cns:x', new_public_namespace: 'other-org' });
    expect((await item('cns:x', dOwner)).item_id).toBe('other-org:x');

    // C has no items left, but "cns:x" still names the transferred item: the namespace stays.
    const moved = await expectStatus(cOwner.call('UpdateOrganizationNamespace', { organization_id: c.orgId, new_public_namespace: 'cns-two' }), grpc.status.FAILED_PRECONDITION);
    expect(moved.details).toMatch(/namespace cns is still the prefix of 1 old registry item id/);
    await expectStatus(cOwner.call('UpdateOrganization', { organization_id: c.orgId, public_namespace: 'cns-two' }), grpc.status.FAILED_PRECONDITION);
    expect((await expectStatus(cOwner.call('DeleteOrganization', { organization_id: c.orgId }), grpc.status.FAILED_PRECONDITION)).details).toMatch(/old registry item id/);
    expect((await expectStatus(dOwner.call('UpdateOrganizationNamespace', { organization_id: d.orgId, new_public_namespace: 'cns' }), grpc.status.ALREADY_EXISTS)).details).toMatch(/cns is taken/);
    // C itself cannot make a new item answer to the old id either.
    expect((await expectStatus(cOwner.call('CreateModule', { organization_id: c.orgId, name: 'x' }), grpc.status.ALREADY_EXISTS)).details).toMatch(/x is reserved.*other-org:x/);
    await expectStatus(create(cOwner, c.orgId, 'x', ML_MODEL), grpc.status.ALREADY_EXISTS);
    expect((await item('cns:x', dOwner)).organization_id).toBe(other.orgId);
  });

  it('keeps the namespace of a renamed item, and refuses namespaces shaped like organization ids', async () => {
    const e = ownedOrganization(fleet.server.db, 'Org E', 'ens');
    const eOwner = await fleet.appAs(e.owner.id, e.owner.key);
    await eOwner.call('CreateModule', { organization_id: e.orgId, name: 'before' });
    await eOwner.call('RenameRegistryItem', { item_id: 'ens:before', new_name: 'after' });
    await eOwner.call('DeleteRegistryItem', { item_id: 'ens:after' });
    // Deleting the item drops its old ids with it: the namespace is free to change again.
    await eOwner.call('UpdateOrganizationNamespace', { organization_id: e.orgId, new_public_namespace: 'ens-two' });

    // Renamed, then transferred: both old ids name E.
    await eOwner.call('CreateModule', { organization_id: e.orgId, name: 'kept' });
    await makePublic('ens-two:kept', eOwner);
    await eOwner.call('RenameRegistryItem', { item_id: 'ens-two:kept', new_name: 'renamed' });
    const both = createApiKey(fleet.server.db, e.orgId, 'owner of E and other-org', [
      { authorizationId: 'organization_owner', resourceType: 'organization', resourceId: e.orgId },
      { authorizationId: 'organization_owner', resourceType: 'organization', resourceId: other.orgId },
    ]);
    await (await fleet.appAs(both.id, both.key)).call('TransferRegistryItem', { item_id: 'ens-two:renamed', new_public_namespace: 'other-org' });
    expect((await item('ens-two:kept')).item_id).toBe('other-org:renamed');
    const renamed = await expectStatus(eOwner.call('UpdateOrganizationNamespace', { organization_id: e.orgId, new_public_namespace: 'ens-three' }), grpc.status.FAILED_PRECONDITION);
    expect(renamed.details).toMatch(/namespace ens-two is still the prefix of 2 old registry item id/);

    // "<organization id>:<name>" always names that organization: no namespace may look like an id.
    const uuidShaped = 'abcdef01-2345-6789-abcd-ef0123456789';
    await expectStatus(eOwner.call('UpdateOrganizationNamespace', { organization_id: e.orgId, new_public_namespace: uuidShaped }), grpc.status.INVALID_ARGUMENT);
  });
});

describe('existence of private items', () => {
  it("answers every registry and module RPC about another organization's private item exactly as about an id nobody uses", async () => {
    await create(fleet.app, fleet.orgId, 'secret-plan');
    const real = 'demo:secret-plan';
    const madeUp = 'demo:never-made';
    const rpcs: [string, (id: string) => Promise<unknown>][] = [
      ['GetRegistryItem', (id) => other.app.call('GetRegistryItem', { item_id: id })],
      ['UpdateRegistryItem', (id) => other.app.call('UpdateRegistryItem', { item_id: id, type: MODULE, description: 'x' })],
      ['DeleteRegistryItem', (id) => other.app.call('DeleteRegistryItem', { item_id: id })],
      ['RenameRegistryItem', (id) => other.app.call('RenameRegistryItem', { item_id: id, new_name: 'taken-over' })],
      ['TransferRegistryItem', (id) => other.app.call('TransferRegistryItem', { item_id: id, new_public_namespace: 'other-org' })],
      ['GetModule', (id) => other.app.call('GetModule', { module_id: id })],
      ['UpdateModule', (id) => other.app.call('UpdateModule', { module_id: id, entrypoint: 'run', visibility: 'VISIBILITY_PUBLIC' })],
      ['UploadModuleFile', (id) => other.app.clientStream('UploadModuleFile', [{ module_file_info: { module_id: id, version: '1.0.0', platform: 'any' } }, { file: Buffer.from('x') }])],
    ];
    for (const [rpc, call] of rpcs) {
      const forReal = await expectStatus(call(real), grpc.status.NOT_FOUND).catch((e: Error) => Promise.reject(new Error(`${rpc}: ${e.message}`)));
      const forMadeUp = await expectStatus(call(madeUp), grpc.status.NOT_FOUND);
      expect(forReal.details.replace(real, madeUp), rpc).toBe(forMadeUp.details);
    }
    expect((await item(real)).name).toBe('secret-plan');
  });
});
