import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestFleet, expectStatus, grpc, operatorAndOtherOrg, type RpcClient, type TestFleet } from './support/fleet.ts';
import { UNKNOWN_ID, sha256 } from './support/fixtures.ts';
import { compareVersions } from '../src/fleet-server/modules.ts';

let fleet: TestFleet;
let operator: RpcClient;
let other: { orgId: string; app: RpcClient };

beforeAll(async () => {
  fleet = await startTestFleet();
  ({ operator, other } = await operatorAndOtherOrg(fleet));
});
afterAll(() => fleet.close());

const VALID_UPDATE = {
  visibility: 'VISIBILITY_PRIVATE',
  url: 'https://github.com/example/module',
  description: 'a module',
  models: [{ api: 'rdk:component:camera', model: 'demo:cameras:fake' }],
  entrypoint: 'bin/module',
};


function upload(app: RpcClient, info: Record<string, unknown>, chunks: Buffer[]) {
  return app.clientStream('UploadModuleFile', [{ module_file_info: info }, ...chunks.map((file) => ({ file }))]);
}

type FileRow = { module_id: string; version: string; platform: string; sha256: string; size: number; path: string };
const fileRows = (f: TestFleet, moduleName: string) =>
  f.server.db
    .prepare('SELECT f.* FROM module_files f JOIN modules m ON m.id = f.module_id WHERE m.name = ? ORDER BY f.version, f.platform')
    .all(moduleName) as FileRow[];

/** Every file under <dataDir>/modules, relative to the data dir. */
function filesOnDisk(f: TestFleet): string[] {
  const root = path.join(f.server.fleet.options.dataDir, 'modules');
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true }) as string[])
    .map((entry) => path.join('modules', entry))
    .filter((entry) => fs.statSync(path.join(f.server.fleet.options.dataDir, entry)).isFile());
}

describe('CreateModule', () => {
  it('creates <namespace>:<name> with a URL', async () => {
    const created = await fleet.app.call('CreateModule', { organization_id: fleet.orgId, name: 'my_module-1' });
    expect(created.module_id).toBe('demo:my_module-1');
    expect(created.url).toMatch(/^https:\/\/.+\/module\/demo\/my_module-1$/);
    const { module } = await fleet.app.call('GetModule', { module_id: 'demo:my_module-1' });
    expect(module).toMatchObject({ module_id: 'demo:my_module-1', name: 'my_module-1', organization_id: fleet.orgId, public_namespace: 'demo', visibility: 'VISIBILITY_PRIVATE', versions: [], total_robot_usage: 0 });
  });

  it('refuses duplicates, bad names, organizations without a namespace and foreign callers', async () => {
    await fleet.app.call('CreateModule', { organization_id: fleet.orgId, name: 'taken' });
    await expectStatus(fleet.app.call('CreateModule', { organization_id: fleet.orgId, name: 'taken' }), grpc.status.ALREADY_EXISTS);
    // The same name in another organization is fine.
    expect((await other.app.call('CreateModule', { organization_id: other.orgId, name: 'taken' })).module_id).toBe('other-org:taken');

    for (const name of ['', 'has space', 'colon:name', 'slash/name', 'dot.name', 'x'.repeat(201)]) {
      const err = await expectStatus(fleet.app.call('CreateModule', { organization_id: fleet.orgId, name }), grpc.status.INVALID_ARGUMENT);
      expect(err.details).toMatch(/name/);
    }
    await expectStatus(fleet.app.call('CreateModule', { organization_id: 'x', name: 'ok' }), grpc.status.INVALID_ARGUMENT);
    await expectStatus(fleet.app.call('CreateModule', { organization_id: UNKNOWN_ID, name: 'ok' }), grpc.status.NOT_FOUND);

    const { organization } = await fleet.app.call('CreateOrganization', { name: 'No Namespace' });
    const err = await expectStatus(fleet.app.call('CreateModule', { organization_id: organization.id, name: 'ok' }), grpc.status.FAILED_PRECONDITION);
    expect(err.details).toMatch(/namespace/);

    await expectStatus(operator.call('CreateModule', { organization_id: fleet.orgId, name: 'ok' }), grpc.status.PERMISSION_DENIED);
    await expectStatus(other.app.call('CreateModule', { organization_id: fleet.orgId, name: 'ok' }), grpc.status.PERMISSION_DENIED);
    const names = (fleet.server.db.prepare('SELECT name FROM modules WHERE organization_id = ?').all(fleet.orgId) as { name: string }[]).map((r) => r.name);
    expect(names).not.toContain('ok');
  });
});

describe('UpdateModule', () => {
  beforeAll(async () => {
    await fleet.app.call('CreateModule', { organization_id: fleet.orgId, name: 'updatable' });
  });

  it('stores url, description, models, entrypoint and visibility', async () => {
    const response = await fleet.app.call('UpdateModule', { module_id: 'demo:updatable', ...VALID_UPDATE, visibility: 'VISIBILITY_PUBLIC', models: [{ api: 'rdk:component:camera', model: 'demo:cameras:fake', description: 'a fake', supported_hardware: ['pi'] }] });
    expect(response.url).toMatch(/\/module\/demo\/updatable$/);
    const { module } = await fleet.app.call('GetModule', { module_id: 'demo:updatable' });
    expect(module).toMatchObject({ url: VALID_UPDATE.url, description: 'a module', entrypoint: 'bin/module', visibility: 'VISIBILITY_PUBLIC' });
    expect(module.models).toEqual([expect.objectContaining({ api: 'rdk:component:camera', model: 'demo:cameras:fake', description: 'a fake', supported_hardware: ['pi'] })]);
    // An unspecified visibility keeps the current one; an empty url clears the link.
    await fleet.app.call('UpdateModule', { module_id: 'demo:updatable', ...VALID_UPDATE, visibility: 'VISIBILITY_UNSPECIFIED', url: '' });
    expect((await fleet.app.call('GetModule', { module_id: 'demo:updatable' })).module).toMatchObject({ visibility: 'VISIBILITY_PUBLIC', url: '' });
  });

  it('accepts the id as <organization id>:<name> and as a bare name', async () => {
    await fleet.app.call('UpdateModule', { module_id: `${fleet.orgId}:updatable`, ...VALID_UPDATE, description: 'by org id' });
    await fleet.app.call('UpdateModule', { module_id: 'updatable', ...VALID_UPDATE, description: 'by name' });
    expect((await fleet.app.call('GetModule', { module_id: 'updatable' })).module.description).toBe('by name');
  });

  it('refuses invalid input without changing the module', async () => {
    await fleet.app.call('UpdateModule', { module_id: 'demo:updatable', ...VALID_UPDATE });
    const before = fleet.server.db.prepare("SELECT * FROM modules WHERE name = 'updatable'").get();
    const bad: [Record<string, unknown>, RegExp][] = [
      [{ url: 'ftp://example.com/x' }, /url/],
      [{ url: 'not a url' }, /url/],
      [{ models: [{ api: 'camera', model: 'demo:cameras:fake' }] }, /models\[0\]\.api/],
      [{ models: [{ api: 'rdk:component:camera', model: 'demo:fake' }] }, /models\[0\]\.model/],
      [{ models: [{ api: 'rdk:component:camera', model: 'a b:c:d' }] }, /models\[0\]\.model/],
      [{ entrypoint: '  ' }, /entrypoint/],
      [{ module_id: '' }, /module_id/],
      [{ module_id: 'a:b:c' }, /module_id/],
      [{ module_id: 'Bad_NS:updatable' }, /module_id/],
    ];
    for (const [change, field] of bad) {
      const err = await expectStatus(fleet.app.call('UpdateModule', { module_id: 'demo:updatable', ...VALID_UPDATE, ...change }), grpc.status.INVALID_ARGUMENT);
      expect(err.details).toMatch(field);
    }
    await expectStatus(fleet.app.call('UpdateModule', { ...VALID_UPDATE, module_id: 'demo:missing' }), grpc.status.NOT_FOUND);
    await expectStatus(fleet.app.call('UpdateModule', { ...VALID_UPDATE, module_id: 'nobody:updatable' }), grpc.status.NOT_FOUND);
    await expectStatus(operator.call('UpdateModule', { ...VALID_UPDATE, module_id: 'demo:updatable', description: 'operator' }), grpc.status.PERMISSION_DENIED);
    await expectStatus(other.app.call('UpdateModule', { ...VALID_UPDATE, module_id: 'demo:updatable', description: 'hijack' }), grpc.status.NOT_FOUND);
    expect(fleet.server.db.prepare("SELECT * FROM modules WHERE name = 'updatable'").get()).toEqual(before);
  });
});

describe('UploadModuleFile', () => {
  beforeAll(async () => {
    await fleet.app.call('CreateModule', { organization_id: fleet.orgId, name: 'uploads' });
    await fleet.app.call('UpdateModule', { module_id: 'demo:uploads', ...VALID_UPDATE });
  });

  it('stores the file with its sha256 and lists the version', async () => {
    const content = crypto.randomBytes(100_000);
    const chunks = [content.subarray(0, 32_768), content.subarray(32_768, 65_536), content.subarray(65_536)];
    const response = await upload(fleet.app, { module_id: 'demo:uploads', version: '1.0.0', platform: 'linux/amd64' }, chunks);
    expect(response.url).toMatch(/\/module\/demo\/uploads$/);
    const [row] = fileRows(fleet, 'uploads');
    expect(row).toMatchObject({ version: '1.0.0', platform: 'linux/amd64', size: content.length, sha256: sha256(content) });
    const onDisk = fs.readFileSync(path.join(fleet.server.fleet.options.dataDir, row!.path));
    expect(sha256(onDisk)).toBe(sha256(content));

    const { module } = await fleet.app.call('GetModule', { module_id: 'demo:uploads' });
    expect(module.versions).toHaveLength(1);
    expect(module.versions[0]).toMatchObject({ version: '1.0.0', entrypoint: 'bin/module', files: [{ platform: 'linux/amd64' }] });
    expect(module.versions[0].files[0].uploaded_at.seconds).toBeGreaterThan(0);
    expect(module.versions[0].models).toHaveLength(1);
  });

  it('replaces a re-upload of the same version and platform, keeping one file', async () => {
    const first = Buffer.from('first build');
    const second = Buffer.from('second build, longer');
    await upload(fleet.app, { module_id: 'demo:uploads', version: '2.0.0', platform: 'darwin/arm64' }, [first]);
    const [before] = fileRows(fleet, 'uploads').filter((r) => r.version === '2.0.0');
    await upload(fleet.app, { module_id: 'demo:uploads', version: '2.0.0', platform: 'darwin/arm64' }, [second]);
    const rows = fileRows(fleet, 'uploads').filter((r) => r.version === '2.0.0');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ sha256: sha256(second), size: second.length });
    expect(fs.readFileSync(path.join(fleet.server.fleet.options.dataDir, rows[0]!.path))).toEqual(second);
    expect(fs.existsSync(path.join(fleet.server.fleet.options.dataDir, before!.path))).toBe(false);
    // Every recorded file exists on disk and nothing else does.
    const recorded = (fleet.server.db.prepare('SELECT path FROM module_files').all() as { path: string }[]).map((r) => r.path).sort();
    expect(filesOnDisk(fleet).sort()).toEqual(recorded);
  });

  it('lists versions in semantic-version order with every platform', async () => {
    for (const [version, platform] of [
      ['1.10.0', 'linux/arm64'],
      ['1.2.0', 'any'],
      ['1.2.0-rc.1', 'linux/arm32v7'],
      ['1.2.0', 'linux/amd64'],
    ] as const) {
      await upload(fleet.app, { module_id: 'demo:uploads', version, platform, platform_tags: ['distro:debian'] }, [Buffer.from(version)]);
    }
    const { module } = await fleet.app.call('GetModule', { module_id: 'demo:uploads' });
    expect(module.versions.map((v: any) => v.version)).toEqual(['1.0.0', '1.2.0-rc.1', '1.2.0', '1.10.0', '2.0.0']);
    expect(module.versions.find((v: any) => v.version === '1.2.0').files.map((f: any) => f.platform)).toEqual(['any', 'linux/amd64']);
  });

  it('refuses bad file info, misplaced messages and empty uploads, storing nothing', async () => {
    const before = filesOnDisk(fleet).sort();
    const rowsBefore = fileRows(fleet, 'uploads').length;
    const info = { module_id: 'demo:uploads', version: '3.0.0', platform: 'linux/amd64' };
    const bad: [Record<string, unknown>, RegExp][] = [
      [{ version: '1.2' }, /version/],
      [{ version: 'v1.2.3' }, /version/],
      [{ version: '01.2.3' }, /version/],
      [{ version: '' }, /version/],
      [{ platform: 'linux' }, /platform/],
      [{ platform: 'amd64' }, /platform/],
      [{ platform: 'Linux/AMD64' }, /platform/],
      [{ platform: 'beos/amd64' }, /platform/],
      [{ platform_tags: ['no-colon'] }, /platform_tags\[0\]/],
      [{ module_id: '' }, /module_id/],
    ];
    for (const [change, field] of bad) {
      const err = await expectStatus(upload(fleet.app, { ...info, ...change }, [Buffer.from('x')]), grpc.status.INVALID_ARGUMENT);
      expect(err.details).toMatch(field);
    }
    // Bytes before the info, a second info, or no bytes at all.
    await expectStatus(fleet.app.clientStream('UploadModuleFile', [{ file: Buffer.from('x') }, { module_file_info: info }]), grpc.status.INVALID_ARGUMENT);
    const err = await expectStatus(
      fleet.app.clientStream('UploadModuleFile', [{ module_file_info: info }, { file: Buffer.from('x') }, { module_file_info: info }]),
      grpc.status.INVALID_ARGUMENT,
    );
    expect(err.details).toMatch(/module_file_info/);
    await expectStatus(fleet.app.clientStream('UploadModuleFile', []), grpc.status.INVALID_ARGUMENT);
    await expectStatus(upload(fleet.app, info, []), grpc.status.INVALID_ARGUMENT);

    await expectStatus(upload(fleet.app, { ...info, module_id: 'demo:missing' }, [Buffer.from('x')]), grpc.status.NOT_FOUND);
    await expectStatus(upload(operator, info, [Buffer.from('x')]), grpc.status.PERMISSION_DENIED);
    await expectStatus(upload(other.app, info, [Buffer.from('x')]), grpc.status.NOT_FOUND);
    await expectStatus(upload(fleet.appClient(), info, [Buffer.from('x')]), grpc.status.UNAUTHENTICATED);

    expect(fileRows(fleet, 'uploads')).toHaveLength(rowsBefore);
    expect(filesOnDisk(fleet).sort()).toEqual(before);
  });
});

describe('a cancelled upload', () => {
  it('leaves neither a row nor a file behind', async () => {
    await fleet.app.call('CreateModule', { organization_id: fleet.orgId, name: 'cancelled' });
    const metadata = new grpc.Metadata();
    metadata.set('authorization', `Bearer ${await fleet.authenticate(fleet.keyId, fleet.key)}`);
    const finished = new Promise<grpc.ServiceError | null>((resolve) => {
      const call = (fleet.app.raw as any).UploadModuleFile(metadata, (error: grpc.ServiceError | null) => resolve(error));
      call.write({ module_file_info: { module_id: 'demo:cancelled', version: '1.0.0', platform: 'linux/amd64' } });
      call.write({ file: crypto.randomBytes(10_000) });
      // Give the server time to start writing the temporary file, then walk away without ending.
      setTimeout(() => call.cancel(), 200);
    });
    expect((await finished)?.code).toBe(grpc.status.CANCELLED);
    const deadline = Date.now() + 2000;
    while (filesOnDisk(fleet).some((f) => f.includes(`${path.sep}tmp${path.sep}`)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(filesOnDisk(fleet).filter((f) => f.includes(`${path.sep}tmp${path.sep}`))).toEqual([]);
    expect(fileRows(fleet, 'cancelled')).toEqual([]);
  });
});

describe('module size limit', () => {
  let small: TestFleet;
  beforeAll(async () => {
    small = await startTestFleet({ maxModuleBytes: 1024 });
    await small.app.call('CreateModule', { organization_id: small.orgId, name: 'tiny' });
  });
  afterAll(() => small.close());

  it('refuses an upload over the limit with RESOURCE_EXHAUSTED and keeps nothing', async () => {
    const info = { module_id: 'demo:tiny', version: '0.1.0', platform: 'linux/amd64' };
    const chunks = [crypto.randomBytes(600), crypto.randomBytes(600), crypto.randomBytes(600)];
    const err = await expectStatus(upload(small.app, info, chunks), grpc.status.RESOURCE_EXHAUSTED);
    expect(err.details).toMatch(/1024/);
    expect(fileRows(small, 'tiny')).toEqual([]);
    expect(filesOnDisk(small)).toEqual([]);
    expect((await small.app.call('GetModule', { module_id: 'demo:tiny' })).module.versions).toEqual([]);
  });

  it('accepts exactly the limit', async () => {
    const content = crypto.randomBytes(1024);
    await upload(small.app, { module_id: 'demo:tiny', version: '0.1.0', platform: 'linux/amd64' }, [content.subarray(0, 512), content.subarray(512)]);
    expect(fileRows(small, 'tiny')).toEqual([expect.objectContaining({ size: 1024, sha256: sha256(content) })]);
  });
});

describe('GetModule and ListModules', () => {
  beforeAll(async () => {
    await other.app.call('CreateModule', { organization_id: other.orgId, name: 'their-private' });
    await other.app.call('CreateModule', { organization_id: other.orgId, name: 'their-public' });
    await other.app.call('UpdateModule', { module_id: 'other-org:their-public', ...VALID_UPDATE, visibility: 'VISIBILITY_PUBLIC' });
    await other.app.call('CreateModule', { organization_id: other.orgId, name: 'their-unlisted' });
    await other.app.call('UpdateModule', { module_id: 'other-org:their-unlisted', ...VALID_UPDATE, visibility: 'VISIBILITY_PUBLIC_UNLISTED' });
    await fleet.app.call('CreateModule', { organization_id: fleet.orgId, name: 'listed-mine' });
  });

  it("reads public and unlisted modules of other organizations, not private ones", async () => {
    expect((await fleet.app.call('GetModule', { module_id: 'other-org:their-public' })).module.organization_id).toBe(other.orgId);
    expect((await fleet.app.call('GetModule', { module_id: 'other-org:their-unlisted' })).module.name).toBe('their-unlisted');
    await expectStatus(fleet.app.call('GetModule', { module_id: 'other-org:their-private' }), grpc.status.NOT_FOUND);
    // A bare name is looked up only in the caller's own organizations.
    await expectStatus(fleet.app.call('GetModule', { module_id: 'their-private' }), grpc.status.NOT_FOUND);
    await expectStatus(fleet.app.call('GetModule', { module_id: 'demo:nothing' }), grpc.status.NOT_FOUND);
    await expectStatus(fleet.app.call('GetModule', { module_id: 'bad id' }), grpc.status.INVALID_ARGUMENT);
    expect((await operator.call('GetModule', { module_id: 'demo:listed-mine' })).module.name).toBe('listed-mine');
  });

  it("lists the organization's modules plus public ones", async () => {
    const names = (r: any) => r.modules.map((m: any) => m.module_id);
    const mine = names(await fleet.app.call('ListModules', { organization_id: fleet.orgId }));
    expect(mine).toContain('demo:listed-mine');
    expect(mine).toContain('other-org:their-public');
    expect(mine).not.toContain('other-org:their-private');
    expect(mine).not.toContain('other-org:their-unlisted');
    // Without an organization: every organization the caller reads, plus public ones.
    expect(names(await fleet.app.call('ListModules', {}))).toEqual(mine);
    const theirs = names(await other.app.call('ListModules', { organization_id: other.orgId }));
    expect(theirs).toContain('other-org:their-private');
    expect(theirs).toContain('other-org:their-unlisted');
    expect(theirs).not.toContain('demo:listed-mine');
    expect(names(await operator.call('ListModules', { organization_id: fleet.orgId }))).toEqual(mine);

    await expectStatus(other.app.call('ListModules', { organization_id: fleet.orgId }), grpc.status.PERMISSION_DENIED);
    await expectStatus(fleet.app.call('ListModules', { organization_id: 'x' }), grpc.status.INVALID_ARGUMENT);
  });
});

describe('compareVersions', () => {
  it('orders by semver precedence', () => {
    const sorted = ['1.0.0', '1.0.0-alpha.beta', '1.0.0-rc.1', '1.0.0-alpha', '1.0.0-beta.11', '0.9.9', '1.0.0-beta.2', '1.0.0-alpha.1', '1.0.0-beta', '10.0.0', '2.0.0'].sort(compareVersions);
    expect(sorted).toEqual(['0.9.9', '1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0', '2.0.0', '10.0.0']);
  });
});
