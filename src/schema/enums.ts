/** Enums shared by several domains; values map to the upstream proto enum names. */
import { builder } from './builder.ts';

export const OnlineStateEnum = builder.enumType('OnlineState', {
  description: 'Whether a robot or part has been in contact with the cloud recently.',
  values: {
    ONLINE: { value: 'ONLINE_STATE_ONLINE', description: 'Seen recently.' },
    OFFLINE: { value: 'ONLINE_STATE_OFFLINE', description: 'Seen before, but not recently.' },
    AWAITING_SETUP: { value: 'ONLINE_STATE_AWAITING_SETUP', description: 'Never connected yet.' },
    UNSPECIFIED: { value: 'ONLINE_STATE_UNSPECIFIED', description: 'The upstream did not say.' },
  } as const,
});

export const ResourceTypeEnum = builder.enumType('ResourceType', {
  description: 'The kind of resource a role applies to.',
  values: {
    ORGANIZATION: { value: 'organization', description: 'An organization and everything in it.' },
    LOCATION: { value: 'location', description: 'A location, its nested locations and their robots.' },
    ROBOT: { value: 'robot', description: 'One robot (machine) and its parts.' },
  } as const,
});

export const RoleEnum = builder.enumType('Role', {
  description: 'A role on a resource: owners change things, operators read, see logs and restart parts.',
  values: {
    OWNER: { value: 'owner', description: 'May read and change the resource.' },
    OPERATOR: { value: 'operator', description: 'May read, watch logs and mark parts for restart.' },
  } as const,
});
