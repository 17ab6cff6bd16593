/** Registry modules: create, update, upload files. */
import type { GraphQLContext } from '../gateway/context.ts';
import type { Visibility } from '../generated/viam/app/v1/Visibility.ts';
import type { UploadModuleFileRequest } from '../generated/viam/app/v1/UploadModuleFileRequest.ts';

/** Chunk size of UploadModuleFile messages: well under the 32 MiB message limit. */
const UPLOAD_CHUNK_BYTES = 1024 * 1024;

export async function listModules(ctx: GraphQLContext, organizationId: string) {
  return (await ctx.upstream.call('ListModules', { organization_id: organizationId })).modules;
}

/** Creates the module and returns its id ("<namespace>:<name>"); the Module type loads it. */
export async function createModule(ctx: GraphQLContext, organizationId: string, name: string) {
  return (await ctx.upstream.call('CreateModule', { organization_id: organizationId, name })).module_id;
}

export async function updateModule(
  ctx: GraphQLContext,
  input: { id: string; visibility: Visibility; url: string; description: string; models: { api: string; model: string }[]; entrypoint: string },
) {
  await ctx.upstream.call('UpdateModule', {
    module_id: input.id,
    visibility: input.visibility,
    url: input.url,
    description: input.description,
    models: input.models,
    entrypoint: input.entrypoint,
  });
  return input.id;
}

/** Streams the upload to UploadModuleFile: the file info first, then the content in chunks. */
export async function uploadModuleFile(ctx: GraphQLContext, input: { id: string; version: string; platform: string; file: File }) {
  async function* messages(): AsyncGenerator<UploadModuleFileRequest> {
    yield { module_file_info: { module_id: input.id, version: input.version, platform: input.platform } };
    const reader = input.file.stream().getReader();
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
  const { url } = await ctx.upstream.clientStream('UploadModuleFile', messages);
  return { moduleId: input.id, url };
}
