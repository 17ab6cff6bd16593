/** A fragment's versions: revisions, tags, history, usage, and the fragment at a version. */
import type { GraphQLContext } from '../context.ts';
import type { FragmentHistoryEntry__Output } from '../generated/viam/app/v1/FragmentHistoryEntry.ts';
import { clientError } from '../upstream/errors.ts';
import { loadFragments } from '../upstream/batch.ts';
import { operationLoader } from './operation-cache.ts';
import type { FragmentShape } from './shapes.ts';
import { compositeId } from './object-ids.ts';
import type { FragmentRevision__Output } from '../generated/viam/app/v1/FragmentRevision.ts';
import type { FragmentTag__Output } from '../generated/viam/app/v1/FragmentTag.ts';

export const DEFAULT_HISTORY_PAGE = 20;
/** The fleet server's own most per page; a larger `first` is refused before any call. */
export const MAX_HISTORY_PAGE = 500;

/** GetFragment per fragment, for fragments that came without revisions and tags (from ListFragments, a mutation). */
const detailsOf = operationLoader((ids: readonly string[], ctx) => loadFragments(ctx.upstream, ids));

/** A revision or a tag with the fragment it belongs to: its id is made of both. */
export type OfFragment<T> = T & { fragmentId: string };

export async function fragmentRevisions(f: FragmentShape, _args: object, ctx: GraphQLContext): Promise<OfFragment<FragmentRevision__Output>[]> {
  return (f.revisions ?? (await detailsOf(ctx).load(f.id)).revisions).map((r) => ({ ...r, fragmentId: f.id }));
}

export async function fragmentTags(f: FragmentShape, _args: object, ctx: GraphQLContext): Promise<OfFragment<FragmentTag__Output>[]> {
  return (f.tags ?? (await detailsOf(ctx).load(f.id)).tags).map((tag) => ({ ...tag, fragmentId: f.id }));
}

/** A revision of a fragment, in `revisions` and in `history`: the fragment and the revision number. */
export const fragmentRevisionId = (fragmentId: string, revision: string) => compositeId(fragmentId, revision);

/** The fragment's id; an older revision's is the fragment and the revision, or a client cache would take it for the fragment now. */
export const fragmentObjectId = (f: FragmentShape) => (f.historic ? fragmentRevisionId(f.id, f.revision) : f.id);

/** A tag names one revision at a time; moving it changes that object, so its id is the fragment and the tag. */
export const fragmentTagId = (t: OfFragment<FragmentTag__Output>) => compositeId(t.fragmentId, t.tag);

/** `fragment(id, version)`: the fragment at a revision or tag; without a version, its id for the by-id loader. */
export async function fragmentAtVersion(_root: unknown, args: { id: string; version?: string | null }, ctx: GraphQLContext): Promise<FragmentShape | string> {
  if (!args.version) return args.id;
  const { fragment, revisions, tags } = await ctx.upstream.call('GetFragment', { id: args.id, version: args.version });
  if (!fragment) throw clientError('NOT_FOUND', `fragment ${args.id} not found`);
  return { ...fragment, revisions, tags, historic: true };
}

export interface FragmentHistoryPage {
  history: FragmentHistoryEntry__Output[];
  nextPageToken: string;
}

export async function fragmentHistory(f: FragmentShape, args: { first?: number | null; after?: string | null }, ctx: GraphQLContext): Promise<FragmentHistoryPage> {
  const first = args.first ?? DEFAULT_HISTORY_PAGE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_HISTORY_PAGE) throw clientError('BAD_USER_INPUT', `first must be 1 to ${MAX_HISTORY_PAGE}, got ${first}`);
  const response = await ctx.upstream.call('GetFragmentHistory', { id: f.id, page_limit: first, ...(args.after ? { page_token: args.after } : {}) });
  return { history: response.history, nextPageToken: response.next_page_token };
}

export const historyEdges = (page: FragmentHistoryPage) =>
  page.history.map((node, i) => ({ node, cursor: i === page.history.length - 1 && page.nextPageToken ? page.nextPageToken : null }));

/** The fragment as it was before the edit. */
export const historyEntryOld = (h: FragmentHistoryEntry__Output): FragmentShape | null => (h.old ? { ...h.old, historic: true } : null);

export async function fragmentUsage(f: FragmentShape, _args: object, ctx: GraphQLContext) {
  return (await ctx.upstream.call('GetFragmentUsage', { fragment_id: f.id })).version_usages;
}

/** Tags the revision; returns the fragment id, which the Fragment type loads fresh. */
export async function setFragmentTag(_root: unknown, args: { fragmentId: string; tag: string; revision: string }, ctx: GraphQLContext) {
  await ctx.upstream.call('SetFragmentTag', { fragment_id: args.fragmentId, tag: args.tag, revision: args.revision });
  return args.fragmentId;
}

export async function deleteFragmentTag(_root: unknown, args: { fragmentId: string; tag: string }, ctx: GraphQLContext) {
  await ctx.upstream.call('DeleteFragmentTag', { fragment_id: args.fragmentId, tag: args.tag });
  return args.fragmentId;
}
