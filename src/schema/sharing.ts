/** Sharing a location with other organizations. */
import { builder } from './builder.ts';
import { LocationRef, OrganizationIdentityRef, OrganizationRef } from './refs.ts';
import { organizationsWithAccess, shareLocation, unshareLocation } from '../resolvers/sharing.ts';

OrganizationIdentityRef.implement({
  description: 'An organization named by id and name.',
  fields: (t) => ({
    id: t.exposeID('id', { nullable: false, description: 'Organization id.' }),
    name: t.exposeString('name', { nullable: false, description: 'Display name.' }),
    organization: t.field({ type: OrganizationRef, description: 'The organization itself, if the caller may read it (GetOrganization).', resolve: (o) => o.id }),
  }),
});

builder.objectField(LocationRef, 'organizationsWithAccess', (t) =>
  t.field({
    type: [OrganizationIdentityRef],
    nullable: false,
    description: 'Its own organization first, then those it is shared with, through a parent location too (GetOrganizationsWithAccessToLocation).',
    resolve: organizationsWithAccess,
  }),
);

const shareArgs = (t: Parameters<Parameters<typeof builder.mutationFields>[0]>[0]) => ({
  locationId: t.arg.id({ required: true, description: 'The location (and the locations nested under it).' }),
  organizationId: t.arg.id({ required: true, description: 'The other organization.' }),
});

builder.mutationFields((t) => ({
  shareLocation: t.field({
    type: LocationRef,
    nullable: false,
    description:
      "Let another organization's keys see and act on the location with the role they hold on their own organization; owners of the location's own organization only (ShareLocation).",
    args: shareArgs(t),
    resolve: shareLocation,
  }),
  unshareLocation: t.field({
    type: LocationRef,
    nullable: false,
    description: "Take a share back at once; the location's own organization cannot be unshared (UnshareLocation).",
    args: shareArgs(t),
    resolve: unshareLocation,
  }),
}));
