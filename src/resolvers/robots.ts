/** Robots (Viam machines). */
import type { GraphQLContext } from '../gateway/context.ts';

export async function listRobotsForOrganization(ctx: GraphQLContext, organizationId: string) {
  return (await ctx.upstream.call('ListRobotsForOrg', { org_id: organizationId })).robots;
}

/** Creates the robot and returns its id; the Robot type loads it. */
export async function newRobot(ctx: GraphQLContext, locationId: string, name: string) {
  return (await ctx.upstream.call('NewRobot', { location: locationId, name })).id;
}

export async function updateRobot(ctx: GraphQLContext, input: { id: string; name: string; locationId: string }) {
  const { robot } = await ctx.upstream.call('UpdateRobot', { id: input.id, name: input.name, location: input.locationId });
  return robot;
}

export async function deleteRobot(ctx: GraphQLContext, id: string) {
  await ctx.upstream.call('DeleteRobot', { id });
  return id;
}
