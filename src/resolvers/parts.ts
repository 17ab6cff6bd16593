/** Robot parts: config, secrets, history and restarts. */
import type { GraphQLContext } from '../context.ts';
import type { AuthenticationType__Output } from '../generated/viam/app/v1/AuthenticationType.ts';
import type { RobotPartHistoryEntry__Output } from '../generated/viam/app/v1/RobotPartHistoryEntry.ts';
import { fromStruct, toStruct, toTimestamp, type JsonObject, type JsonValue } from '../wire/struct.ts';
import { loadPartConfigJson, loadParts } from '../upstream/batch.ts';
import { clientError } from '../upstream/errors.ts';
import { operationLoader } from './operation-cache.ts';
import type { PartShape } from './shapes.ts';
import { compositeId, keyDigest, timeKey } from './object-ids.ts';

/** Part by id (GetRobotPart), with the config text that call answers along with it. */
export async function partsById(ids: readonly string[], ctx: GraphQLContext): Promise<(PartShape | Error)[]> {
  return (await loadParts(ctx.upstream, ids)).map((loaded) => (loaded instanceof Error ? loaded : { ...loaded.part, configJson: loaded.configJson }));
}

/** GetRobotPart's config_json per part id, for parts that came from other calls. */
const configJsonOf = operationLoader((partIds: readonly string[], ctx) => loadPartConfigJson(ctx.upstream, partIds));

/** The upstream's text of the config; an old version (which the upstream keeps no text of) as indented JSON. */
export function partConfigJson(p: PartShape, _args: object, ctx: GraphQLContext) {
  if (p.historic) return JSON.stringify(fromStruct(p.robot_config), null, 2);
  return p.configJson ?? configJsonOf(ctx).load(p.id);
}

export async function partHistory(p: PartShape, _args: object, ctx: GraphQLContext) {
  return (await ctx.upstream.call('GetRobotPartHistory', { id: p.id })).history;
}

/** Two edits of a part at the same nanosecond are told apart by the version each replaced. */
export function historyEntryId(h: RobotPartHistoryEntry__Output): string {
  const old = h.old;
  return compositeId(h.part, timeKey(h.when), keyDigest(old?.name ?? '', timeKey(old?.last_updated), JSON.stringify(old?.robot_config ?? null)));
}

/** The part before the edit, marked as an old version, with an id of its own. */
export function historyOld(h: RobotPartHistoryEntry__Output): PartShape | null {
  return h.old ? { ...h.old, historic: true, versionId: historyEntryId(h) } : null;
}

/** The part's id; an old version's is its history entry's, or a client cache would take it for the part now. */
export const partObjectId = (p: PartShape) => p.versionId ?? p.id;

/** How `editedBy` names each way an editor authenticated upstream. */
const EDITOR_KINDS: Partial<Record<AuthenticationType__Output, string>> = {
  AUTHENTICATION_TYPE_API_KEY: 'api-key',
  AUTHENTICATION_TYPE_WEB_OAUTH: 'user',
  AUTHENTICATION_TYPE_ROBOT_PART_SECRET: 'robot-part',
  AUTHENTICATION_TYPE_LOCATION_SECRET: 'location',
};

/** "<kind>:<id>" of who made the edit. */
/** Also names the editor of a fragment revision (`FragmentHistoryEntry.edited_by`). */
export function historyEditedBy(h: Pick<RobotPartHistoryEntry__Output, 'edited_by'>): string | null {
  return h.edited_by ? `${EDITOR_KINDS[h.edited_by.type] ?? 'unknown'}:${h.edited_by.value}` : null;
}

/** Creates the part and returns its id; the RobotPart type loads it. */
export async function newRobotPart(_root: unknown, args: { robotId: string; name: string }, ctx: GraphQLContext) {
  return (await ctx.upstream.call('NewRobotPart', { robot_id: args.robotId, part_name: args.name })).part_id;
}

export async function robotPartByName(_root: unknown, args: { locationId: string; name: string }, ctx: GraphQLContext) {
  return (await ctx.upstream.call('GetRobotPartByNameAndLocation', { location_id: args.locationId, name: args.name })).part;
}

export async function updateRobotPart(
  _root: unknown,
  args: { id: string; name: string; config?: JsonValue; lastKnownUpdate?: Date | null },
  ctx: GraphQLContext,
) {
  if (args.config === null || typeof args.config !== 'object' || Array.isArray(args.config)) {
    throw clientError('BAD_USER_INPUT', 'config must be a JSON object');
  }
  const { part } = await ctx.upstream.call('UpdateRobotPart', {
    id: args.id,
    name: args.name,
    robot_config: toStruct(args.config as JsonObject),
    ...(args.lastKnownUpdate ? { last_known_update: toTimestamp(args.lastKnownUpdate) } : {}),
  });
  return part;
}

export async function deleteRobotPart(_root: unknown, args: { id: string }, ctx: GraphQLContext) {
  await ctx.upstream.call('DeleteRobotPart', { part_id: args.id });
  return args.id;
}

/** Returns the part's id; the RobotPart type loads it as it is now. */
export async function markPartAsMain(_root: unknown, args: { id: string }, ctx: GraphQLContext) {
  await ctx.upstream.call('MarkPartAsMain', { part_id: args.id });
  return args.id;
}

export async function markPartForRestart(_root: unknown, args: { id: string }, ctx: GraphQLContext) {
  await ctx.upstream.call('MarkPartForRestart', { part_id: args.id });
  return args.id;
}

export async function createRobotPartSecret(_root: unknown, args: { partId: string }, ctx: GraphQLContext) {
  return (await ctx.upstream.call('CreateRobotPartSecret', { part_id: args.partId })).part;
}

export async function deleteRobotPartSecret(_root: unknown, args: { partId: string; secretId: string }, ctx: GraphQLContext) {
  await ctx.upstream.call('DeleteRobotPartSecret', { part_id: args.partId, secret_id: args.secretId });
  return args.secretId;
}
