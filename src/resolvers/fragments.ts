/** Fragments: reusable robot config. */
import type { GraphQLContext } from '../gateway/context.ts';
import type { FragmentVisibility } from '../generated/viam/app/v1/FragmentVisibility.ts';
import { toStruct, type JsonObject } from '../wire/struct.ts';
import { clientError } from '../upstream/errors.ts';

function configStruct(config: unknown) {
  if (config === null || typeof config !== 'object' || Array.isArray(config)) throw clientError('BAD_USER_INPUT', 'config must be a JSON object');
  return toStruct(config as JsonObject);
}

export async function listFragments(ctx: GraphQLContext, organizationId: string, showPublic: boolean) {
  return (await ctx.upstream.call('ListFragments', { organization_id: organizationId, show_public: showPublic })).fragments;
}

export async function createFragment(ctx: GraphQLContext, input: { organizationId: string; name: string; config: unknown; visibility?: FragmentVisibility | null }) {
  const { fragment } = await ctx.upstream.call('CreateFragment', {
    organization_id: input.organizationId,
    name: input.name,
    config: configStruct(input.config ?? {}),
    ...(input.visibility ? { visibility: input.visibility } : {}),
  });
  return fragment;
}

export async function updateFragment(ctx: GraphQLContext, input: { id: string; name: string; config: unknown; visibility?: FragmentVisibility | null }) {
  const { fragment } = await ctx.upstream.call('UpdateFragment', {
    id: input.id,
    name: input.name,
    config: configStruct(input.config),
    ...(input.visibility ? { visibility: input.visibility } : {}),
  });
  return fragment;
}

export async function deleteFragment(ctx: GraphQLContext, id: string) {
  await ctx.upstream.call('DeleteFragment', { id });
  return id;
}
