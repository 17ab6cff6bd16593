/**
 * The one per-operation cache: Pothos' DataLoaders, made per operation in the context (loadable
 * object refs, and the shared field loaders below). One rule keeps it true: every mutation field
 * ends through `forgetOperationReads` (applied to every Mutation field by the builder's
 * forget-after-mutation plugin), so what a later field of the operation reads is the fleet as the
 * mutations before it left it.
 *
 * Every loader is made with the same stock DataLoader options, `loaderOptions`. They are per
 * process: Pothos hands them to each loader it creates (once per operation), and the gateway sets
 * them once at start (`configureBatching`). The benchmarks' naive baseline is a gateway process
 * started with `batching: false`: `{ batch: false, cache: false }`, each key fetched on its own
 * and nothing remembered, as a gateway without DataLoader would do.
 */
import type DataLoader from 'dataloader';
import { clearAllDataLoaders, dataloaderGetter } from '@pothos/plugin-dataloader';
import type { GraphQLContext } from '../context.ts';

export const loaderOptions: { batch?: boolean; cache?: boolean } = {};

/** Sets this process's loader options: batched and cached per operation (the default), or neither. */
export function configureBatching(batching: boolean): void {
  loaderOptions.batch = batching;
  loaderOptions.cache = batching;
}

/** Whether loaders batch: shortcuts that answer many objects with one call (ListMachineSummaries) only make sense then. */
export const batching = (): boolean => loaderOptions.batch !== false;

/**
 * A loader per operation for reads several fields share (a robot's parts for `parts` and
 * `mainPart`, an organization's members and invites). Pothos registers it with the rest, so
 * `forgetOperationReads` clears it too.
 */
export function operationLoader<K, V>(
  load: (keys: readonly K[], ctx: GraphQLContext) => Promise<readonly (V | Error)[]>,
  { perKey = false }: { perKey?: boolean } = {},
): (ctx: GraphQLContext) => DataLoader<K, V, K> {
  // Pothos types the context of its loaders as `object`; it is always our GraphQLContext.
  return dataloaderGetter<K, V, K>(perKey ? perKeyOptions : loaderOptions, (keys, ctx) => load(keys, ctx as GraphQLContext), undefined, false);
}

/**
 * For reads with no batch RPC upstream (one call per key anyway): each key is its own batch, so it
 * is answered as soon as its own call returns instead of when the slowest of its tick does (under
 * @stream the first robots' parts go out while the last robots' are still being fetched). The
 * calls still leave in the same tick, bounded by the session; caching follows the process's option.
 */
const perKeyOptions = {
  batch: false,
  get cache() {
    return loaderOptions.cache;
  },
};

/** Forget everything this operation has read: how every mutation field ends. */
export function forgetOperationReads(ctx: GraphQLContext): void {
  clearAllDataLoaders(ctx);
}
