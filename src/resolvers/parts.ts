/** Robot parts: config, secrets, history and restarts. */
import type { GraphQLContext } from '../gateway/context.ts';
import { toStruct, type JsonObject } from '../wire/struct.ts';
import { clientError } from '../upstream/errors.ts';

export async function partHistory(ctx: GraphQLContext, partId: string) {
  return (await ctx.upstream.call('GetRobotPartHistory', { id: partId })).history;
}

export async function updateRobotPart(ctx: GraphQLContext, input: { id: string; name: string; config: unknown }) {
  if (input.config === null || typeof input.config !== 'object' || Array.isArray(input.config)) {
    throw clientError('BAD_USER_INPUT', 'config must be a JSON object');
  }
  const { part } = await ctx.upstream.call('UpdateRobotPart', { id: input.id, name: input.name, robot_config: toStruct(input.config as JsonObject) });
  return part;
}

/** Creates the part and returns its id; the RobotPart type loads it. */
export async function newRobotPart(ctx: GraphQLContext, robotId: string, name: string) {
  return (await ctx.upstream.call('NewRobotPart', { robot_id: robotId, part_name: name })).part_id;
}

export async function deleteRobotPart(ctx: GraphQLContext, id: string) {
  await ctx.upstream.call('DeleteRobotPart', { part_id: id });
  return id;
}

export async function markPartAsMain(ctx: GraphQLContext, id: string) {
  await ctx.upstream.call('MarkPartAsMain', { part_id: id });
  return id;
}

export async function markPartForRestart(ctx: GraphQLContext, id: string) {
  await ctx.upstream.call('MarkPartForRestart', { part_id: id });
  return id;
}

export async function createRobotPartSecret(ctx: GraphQLContext, partId: string) {
  return (await ctx.upstream.call('CreateRobotPartSecret', { part_id: partId })).part;
}

export async function deleteRobotPartSecret(ctx: GraphQLContext, partId: string, secretId: string) {
  await ctx.upstream.call('DeleteRobotPartSecret', { part_id: partId, secret_id: secretId });
  return secretId;
}
