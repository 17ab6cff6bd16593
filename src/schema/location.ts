/** Location: a place robots live in, possibly nested under another location. */
import { builder } from './builder.ts';
import { LocationAuthRef, LocationRef, OrganizationRef, RobotRef, SharedSecretRef } from './refs.ts';
import { fromTimestamp } from '../wire/struct.ts';
import { loadRobotsByLocation } from '../upstream/batch.ts';
import {
  createLocation,
  createLocationSecret,
  deleteLocation,
  deleteLocationSecret,
  locationAuth,
  updateLocation,
} from '../resolvers/locations.ts';
import { changed, refreshed } from './refresh.ts';
import { operationLoader } from './loaders.ts';
import { robotsFromSummary } from '../upstream/summaries.ts';

/** Robots of each location: the locations of one tick in one ListRobotsForLocations call. */
const robotsOfLocation = operationLoader((locationIds: readonly string[], ctx) => loadRobotsByLocation(ctx.upstream, locationIds));

LocationRef.implement({
  description: 'A location of an organization; robots live in locations, and locations can be nested.',
  fields: (t) => ({
    id: t.exposeID('id', { nullable: false, description: 'Location id (UUID).' }),
    name: t.exposeString('name', { nullable: false, description: 'Display name.' }),
    createdOn: t.field({ type: 'DateTime', description: 'When the location was created.', resolve: (l) => fromTimestamp(l.created_on) }),
    robotCount: t.exposeInt('robot_count', { description: 'Number of robots directly in this location.' }),
    organization: t.field({
      type: OrganizationRef,
      description: 'The organization that owns the location.',
      resolve: (l) => l.organizations.find((o) => o.primary)?.organization_id ?? l.organizations[0]?.organization_id ?? null,
    }),
    parent: t.field({
      type: LocationRef,
      description: 'The location this one is nested under, or null at the top level.',
      resolve: (l) => l.parent_location_id || null,
    }),
    robots: t.field({
      type: [RobotRef],
      description: 'Robots in this location. Robots of all locations in one request come from one ListRobotsForLocations call.',
      resolve: (l, _args, ctx) => robotsFromSummary(l) ?? robotsOfLocation(ctx).load(l.id),
    }),
    auth: t.field({
      type: LocationAuthRef,
      description: 'The location secrets robots use to connect (LocationAuth). Owners only.',
      resolve: (l, _args, ctx) => locationAuth(ctx, l.id),
    }),
  }),
});

LocationAuthRef.implement({
  description: 'Secrets of a location.',
  fields: (t) => ({
    locationId: t.exposeID('location_id', { nullable: false, description: 'The location.' }),
    secrets: t.field({ type: [SharedSecretRef], nullable: false, description: 'All secrets, oldest first.', resolve: (a) => a.secrets }),
  }),
});

SharedSecretRef.implement({
  description: 'A secret shared with robots (of a location or of a part).',
  fields: (t) => ({
    id: t.exposeID('id', { nullable: false, description: 'Secret id, used to delete it.' }),
    secret: t.exposeString('secret', { nullable: false, description: 'The secret itself.' }),
    createdOn: t.field({ type: 'DateTime', description: 'When the secret was created.', resolve: (s) => fromTimestamp(s.created_on) }),
    enabled: t.boolean({ description: 'Whether the secret is accepted.', resolve: (s) => s.state !== 'STATE_DISABLED' }),
  }),
});

builder.queryField('location', (t) =>
  t.field({
    type: LocationRef,
    description: 'One location by id (GetLocation).',
    args: { id: t.arg.id({ required: true, description: 'Location id.' }) },
    resolve: (_root, args) => String(args.id),
  }),
);

builder.mutationFields((t) => ({
  createLocation: t.field({
    type: LocationRef,
    description: 'Create a location, optionally nested under another (CreateLocation).',
    args: {
      organizationId: t.arg.id({ required: true, description: 'Organization to create it in.' }),
      name: t.arg.string({ required: true, description: 'Display name.' }),
      parentLocationId: t.arg.id({ description: 'Location to nest it under.' }),
    },
    resolve: async (_root, args, ctx) =>
      refreshed(
        LocationRef,
        ctx,
        await createLocation(ctx, { organizationId: String(args.organizationId), name: args.name, parentLocationId: args.parentLocationId == null ? null : String(args.parentLocationId) }),
      ),
  }),
  updateLocation: t.field({
    type: LocationRef,
    description: 'Rename or move a location; only the arguments given change. parentLocationId: null moves it to the top level (UpdateLocation).',
    args: {
      id: t.arg.id({ required: true, description: 'Location to change.' }),
      name: t.arg.string({ description: 'New name.' }),
      parentLocationId: t.arg.id({ description: 'New parent; null for the top level; leave out to keep.' }),
      region: t.arg.string({ description: 'New data region.' }),
    },
    resolve: async (_root, args, ctx) =>
      refreshed(
        LocationRef,
        ctx,
        await updateLocation(ctx, {
          id: String(args.id),
          name: args.name,
          parentLocationId: args.parentLocationId === undefined ? undefined : args.parentLocationId === null ? null : String(args.parentLocationId),
          region: args.region,
        }),
      ),
  }),
  deleteLocation: t.id({
    description: 'Delete an empty location; returns its id (DeleteLocation).',
    args: { id: t.arg.id({ required: true, description: 'Location to delete.' }) },
    resolve: async (_root, args, ctx) => changed(ctx, await deleteLocation(ctx, String(args.id))),
  }),
  createLocationSecret: t.field({
    type: LocationAuthRef,
    description: 'Add a secret to a location; returns all its secrets (CreateLocationSecret).',
    args: { locationId: t.arg.id({ required: true, description: 'The location.' }) },
    resolve: async (_root, args, ctx) => changed(ctx, await createLocationSecret(ctx, String(args.locationId))),
  }),
  deleteLocationSecret: t.id({
    description: 'Delete a location secret; returns the secret id (DeleteLocationSecret).',
    args: {
      locationId: t.arg.id({ required: true, description: 'The location.' }),
      secretId: t.arg.id({ required: true, description: 'The secret to delete.' }),
    },
    resolve: async (_root, args, ctx) => changed(ctx, await deleteLocationSecret(ctx, String(args.locationId), String(args.secretId))),
  }),
}));
