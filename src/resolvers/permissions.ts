/** CheckPermissions: what the caller may do on some resources. */
import type { GraphQLContext } from '../context.ts';

export interface PermissionCheckInputShape {
  resourceType: string;
  resourceId: string;
  permissions: string[];
}

/** One answer per check, in order: the asked permissions the caller holds on that resource. */
export async function checkPermissions(_root: unknown, args: { checks: PermissionCheckInputShape[] }, ctx: GraphQLContext) {
  const { authorized_permissions } = await ctx.upstream.call('CheckPermissions', {
    permissions: args.checks.map((c) => ({ resource_type: c.resourceType, resource_id: c.resourceId, permissions: c.permissions })),
  });
  return authorized_permissions;
}
