/**
 * CheckPermissions: which of Viam's permission strings the caller holds on a resource. Each
 * permission is answered with the very rule (role needed on the resource's scope, access.ts)
 * that the RPCs it stands for apply, so the answer and the outcome of the call agree.
 */
import type { Db } from './db.ts';
import type { ApiKeyCaller } from './auth.ts';
import type { HandlerMap } from './rpc.ts';
import { appService } from './rpc.ts';
import { IN_OWN_ORGANIZATION, RESOURCE_TYPES, roleFor, type ResourceType, type Role } from './access.ts';
import { scopeOfResource } from './keys.ts';
import { invalidArgument, lookupIn } from './errors.ts';
import { requireMaxItems } from './validate.ts';
import type { AuthorizedPermissions } from '../generated/viam/app/v1/AuthorizedPermissions.ts';
import type { CheckPermissionsRequest__Output } from '../generated/viam/app/v1/CheckPermissionsRequest.ts';
import type { CheckPermissionsResponse } from '../generated/viam/app/v1/CheckPermissionsResponse.ts';

interface Permission {
  /** The kind of resource the permission is asked on. */
  resourceType: ResourceType;
  /** The role on that resource's scope it needs (an owner also has operator rights). */
  role: Role;
  /** Held only through a role in the resource's own organization, never through a share (secrets). */
  ownOrganizationOnly?: true;
}

/** Viam's permission names that apply to what this server keeps, with what each needs (README "Members and invites"). */
export const PERMISSIONS: Readonly<Record<string, Permission>> = {
  read_organization: { resourceType: 'organization', role: 'operator' },
  write_organization: { resourceType: 'organization', role: 'owner' },
  read_fragment: { resourceType: 'organization', role: 'operator' },
  write_fragment: { resourceType: 'organization', role: 'owner' },
  read_location: { resourceType: 'location', role: 'operator' },
  write_location: { resourceType: 'location', role: 'owner' },
  read_location_secret: { resourceType: 'location', role: 'owner', ownOrganizationOnly: true },
  read_robot: { resourceType: 'robot', role: 'operator' },
  read_robot_config: { resourceType: 'robot', role: 'operator' },
  read_robot_logs: { resourceType: 'robot', role: 'operator' },
  read_robot_history: { resourceType: 'robot', role: 'operator' },
  control_robot: { resourceType: 'robot', role: 'operator' },
  write_robot: { resourceType: 'robot', role: 'owner' },
  read_robot_secret: { resourceType: 'robot', role: 'owner', ownOrganizationOnly: true },
};

/** Most resources, and permissions per resource, one CheckPermissions call may ask about. */
export const MAX_PERMISSION_CHECKS = 100;

function checkOne(db: Db, caller: ApiKeyCaller, ask: AuthorizedPermissions, field: string): AuthorizedPermissions {
  const resourceType = ask.resource_type as ResourceType;
  if (!RESOURCE_TYPES.includes(resourceType)) {
    throw invalidArgument(`${field}.resource_type must be one of ${RESOURCE_TYPES.join(', ')}, got ${JSON.stringify((ask.resource_type ?? '').slice(0, 40))}`);
  }
  const permissions = requireMaxItems(`${field}.permissions`, ask.permissions ?? [], MAX_PERMISSION_CHECKS);
  for (const [i, name] of permissions.entries()) {
    const permission = Object.hasOwn(PERMISSIONS, name) ? PERMISSIONS[name] : undefined;
    if (!permission) throw invalidArgument(`${field}.permissions[${i}] ${JSON.stringify(name.slice(0, 60))} is not a known permission; known: ${Object.keys(PERMISSIONS).join(', ')}`);
    if (permission.resourceType !== resourceType) throw invalidArgument(`${field}.permissions[${i}] ${name} applies to a ${permission.resourceType}, not a ${resourceType}`);
  }
  const scope = lookupIn(`${field}.resource_id`, () => scopeOfResource(db, resourceType, ask.resource_id ?? ''));
  const role = roleFor(db, caller, scope);
  const ownRole = roleFor(db, caller, scope, IN_OWN_ORGANIZATION);
  const granted = permissions.filter((name) => {
    const permission = PERMISSIONS[name]!;
    const held = permission.ownOrganizationOnly ? ownRole : role;
    return held === 'owner' || (held === 'operator' && permission.role === 'operator');
  });
  return { resource_type: resourceType, resource_id: (ask.resource_id ?? '').toLowerCase(), permissions: [...new Set(granted)] };
}

export const permissionRpcs: HandlerMap = {
  CheckPermissions: appService.unary<CheckPermissionsRequest__Output, CheckPermissionsResponse>((request, { db, caller }) => {
    const asks = requireMaxItems('permissions', request.permissions, MAX_PERMISSION_CHECKS);
    return { authorized_permissions: asks.map((ask, i) => checkOne(db, caller, ask, `permissions[${i}]`)) };
  }),
};
