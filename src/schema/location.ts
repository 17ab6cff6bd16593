/** Location: a place robots live in, possibly nested under another location. */
import { builder } from './builder.ts';
import { LocationAuthRef, LocationRef, OrganizationRef, RobotRef, SharedSecretRef } from './refs.ts';
import { fromTimestamp } from '../wire/struct.ts';
import {
  createLocation,
  createLocationSecret,
  deleteLocation,
  deleteLocationSecret,
  locationAuth,
  locationById,
  locationOrganization,
  locationRobots,
  updateLocation,
} from '../resolvers/locations.ts';

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
      resolve: locationOrganization,
    }),
    parent: t.field({
      type: LocationRef,
      description: 'The location this one is nested under, or null at the top level.',
      resolve: (l) => l.parent_location_id || null,
    }),
    robots: t.field({
      type: [RobotRef],
      description: 'Robots in this location. Robots of all locations in one request come from one ListRobotsForLocations call.',
      resolve: locationRobots,
    }),
    auth: t.field({
      type: LocationAuthRef,
      description: "The location secrets robots use to connect (LocationAuth). Owners in the location's own organization only, not through a share.",
      resolve: locationAuth,
    }),
  }),
});

LocationAuthRef.implement({
  description: 'Secrets of a location.',
  fields: (t) => ({
    id: t.exposeID('location_id', { nullable: false, description: "The location's id: a location has one set of secrets." }),
    locationId: t.exposeID('location_id', { nullable: false, description: 'The location.' }),
    secrets: t.field({ type: [SharedSecretRef], nullable: false, description: 'All secrets, oldest first.', resolve: (a) => a.secrets }),
  }),
});

SharedSecretRef.implement({
  description: 'A secret shared with robots (of a location or of a part).',
  fields: (t) => ({
    id: t.exposeID('id', { nullable: false, description: 'Secret id (unique upstream), used to delete it.' }),
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
    resolve: locationById,
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
    resolve: createLocation,
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
    resolve: updateLocation,
  }),
  deleteLocation: t.id({
    description: 'Delete an empty location; returns its id (DeleteLocation).',
    args: { id: t.arg.id({ required: true, description: 'Location to delete.' }) },
    resolve: deleteLocation,
  }),
  createLocationSecret: t.field({
    type: LocationAuthRef,
    description: 'Add a secret to a location; returns all its secrets (CreateLocationSecret).',
    args: { locationId: t.arg.id({ required: true, description: 'The location.' }) },
    resolve: createLocationSecret,
  }),
  deleteLocationSecret: t.id({
    description: 'Delete a location secret; returns the secret id (DeleteLocationSecret).',
    args: {
      locationId: t.arg.id({ required: true, description: 'The location.' }),
      secretId: t.arg.id({ required: true, description: 'The secret to delete.' }),
    },
    resolve: deleteLocationSecret,
  }),
}));
