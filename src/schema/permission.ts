/** CheckPermissions: Viam's permission strings, answered for the caller. */
import { builder } from './builder.ts';
import { ResourceTypeEnum } from './enums.ts';
import { checkPermissions } from '../resolvers/permissions.ts';
import type { AuthorizedPermissions__Output } from '../generated/viam/app/v1/AuthorizedPermissions.ts';

const PermissionCheckInput = builder.inputType('PermissionCheckInput', {
  description: 'Permissions to check on one resource, e.g. ["read_robot", "write_robot"] on a robot.',
  fields: (t) => ({
    resourceType: t.field({ type: ResourceTypeEnum, required: true, description: 'Kind of resource.' }),
    resourceId: t.id({ required: true, description: 'Id of the organization, location or robot.' }),
    permissions: t.stringList({ required: true, description: 'Viam permission names (README "Members and invites" lists those the fleet server knows).' }),
  }),
});

const PermissionCheckRef = builder.objectRef<AuthorizedPermissions__Output>('PermissionCheck').implement({
  description: 'A value without identity: the permissions of a check that the caller holds on its resource.',
  fields: (t) => ({
    resourceType: t.exposeString('resource_type', { nullable: false, description: 'Kind of resource ("organization", "location" or "robot").' }),
    resourceId: t.exposeID('resource_id', { nullable: false, description: 'Id of the resource.' }),
    permissions: t.exposeStringList('permissions', { nullable: false, description: 'The asked permissions the caller holds; the others it does not.' }),
  }),
});

builder.queryFields((t) => ({
  checkPermissions: t.field({
    type: [PermissionCheckRef],
    nullable: false,
    description: 'What the caller may do: for each check, the permissions it holds on that resource, by the rules the calls themselves apply (CheckPermissions).',
    args: { checks: t.arg({ type: [PermissionCheckInput], required: true, description: 'Resources and the permissions to check on each.' }) },
    resolve: checkPermissions,
  }),
}));
