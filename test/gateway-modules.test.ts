/**
 * Registry modules through GraphQL: CreateModule, UpdateModule, UploadModuleFile (a real GraphQL
 * multipart request, streamed upstream in chunks), GetModule and ListModules, checked over gRPC
 * and on the fleet server's disk.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeyHeaders, startTestGateway, errorCode, type TestGateway, type GraphQLResponse } from './support/gateway.ts';
import { keyWithRole, ownedOrganization } from './support/fleet.ts';
import { sha256 } from './support/fixtures.ts';

let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t.close());

const UPLOAD = /* GraphQL */ `
  mutation Upload($module: ID!, $version: String!, $platform: String!, $file: File!) {
    uploadModuleFile(moduleId: $module, version: $version, platform: $platform, file: $file) {
      id
      versions { version files { platform uploadedAt } }
    }
  }
`;

/** A GraphQL multipart request (graphql-multipart-request-spec): operations, map, then the file part. */
async function uploadFile(variables: Record<string, unknown>, bytes: Uint8Array<ArrayBuffer>, headers = t.demoHeaders, gateway = t): Promise<GraphQLResponse> {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: UPLOAD, variables: { ...variables, file: null } }));
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', new Blob([bytes], { type: 'application/gzip' }), 'module.tar.gz');
  const response = await fetch(gateway.gateway.url, { method: 'POST', headers, body: form });
  return (await response.json()) as GraphQLResponse;
}

/** Where the fleet server stored a module file, and the hash it recorded. */
function storedFile(version: string, platform: string) {
  const row = t.fleet.server.db
    .prepare('SELECT path, sha256, size FROM module_files WHERE version = ? AND platform = ? ORDER BY uploaded_on DESC LIMIT 1')
    .get(version, platform) as { path: string; sha256: string; size: number } | undefined;
  if (!row) throw new Error(`no module file ${version} ${platform} recorded`);
  return { ...row, absolute: path.join(t.fleet.server.fleet.options.dataDir, row.path) };
}

describe('modules through GraphQL', () => {
  it('creates a module (CreateModule) in the demo organization\'s namespace', async () => {
    const data = await t.ok(`mutation($org: ID!) { createModule(organizationId: $org, name: "lidar") { id name publicNamespace organization { id } } }`, {
      org: t.fleet.orgId,
    });
    expect(data.createModule).toEqual({ id: 'demo:lidar', name: 'lidar', publicNamespace: 'demo', organization: { id: t.fleet.orgId } });
    const upstream = await t.fleet.app.call('GetModule', { module_id: 'demo:lidar' });
    expect(upstream.module.organization_id).toBe(t.fleet.orgId);
  });

  it('updates a module (UpdateModule) and returns its new state', async () => {
    await t.ok(`mutation($org: ID!) { createModule(organizationId: $org, name: "camera-x") { id } }`, { org: t.fleet.orgId });
    const data = await t.ok(
      `mutation {
        updateModule(id: "demo:camera-x", visibility: PUBLIC, url: "https://example.com/camera-x", description: "A fast camera",
          models: [{ api: "rdk:component:camera", model: "demo:cameras:fast" }], entrypoint: "bin/camera") {
          id visibility url description entrypoint models { api model }
        }
      }`,
    );
    expect(data.updateModule).toEqual({
      id: 'demo:camera-x',
      visibility: 'PUBLIC',
      url: 'https://example.com/camera-x',
      description: 'A fast camera',
      entrypoint: 'bin/camera',
      models: [{ api: 'rdk:component:camera', model: 'demo:cameras:fast' }],
    });
    const { module } = await t.fleet.app.call('GetModule', { module_id: 'demo:camera-x' });
    expect(module).toMatchObject({ visibility: 'VISIBILITY_PUBLIC', url: 'https://example.com/camera-x', description: 'A fast camera', entrypoint: 'bin/camera' });
    expect(module.models.map((m: any) => [m.api, m.model])).toEqual([['rdk:component:camera', 'demo:cameras:fast']]);
  });

  it('uploads a module file of a few MiB as a GraphQL multipart request (UploadModuleFile); the stored file has the same sha256', async () => {
    await t.ok(`mutation($org: ID!) { createModule(organizationId: $org, name: "big") { id } }`, { org: t.fleet.orgId });
    // 5 MiB and a bit: more than one upstream chunk, and a last chunk that is not full.
    const bytes = crypto.randomBytes(5 * 1024 * 1024 + 12_345);
    const result = await uploadFile({ module: 'demo:big', version: '1.2.0', platform: 'linux/amd64' }, bytes);
    expect(result.errors).toBeUndefined();
    expect(result.data?.uploadModuleFile.id).toBe('demo:big');
    expect(result.data?.uploadModuleFile.versions).toEqual([{ version: '1.2.0', files: [{ platform: 'linux/amd64', uploadedAt: expect.any(String) }] }]);

    const { module } = await t.fleet.app.call('GetModule', { module_id: 'demo:big' });
    expect(module.versions.map((v: any) => [v.version, v.files.map((f: any) => f.platform)])).toEqual([['1.2.0', ['linux/amd64']]]);

    const stored = storedFile('1.2.0', 'linux/amd64');
    expect(stored.size).toBe(bytes.length);
    expect(stored.sha256).toBe(sha256(bytes));
    expect(sha256(fs.readFileSync(stored.absolute))).toBe(sha256(bytes));
  });

  it('accepts a module bigger than Yoga\'s default body limit (25 MB), up to the upstream\'s 64 MiB', async () => {
    await t.ok(`mutation($org: ID!) { createModule(organizationId: $org, name: "large") { id } }`, { org: t.fleet.orgId });
    const bytes = crypto.randomBytes(30 * 1024 * 1024);
    const result = await uploadFile({ module: 'demo:large', version: '2.0.0', platform: 'linux/arm64' }, bytes);
    expect(result.errors).toBeUndefined();
    expect(storedFile('2.0.0', 'linux/arm64').sha256).toBe(sha256(bytes));
  });

  it('refuses a body over the gateway\'s limit with REQUEST_ENTITY_TOO_LARGE before anything goes upstream', async () => {
    const strict = await startTestGateway({ gateway: { maxRequestBodyBytes: 1024 * 1024 } });
    try {
      await strict.ok(`mutation($org: ID!) { createModule(organizationId: $org, name: "capped") { id } }`, { org: strict.fleet.orgId });
      strict.fleet.server.calls.reset();
      const result = await uploadFile({ module: 'demo:capped', version: '1.0.0', platform: 'any' }, crypto.randomBytes(2 * 1024 * 1024), strict.demoHeaders, strict);
      expect(errorCode(result)).toBe('REQUEST_ENTITY_TOO_LARGE');
      expect(strict.fleet.server.calls.snapshot()).toEqual({});

      // The same upload chunked (no Content-Length): counted while it streams upstream, refused past
      // the limit; the upstream call already begun is cancelled and stores nothing.
      const form = new FormData();
      form.append('operations', JSON.stringify({ query: UPLOAD, variables: { module: 'demo:capped', version: '1.0.0', platform: 'any', file: null } }));
      form.append('map', JSON.stringify({ 0: ['variables.file'] }));
      form.append('0', new Blob([crypto.randomBytes(2 * 1024 * 1024)], { type: 'application/gzip' }), 'module.tar.gz');
      const encoded = new Response(form);
      const chunked = await fetch(strict.gateway.url, {
        method: 'POST',
        headers: { ...strict.demoHeaders, 'content-type': encoded.headers.get('content-type')! },
        body: encoded.body,
        duplex: 'half',
      } as RequestInit);
      expect(chunked.status).toBe(413);
      expect(errorCode((await chunked.json()) as GraphQLResponse)).toBe('REQUEST_ENTITY_TOO_LARGE');
      expect((await strict.fleet.app.call('GetModule', { module_id: 'demo:capped' })).module.versions).toEqual([]);
    } finally {
      await strict.close();
    }
  });

  it('refuses a file variable that is not an upload, without calling upstream', async () => {
    t.fleet.server.calls.reset();
    const result = await t.gql(UPLOAD, { module: 'demo:big', version: '9.9.9', platform: 'any', file: 'not a file' });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(t.fleet.server.calls.count('UploadModuleFile')).toBe(0);
  });

  it('refuses an upload with a bad version, storing nothing', async () => {
    await t.ok(`mutation($org: ID!) { createModule(organizationId: $org, name: "badver") { id } }`, { org: t.fleet.orgId });
    const result = await uploadFile({ module: 'demo:badver', version: 'latest', platform: 'linux/amd64' }, crypto.randomBytes(6 * 1024 * 1024));
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', grpcStatus: 'INVALID_ARGUMENT', rpc: 'UploadModuleFile' });
    const { module } = await t.fleet.app.call('GetModule', { module_id: 'demo:badver' });
    expect(module.versions).toEqual([]);
  });

  it('refuses an upload from an operator (FORBIDDEN), storing nothing', async () => {
    await t.ok(`mutation($org: ID!) { createModule(organizationId: $org, name: "guarded") { id } }`, { org: t.fleet.orgId });
    const operator = keyWithRole(t.fleet.server.db, t.fleet.orgId, 'organization_operator', t.fleet.orgId);
    // Big enough that the gateway is still sending (waiting for the stream to drain) when the refusal arrives.
    const result = await uploadFile({ module: 'demo:guarded', version: '0.1.0', platform: 'any' }, crypto.randomBytes(8 * 1024 * 1024), apiKeyHeaders({ id: operator.id, key: operator.key }));
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', grpcStatus: 'PERMISSION_DENIED' });
    const { module } = await t.fleet.app.call('GetModule', { module_id: 'demo:guarded' });
    expect(module.versions).toEqual([]);
  });

  it('maps a file over the upstream\'s size limit to RESOURCE_EXHAUSTED, storing nothing', async () => {
    const small = await startTestGateway({ fleet: { maxModuleBytes: 256 * 1024 } });
    try {
      await small.ok(`mutation($org: ID!) { createModule(organizationId: $org, name: "huge") { id } }`, { org: small.fleet.orgId });
      const result = await uploadFile({ module: 'demo:huge', version: '1.0.0', platform: 'any' }, crypto.randomBytes(2 * 1024 * 1024), small.demoHeaders, small);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'RESOURCE_EXHAUSTED', grpcStatus: 'RESOURCE_EXHAUSTED' });
      expect((await small.fleet.app.call('GetModule', { module_id: 'demo:huge' })).module.versions).toEqual([]);
    } finally {
      await small.close();
    }
  });

  it('reads a module by id (GetModule) and lists the organization\'s modules (ListModules)', async () => {
    const data = await t.ok(
      `query($org: ID!) {
        module(id: "demo:lidar") { id name organization { name } }
        organization(id: $org) { modules { id } }
      }`,
      { org: t.fleet.orgId },
    );
    expect(data.module).toEqual({ id: 'demo:lidar', name: 'lidar', organization: { name: 'Demo Fleet' } });
    const upstream = await t.fleet.app.call('ListModules', { organization_id: t.fleet.orgId });
    expect(data.organization.modules.map((m: any) => m.id).sort()).toEqual(upstream.modules.map((m: any) => m.module_id).sort());
    expect(data.organization.modules.map((m: any) => m.id)).toEqual(expect.arrayContaining(['demo:lidar', 'demo:camera-x', 'demo:big']));
  });

  it('maps CreateModule refusals: a duplicate name, an empty name, an organization without a namespace', async () => {
    const duplicate = await t.gql(`mutation($org: ID!) { createModule(organizationId: $org, name: "lidar") { id } }`, { org: t.fleet.orgId });
    expect(errorCode(duplicate)).toBe('ALREADY_EXISTS');
    const empty = await t.gql(`mutation($org: ID!) { createModule(organizationId: $org, name: "") { id } }`, { org: t.fleet.orgId });
    expect(errorCode(empty)).toBe('BAD_USER_INPUT');

    const bare = ownedOrganization(t.fleet.server.db, 'No Namespace');
    const noNamespace = await t.gql(`mutation($org: ID!) { createModule(organizationId: $org, name: "x") { id } }`, { org: bare.orgId }, apiKeyHeaders({ id: bare.owner.id, key: bare.owner.key }));
    expect(errorCode(noNamespace)).toBe('FAILED_PRECONDITION');
    expect((await t.fleet.app.call('ListModules', { organization_id: t.fleet.orgId })).modules.filter((m: any) => m.name === 'x')).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown module', async () => {
    const result = await t.gql(`{ module(id: "demo:nope") { id } }`);
    expect(result.data?.module).toBeNull();
    expect(errorCode(result)).toBe('NOT_FOUND');
  });
});
