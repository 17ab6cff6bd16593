/** A fragment's versions: revisions, tags, history, usage; `fragment(id, version)`; tagging. */
import { builder } from './builder.ts';
import { FragmentRef } from './refs.ts';
import { fromStruct, fromTimestamp } from '../wire/struct.ts';
import { historyEditedBy } from '../resolvers/parts.ts';
import {
  DEFAULT_HISTORY_PAGE,
  MAX_HISTORY_PAGE,
  deleteFragmentTag,
  fragmentAtVersion,
  fragmentHistory,
  fragmentRevisionId,
  fragmentRevisions,
  fragmentTagId,
  fragmentTags,
  fragmentUsage,
  historyEdges,
  historyEntryOld,
  setFragmentTag,
  type FragmentHistoryPage,
  type OfFragment,
} from '../resolvers/fragment-versions.ts';
import type { FragmentRevision__Output } from '../generated/viam/app/v1/FragmentRevision.ts';
import type { FragmentTag__Output } from '../generated/viam/app/v1/FragmentTag.ts';
import type { FragmentUsage__Output } from '../generated/viam/app/v1/FragmentUsage.ts';
import type { FragmentHistoryEntry__Output } from '../generated/viam/app/v1/FragmentHistoryEntry.ts';

const FragmentRevisionRef = builder.objectRef<OfFragment<FragmentRevision__Output>>('FragmentRevision').implement({
  description: 'One revision of a fragment; every update makes one.',
  fields: (t) => ({
    id: t.id({ nullable: false, description: 'Id of the revision: the fragment and the revision number.', resolve: (r) => fragmentRevisionId(r.fragmentId, r.revision) }),
    revision: t.exposeString('revision', { nullable: false, description: 'Revision number.' }),
    createdAt: t.field({ type: 'DateTime', description: 'When it was made.', resolve: (r) => fromTimestamp(r.created_at) }),
  }),
});

const FragmentTagRef = builder.objectRef<OfFragment<FragmentTag__Output>>('FragmentTag').implement({
  description: 'A name for one revision of a fragment; configs may pin `{"id", "version": "<tag>"}`.',
  fields: (t) => ({
    id: t.id({ nullable: false, description: 'Id of the tag: the fragment and the tag (moving a tag changes `revision`, not the id).', resolve: fragmentTagId }),
    tag: t.exposeString('tag', { nullable: false, description: 'The tag.' }),
    revision: t.exposeString('revision', { nullable: false, description: 'The revision it points at.' }),
  }),
});

const FragmentUsageRef = builder.objectRef<FragmentUsage__Output>('FragmentUsage').implement({
  description: 'A value without identity: who uses a fragment at one version (GetFragmentUsage), counted when asked.',
  fields: (t) => ({
    version: t.string({ description: 'The version the configs pin; null for those that follow the current revision.', resolve: (u) => u.version ?? null }),
    organizations: t.exposeInt('organizations', { nullable: false, description: 'Organizations whose parts use it.' }),
    machines: t.exposeInt('machines', { nullable: false, description: 'Machines (robots) whose parts use it.' }),
    machinesInCurrentOrg: t.exposeInt('machines_in_current_org', { nullable: false, description: "Of those, machines in the fragment's own organization." }),
  }),
});

const FragmentHistoryEntryRef = builder.objectRef<FragmentHistoryEntry__Output>('FragmentHistoryEntry').implement({
  description: 'One revision of a fragment in its history: its config, who made it, and the fragment before it.',
  fields: (t) => ({
    id: t.id({ nullable: false, description: 'Id of the entry: the fragment and the revision this edit made.', resolve: (h) => fragmentRevisionId(h.fragment, h.revision) }),
    revision: t.exposeString('revision', { nullable: false, description: 'The revision this edit made.' }),
    config: t.field({ type: 'JSON', description: 'The config at this revision.', resolve: (h) => (h.config ? fromStruct(h.config) : null) }),
    editedOn: t.field({ type: 'DateTime', description: 'When.', resolve: (h) => fromTimestamp(h.edited_on) }),
    editedBy: t.string({ description: 'Who: "<kind>:<id>", e.g. "api-key:<key id>"; null when not recorded (seeded data).', resolve: historyEditedBy }),
    old: t.field({ type: FragmentRef, description: 'The fragment at the revision before; null for the first.', resolve: historyEntryOld }),
  }),
});

const FragmentHistoryEdgeRef = builder.objectRef<{ node: FragmentHistoryEntry__Output; cursor: string | null }>('FragmentHistoryEdge').implement({
  description: 'A value without identity: a history entry in a page, with its cursor.',
  fields: (t) => ({
    node: t.field({ type: FragmentHistoryEntryRef, nullable: false, description: 'The entry.', resolve: (e) => e.node }),
    cursor: t.exposeString('cursor', { description: 'Set on the last edge of a page when more follow: pass it as `after`.' }),
  }),
});

const FragmentHistoryPageInfoRef = builder.objectRef<FragmentHistoryPage>('FragmentHistoryPageInfo').implement({
  description: 'A value without identity: where the next page of a fragment history starts.',
  fields: (t) => ({
    hasNextPage: t.boolean({ nullable: false, description: 'Whether older revisions remain.', resolve: (p) => p.nextPageToken !== '' }),
    endCursor: t.string({ description: 'Pass as `after` for the next (older) page.', resolve: (p) => p.nextPageToken || null }),
  }),
});

const FragmentHistoryConnectionRef = builder.objectRef<FragmentHistoryPage>('FragmentHistoryConnection').implement({
  description: 'A value without identity: a page of a fragment history, newest revision first.',
  fields: (t) => ({
    edges: t.field({ type: [FragmentHistoryEdgeRef], nullable: false, description: 'Entries with cursors.', resolve: historyEdges }),
    nodes: t.field({ type: [FragmentHistoryEntryRef], nullable: false, description: 'Entries of this page.', resolve: (p) => p.history }),
    pageInfo: t.field({ type: FragmentHistoryPageInfoRef, nullable: false, description: 'Paging information.', resolve: (p) => p }),
  }),
});

builder.objectFields(FragmentRef, (t) => ({
  revisions: t.field({ type: [FragmentRevisionRef], nullable: false, description: 'Every revision, oldest first (GetFragment).', resolve: fragmentRevisions }),
  tags: t.field({ type: [FragmentTagRef], nullable: false, description: 'Tags and the revisions they point at (GetFragment).', resolve: fragmentTags }),
  history: t.field({
    type: FragmentHistoryConnectionRef,
    nullable: false,
    description: 'Revisions newest first, with config and editor, one page per call (GetFragmentHistory).',
    args: {
      first: t.arg.int({ defaultValue: DEFAULT_HISTORY_PAGE, description: `Page size, 1 to ${MAX_HISTORY_PAGE}.` }),
      after: t.arg.string({ description: 'endCursor of the previous page.' }),
    },
    resolve: fragmentHistory,
  }),
  usage: t.field({ type: [FragmentUsageRef], nullable: false, description: 'Uses by machines, one entry per pinned version (GetFragmentUsage).', resolve: fragmentUsage }),
}));

builder.queryField('fragment', (t) =>
  t.field({
    type: FragmentRef,
    description: 'One fragment by id; with `version` (a revision number or a tag), as it was at that revision (GetFragment).',
    args: {
      id: t.arg.id({ required: true, description: 'Fragment id.' }),
      version: t.arg.string({ description: 'A revision number or a tag; leave out for the current revision.' }),
    },
    resolve: fragmentAtVersion,
  }),
);

builder.mutationFields((t) => ({
  setFragmentTag: t.field({
    type: FragmentRef,
    nullable: false,
    description: 'Point a tag at a revision, creating or moving it (SetFragmentTag).',
    args: {
      fragmentId: t.arg.id({ required: true, description: 'The fragment.' }),
      tag: t.arg.string({ required: true, description: 'Starts with a letter; up to 64 letters, digits, ".", "-", "_".' }),
      revision: t.arg.string({ required: true, description: 'An existing revision number.' }),
    },
    resolve: setFragmentTag,
  }),
  deleteFragmentTag: t.field({
    type: FragmentRef,
    nullable: false,
    description: 'Remove a tag (DeleteFragmentTag).',
    args: {
      fragmentId: t.arg.id({ required: true, description: 'The fragment.' }),
      tag: t.arg.string({ required: true, description: 'The tag to remove.' }),
    },
    resolve: deleteFragmentTag,
  }),
}));
