/** Fragments: reusable robot config. */
import type { GraphQLContext } from '../context.ts';
import type { FragmentVisibility } from '../generated/viam/app/v1/FragmentVisibility.ts';
import type { Organization__Output } from '../generated/viam/app/v1/Organization.ts';
import { toStruct, toTimestamp, type JsonObject, type JsonValue } from '../wire/struct.ts';
import { loadFragments } from '../upstream/batch.ts';
import { clientError } from '../upstream/errors.ts';

/** Fragment by id (GetFragment), for the Fragment type's loader. */
export const fragmentsById = (ids: readonly string[], ctx: GraphQLContext) => loadFragments(ctx.upstream, ids);

function configStruct(config: JsonValue | undefined) {
  if (config === null || typeof config !== 'object' || Array.isArray(config)) throw clientError('BAD_USER_INPUT', 'config must be a JSON object');
  return toStruct(config as JsonObject);
}

export async function organizationFragments(org: Organization__Output, args: { showPublic?: boolean | null }, ctx: GraphQLContext) {
  return (await ctx.upstream.call('ListFragments', { organization_id: org.id, show_public: args.showPublic ?? false })).fragments;
}

export async function createFragment(
  _root: unknown,
  args: { organizationId: string; name: string; config?: JsonValue | null; visibility?: FragmentVisibility | null },
  ctx: GraphQLContext,
) {
  const { fragment } = await ctx.upstream.call('CreateFragment', {
    organization_id: args.organizationId,
    name: args.name,
    config: configStruct(args.config ?? {}),
    ...(args.visibility ? { visibility: args.visibility } : {}),
  });
  return fragment;
}

export async function updateFragment(
  _root: unknown,
  args: { id: string; name: string; config?: JsonValue; visibility?: FragmentVisibility | null; lastKnownUpdate?: Date | null },
  ctx: GraphQLContext,
) {
  const { fragment } = await ctx.upstream.call('UpdateFragment', {
    id: args.id,
    name: args.name,
    config: configStruct(args.config),
    ...(args.visibility ? { visibility: args.visibility } : {}),
    ...(args.lastKnownUpdate ? { last_known_update: toTimestamp(args.lastKnownUpdate) } : {}),
  });
  return fragment;
}

export async function deleteFragment(_root: unknown, args: { id: string }, ctx: GraphQLContext) {
  await ctx.upstream.call('DeleteFragment', { id: args.id });
  return args.id;
}
