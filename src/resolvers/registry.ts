/** Registry items: list (paged here, as Viam answers in one page), get, create, update, delete, rename, transfer. */
import type { GraphQLContext } from '../context.ts';
import type { RegistryItem__Output } from '../generated/viam/app/v1/RegistryItem.ts';
import type { PackageType } from '../generated/viam/app/packages/v1/PackageType.ts';
import type { Visibility } from '../generated/viam/app/v1/Visibility.ts';
import { loadRegistryItems } from '../upstream/batch.ts';
import { clientError } from '../upstream/errors.ts';

export const MAX_REGISTRY_PAGE = 500;
export const DEFAULT_REGISTRY_PAGE = 100;

/** Registry item by id (GetRegistryItem), for the RegistryItem type's loader. */
export const registryItemsById = (ids: readonly string[], ctx: GraphQLContext) => loadRegistryItems(ctx.upstream, ids);

export interface RegistryPage {
  items: RegistryItem__Output[];
  hasNextPage: boolean;
  totalCount: number;
}

/**
 * ListRegistryItems, then one page of it: Viam's response carries no page token, so `after` is
 * the id of the last item of the previous page and paging happens here.
 */
export async function registryItems(
  _root: unknown,
  args: { organizationId?: string | null; types?: PackageType[] | null; visibilities?: Visibility[] | null; searchTerm?: string | null; first?: number | null; after?: string | null },
  ctx: GraphQLContext,
): Promise<RegistryPage> {
  const first = args.first ?? DEFAULT_REGISTRY_PAGE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_REGISTRY_PAGE) throw clientError('BAD_USER_INPUT', `first must be between 1 and ${MAX_REGISTRY_PAGE}`);
  const { items } = await ctx.upstream.call('ListRegistryItems', {
    ...(args.organizationId ? { organization_id: args.organizationId } : {}),
    types: args.types ?? [],
    visibilities: args.visibilities ?? [],
    ...(args.searchTerm ? { search_term: args.searchTerm } : {}),
  });
  let start = 0;
  if (args.after) {
    start = items.findIndex((item) => item.item_id === args.after) + 1;
    if (start === 0) throw clientError('BAD_USER_INPUT', `after: ${JSON.stringify(args.after.slice(0, 120))} is not an item of this list (it may have been deleted or renamed)`);
  }
  const page = items.slice(start, start + first);
  return { items: page, hasNextPage: start + page.length < items.length, totalCount: items.length };
}

/** Creates the item; returns "<organization id>:<name>", which the RegistryItem type loads (GetRegistryItem accepts that form). */
export async function createRegistryItem(_root: unknown, args: { organizationId: string; name: string; type: PackageType }, ctx: GraphQLContext) {
  await ctx.upstream.call('CreateRegistryItem', { organization_id: args.organizationId, name: args.name, type: args.type });
  return `${args.organizationId}:${args.name}`;
}

export async function updateRegistryItem(
  _root: unknown,
  args: {
    id: string;
    type: PackageType;
    description: string;
    visibility: Visibility;
    url?: string | null;
    moduleMetadata?: { models: { api: string; model: string }[]; entrypoint: string } | null;
  },
  ctx: GraphQLContext,
) {
  await ctx.upstream.call('UpdateRegistryItem', {
    item_id: args.id,
    type: args.type,
    description: args.description,
    visibility: args.visibility,
    ...(args.url !== undefined && args.url !== null ? { url: args.url } : {}),
    ...(args.moduleMetadata ? { update_module_metadata: args.moduleMetadata } : {}),
  });
  return args.id;
}

export async function deleteRegistryItem(_root: unknown, args: { id: string }, ctx: GraphQLContext) {
  await ctx.upstream.call('DeleteRegistryItem', { item_id: args.id });
  return args.id;
}

export async function renameRegistryItem(_root: unknown, args: { id: string; newName: string }, ctx: GraphQLContext) {
  return (await ctx.upstream.call('RenameRegistryItem', { item_id: args.id, new_name: args.newName })).item;
}

/** Returns the item's new id, "<new namespace>:<name>"; the RegistryItem type loads it. */
export async function transferRegistryItem(_root: unknown, args: { id: string; newPublicNamespace: string }, ctx: GraphQLContext) {
  await ctx.upstream.call('TransferRegistryItem', { item_id: args.id, new_public_namespace: args.newPublicNamespace });
  return `${args.newPublicNamespace}:${args.id.split(':').pop()}`;
}
