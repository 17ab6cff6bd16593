/** Registry modules: create, update, upload files. */
import type { GraphQLContext } from '../context.ts';
import type { Visibility } from '../generated/viam/app/v1/Visibility.ts';
import type { UploadModuleFileRequest } from '../generated/viam/app/v1/UploadModuleFileRequest.ts';
import type { Organization__Output } from '../generated/viam/app/v1/Organization.ts';
import type { Module__Output } from '../generated/viam/app/v1/Module.ts';
import type { VersionHistory__Output } from '../generated/viam/app/v1/VersionHistory.ts';
import type { Uploads__Output } from '../generated/viam/app/v1/Uploads.ts';
import { loadModules } from '../upstream/batch.ts';
import { compositeId } from './object-ids.ts';

/** A version with its module, and a file with its module and version: their ids are made of these. */
export type ModuleVersionShape = VersionHistory__Output & { moduleId: string };
export type ModuleUploadShape = Uploads__Output & { moduleId: string; version: string };

export function moduleVersions(m: Module__Output): ModuleVersionShape[] {
  return m.versions.map((v) => ({ ...v, moduleId: m.module_id }));
}

export function moduleVersionFiles(v: ModuleVersionShape): ModuleUploadShape[] {
  return v.files.map((file) => ({ ...file, moduleId: v.moduleId, version: v.version }));
}

export const moduleVersionId = (v: ModuleVersionShape) => compositeId(v.moduleId, v.version);
export const moduleUploadId = (u: ModuleUploadShape) => compositeId(u.moduleId, u.version, u.platform);

/** Module by id (GetModule), for the Module type's loader. */
export const modulesById = (ids: readonly string[], ctx: GraphQLContext) => loadModules(ctx.upstream, ids);

/** Chunk size of UploadModuleFile messages: well under the 32 MiB message limit. */
const UPLOAD_CHUNK_BYTES = 1024 * 1024;

export async function organizationModules(org: Organization__Output, _args: object, ctx: GraphQLContext) {
  return (await ctx.upstream.call('ListModules', { organization_id: org.id })).modules;
}

/** Creates the module and returns its id ("<namespace>:<name>"); the Module type loads it. */
export async function createModule(_root: unknown, args: { organizationId: string; name: string }, ctx: GraphQLContext) {
  return (await ctx.upstream.call('CreateModule', { organization_id: args.organizationId, name: args.name })).module_id;
}

/** Returns the module's id; the Module type loads it as it is now. */
export async function updateModule(
  _root: unknown,
  args: { id: string; visibility: Visibility; url: string; description: string; models: { api: string; model: string }[]; entrypoint: string },
  ctx: GraphQLContext,
) {
  await ctx.upstream.call('UpdateModule', {
    module_id: args.id,
    visibility: args.visibility,
    url: args.url,
    description: args.description,
    models: args.models,
    entrypoint: args.entrypoint,
  });
  return args.id;
}

/** Streams the upload to UploadModuleFile: the file info first, then the content in chunks. Returns the module's id; the Module type loads it. */
export async function uploadModuleFile(_root: unknown, args: { moduleId: string; version: string; platform: string; file: File }, ctx: GraphQLContext) {
  async function* messages(): AsyncGenerator<UploadModuleFileRequest> {
    yield { module_file_info: { module_id: args.moduleId, version: args.version, platform: args.platform } };
    const reader = args.file.stream().getReader();
    let pending = new Uint8Array(0);
    for (;;) {
      const { done, value } = await reader.read();
      if (value) pending = pending.length ? Buffer.concat([pending, value]) : value;
      while (pending.length >= UPLOAD_CHUNK_BYTES || (done && pending.length > 0)) {
        yield { file: Buffer.from(pending.subarray(0, UPLOAD_CHUNK_BYTES)) };
        pending = pending.subarray(UPLOAD_CHUNK_BYTES);
      }
      if (done) return;
    }
  }
  await ctx.upstream.clientStream('UploadModuleFile', messages);
  return args.moduleId;
}
