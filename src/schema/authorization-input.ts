/** The role input shared by invites and role mutations, and its upstream form. */
import { builder } from './builder.ts';
import { ResourceTypeEnum, RoleEnum } from './enums.ts';
import type { Authorization__Output } from '../generated/viam/app/v1/Authorization.ts';

export const AuthorizationInput = builder.inputType('AuthorizationInput', {
  description: 'A role on one resource, e.g. role OPERATOR on resource type LOCATION with the location id.',
  fields: (t) => ({
    role: t.field({ type: RoleEnum, required: true, description: 'Owner or operator.' }),
    resourceType: t.field({ type: ResourceTypeEnum, required: true, description: 'Kind of resource.' }),
    resourceId: t.id({ required: true, description: 'Id of the organization, location or robot.' }),
    identityId: t.id({ description: 'Who holds the role (an API key id or user id); not needed for invites.' }),
  }),
});

/** Viam's convention: authorization_type "role", authorization_id "<resource_type>_<role>". */
export function toAuthorization(
  organizationId: string,
  input: { role: string; resourceType: string; resourceId: string | number; identityId?: string | number | null },
): Authorization__Output {
  return {
    authorization_type: 'role',
    authorization_id: `${input.resourceType}_${input.role}`,
    resource_type: input.resourceType,
    resource_id: String(input.resourceId),
    identity_id: input.identityId == null ? '' : String(input.identityId),
    identity_type: '',
    organization_id: organizationId,
  };
}
