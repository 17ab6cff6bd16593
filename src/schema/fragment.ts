/** Fragment: a reusable piece of robot config, private to its organization or public. */
import { builder } from './builder.ts';
import { FragmentRef, OrganizationRef } from './refs.ts';
import { fromStruct, fromTimestamp } from '../wire/struct.ts';
import { createFragment, deleteFragment, organizationFragments, updateFragment } from '../resolvers/fragments.ts';
import { fragmentObjectId } from '../resolvers/fragment-versions.ts';

export const FragmentVisibilityEnum = builder.enumType('FragmentVisibility', {
  description: 'Who can see and use a fragment.',
  values: {
    PRIVATE: { value: 'FRAGMENT_VISIBILITY_PRIVATE', description: 'Only its organization.' },
    PUBLIC: { value: 'FRAGMENT_VISIBILITY_PUBLIC', description: 'Everyone, and listed.' },
    PUBLIC_UNLISTED: { value: 'FRAGMENT_VISIBILITY_PUBLIC_UNLISTED', description: 'Everyone who knows its id.' },
    UNSPECIFIED: { value: 'FRAGMENT_VISIBILITY_UNSPECIFIED', description: 'The upstream did not say.' },
  } as const,
});

FragmentRef.implement({
  description: 'A reusable piece of robot config.',
  fields: (t) => ({
    id: t.id({
      nullable: false,
      description:
        'Fragment id (UUID). An older revision (`fragment(id, version)`, `history.old`) has "<fragment id>:<revision>" instead, so a client cache keeps it apart from the fragment now.',
      resolve: fragmentObjectId,
    }),
    name: t.exposeString('name', { nullable: false, description: 'Display name.' }),
    config: t.field({ type: 'JSON', description: 'The config this fragment adds to a part.', resolve: (f) => fromStruct(f.fragment) }),
    organization: t.field({ type: OrganizationRef, description: 'Owning organization.', resolve: (f) => f.organization_owner || null }),
    organizationName: t.exposeString('organization_name', { description: 'Name of the owning organization.' }),
    public: t.exposeBoolean('public', { description: 'Whether anyone may use it.' }),
    visibility: t.field({ type: FragmentVisibilityEnum, description: 'Who can see it.', resolve: (f) => f.visibility }),
    createdOn: t.field({ type: 'DateTime', description: 'When it was created.', resolve: (f) => fromTimestamp(f.created_on) }),
    lastUpdated: t.field({ type: 'DateTime', description: 'When it last changed.', resolve: (f) => fromTimestamp(f.last_updated) }),
    revision: t.exposeString('revision', { description: 'Revision, increased by every update.' }),
    robotPartCount: t.exposeInt('robot_part_count', { description: 'Parts that use it.' }),
    organizationCount: t.exposeInt('organization_count', { description: 'Organizations that use it.' }),
    onlyUsedByOwner: t.exposeBoolean('only_used_by_owner', { description: 'Whether only its own organization uses it.' }),
  }),
});

builder.objectField(OrganizationRef, 'fragments', (t) =>
  t.field({
    type: [FragmentRef],
    description: 'Fragments of the organization, plus public ones of others with showPublic (ListFragments).',
    args: { showPublic: t.arg.boolean({ defaultValue: false, description: 'Include public fragments of other organizations.' }) },
    resolve: organizationFragments,
  }),
);

builder.mutationFields((t) => ({
  createFragment: t.field({
    type: FragmentRef,
    description: 'Create a fragment (CreateFragment).',
    args: {
      organizationId: t.arg.id({ required: true, description: 'Owning organization.' }),
      name: t.arg.string({ required: true, description: 'Display name.' }),
      config: t.arg({ type: 'JSON', description: 'Config, a JSON object (default {}).' }),
      visibility: t.arg({ type: FragmentVisibilityEnum, description: 'Who can see it (default PRIVATE).' }),
    },
    resolve: createFragment,
  }),
  updateFragment: t.field({
    type: FragmentRef,
    description: 'Rename a fragment, replace its config, change its visibility (UpdateFragment).',
    args: {
      id: t.arg.id({ required: true, description: 'Fragment to change.' }),
      name: t.arg.string({ required: true, description: 'New (or same) name.' }),
      config: t.arg({ type: 'JSON', required: true, description: 'The whole new config, a JSON object.' }),
      visibility: t.arg({ type: FragmentVisibilityEnum, description: 'New visibility; leave out to keep.' }),
      lastKnownUpdate: t.arg({
        type: 'DateTime',
        description: 'The `lastUpdated` you read: if the fragment changed after it, the update is refused with CONFLICT and nothing is written.',
      }),
    },
    resolve: updateFragment,
  }),
  deleteFragment: t.id({
    description: 'Delete a fragment; returns its id (DeleteFragment).',
    args: { id: t.arg.id({ required: true, description: 'Fragment to delete.' }) },
    resolve: deleteFragment,
  }),
}));
