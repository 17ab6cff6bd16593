/** Robots (Viam machines): their parts, and the mutations that create, change and delete them. */
import type { GraphQLContext } from '../context.ts';
import { loadPartsByRobot, loadRobots } from '../upstream/batch.ts';
import { operationLoader } from './operation-cache.ts';
import { withChildLoads } from './child-loads.ts';
import { earlyMetadata } from './metadata.ts';
import type { RobotShape } from './shapes.ts';

/** Robot by id (GetRobot), for the Robot type's loader. */
export const robotsById = (ids: readonly string[], ctx: GraphQLContext) => loadRobots(ctx.upstream, ids);

/**
 * The parts of each robot, per operation; `parts` and `mainPart` share it, so asking for both costs
 * one GetRobotParts per robot. Per key: each robot's parts are answered as soon as its call returns.
 */
const partsOf = operationLoader((robotIds: readonly string[], ctx) => loadPartsByRobot(ctx.upstream, robotIds), { perKey: true });

/** Carried along when the robot came from ListMachineSummaries, else GetRobotParts (all robots of a tick in the same wave). */
export function robotParts(r: RobotShape, _args: object, ctx: GraphQLContext) {
  return r.summaryParts ?? partsOf(ctx).load(r.id);
}

/** `robot(id)`: the Robot type loads it (GetRobot); its parts and metadata go out in the same wave. */
export const robotById = withChildLoads((_root: unknown, args: { id: string }) => args.id, {
  parts: (ctx, id) => partsOf(ctx).load(id),
  mainPart: (ctx, id) => partsOf(ctx).load(id),
  metadata: earlyMetadata('robot'),
});

export async function robotMainPart(r: RobotShape, args: object, ctx: GraphQLContext) {
  return (await robotParts(r, args, ctx)).find((p) => p.main_part) ?? null;
}

/** Creates the robot and returns its id; the Robot type loads it. */
export async function newRobot(_root: unknown, args: { locationId: string; name: string }, ctx: GraphQLContext) {
  return (await ctx.upstream.call('NewRobot', { location: args.locationId, name: args.name })).id;
}

export async function updateRobot(_root: unknown, args: { id: string; name: string; locationId: string }, ctx: GraphQLContext) {
  return (await ctx.upstream.call('UpdateRobot', { id: args.id, name: args.name, location: args.locationId })).robot;
}

export async function deleteRobot(_root: unknown, args: { id: string }, ctx: GraphQLContext) {
  await ctx.upstream.call('DeleteRobot', { id: args.id });
  return args.id;
}
