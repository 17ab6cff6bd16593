/** The role input shared by invites and role mutations (its upstream form: resolvers/roles.ts). */
import { builder } from './builder.ts';
import { ResourceTypeEnum, RoleEnum } from './enums.ts';

export const AuthorizationInput = builder.inputType('AuthorizationInput', {
  description: 'A role on one resource, e.g. role OPERATOR on resource type LOCATION with the location id.',
  fields: (t) => ({
    role: t.field({ type: RoleEnum, required: true, description: 'Owner or operator.' }),
    resourceType: t.field({ type: ResourceTypeEnum, required: true, description: 'Kind of resource.' }),
    resourceId: t.id({ required: true, description: 'Id of the organization, location or robot.' }),
    identityId: t.id({ description: 'Who holds the role (an API key id or user id); not needed for invites.' }),
  }),
});
