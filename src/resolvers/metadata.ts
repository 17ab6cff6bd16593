/**
 * Metadata of organizations, locations, robots and parts: a JSON object each, read through one
 * loader per kind and operation (one Get*Metadata per object, all objects of a level in the same
 * wave, like `Robot.parts`), replaced whole by the update mutations.
 */
import type { GraphQLContext } from '../context.ts';
import { fromStruct, toStruct, type JsonObject, type JsonValue } from '../wire/struct.ts';
import { loadMetadata, type MetadataKind } from '../upstream/batch.ts';
import { clientError } from '../upstream/errors.ts';
import { operationLoader } from './operation-cache.ts';
import type { ChildLoad } from './child-loads.ts';

const loaders = {
  organization: operationLoader((ids: readonly string[], ctx) => loadMetadata(ctx.upstream, 'organization', ids)),
  location: operationLoader((ids: readonly string[], ctx) => loadMetadata(ctx.upstream, 'location', ids)),
  robot: operationLoader((ids: readonly string[], ctx) => loadMetadata(ctx.upstream, 'robot', ids)),
  part: operationLoader((ids: readonly string[], ctx) => loadMetadata(ctx.upstream, 'part', ids)),
} satisfies Record<MetadataKind, unknown>;

/** Starts the read `<Type>.metadata` will ask for (child-loads.ts). */
export const earlyMetadata =
  (kind: MetadataKind): ChildLoad =>
  (ctx, id) =>
    loaders[kind](ctx).load(id);

/** The resolver of `<Type>.metadata` for one kind. */
export const metadataOf =
  (kind: MetadataKind) =>
  async (object: { id: string }, _args: object, ctx: GraphQLContext): Promise<JsonObject> =>
    fromStruct(await loaders[kind](ctx).load(object.id));

function metadataData(data: JsonValue | undefined): JsonObject {
  if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
    throw clientError('BAD_USER_INPUT', 'data must be a JSON object');
  }
  return data as JsonObject;
}

interface UpdateArgs {
  id: string;
  data?: JsonValue;
}

/** Each update returns the object's id; its type loads it as it is now (the mutation forgot the operation's reads). */
export async function updateOrganizationMetadata(_root: unknown, args: UpdateArgs, ctx: GraphQLContext) {
  await ctx.upstream.call('UpdateOrganizationMetadata', { organization_id: args.id, data: toStruct(metadataData(args.data)) });
  return args.id;
}

export async function updateLocationMetadata(_root: unknown, args: UpdateArgs, ctx: GraphQLContext) {
  await ctx.upstream.call('UpdateLocationMetadata', { location_id: args.id, data: toStruct(metadataData(args.data)) });
  return args.id;
}

export async function updateRobotMetadata(_root: unknown, args: UpdateArgs, ctx: GraphQLContext) {
  await ctx.upstream.call('UpdateRobotMetadata', { id: args.id, data: toStruct(metadataData(args.data)) });
  return args.id;
}

export async function updateRobotPartMetadata(_root: unknown, args: UpdateArgs, ctx: GraphQLContext) {
  await ctx.upstream.call('UpdateRobotPartMetadata', { id: args.id, data: toStruct(metadataData(args.data)) });
  return args.id;
}
