/**
 * Per-operation DataLoaders that follow the gateway's `batching` option. Batching on (the
 * default): Pothos' loaders, one batch per tick and one cache per operation, cleared by mutations.
 * Batching off (the "naive" benchmark baseline): each key is fetched on its own when asked, and
 * nothing is remembered, as a gateway without DataLoader would do.
 */
import DataLoader from 'dataloader';
import { createContextCache, type ContextCache } from '@pothos/core';
import { dataloaderGetter } from '@pothos/plugin-dataloader';
import type { GraphQLContext } from '../gateway/context.ts';

export type BatchLoad<K, V> = (keys: readonly K[], ctx: GraphQLContext) => Promise<readonly (V | Error)[]>;
export type LoaderCache<K, V> = ContextCache<DataLoader<K, V, K>, object, []>;

/** `batched`, or an unbatched loader when the operation runs without batching. */
export function byBatchingOption<K, V>(batched: LoaderCache<K, V>, load: BatchLoad<K, V>): LoaderCache<K, V> {
  const unbatched = createContextCache((ctx: object) => new DataLoader<K, V, K>((keys) => load(keys, ctx as GraphQLContext), { batch: false, cache: false }));
  const pick = (ctx: object) => ((ctx as GraphQLContext).batching ? batched(ctx) : unbatched(ctx));
  return Object.assign(pick, {
    delete(ctx: object) {
      batched.delete(ctx);
      unbatched.delete(ctx);
    },
  });
}

/** A loader per operation, batched unless the operation runs without batching. */
export function operationLoader<K, V>(load: BatchLoad<K, V>): (ctx: GraphQLContext) => DataLoader<K, V, K> {
  // Pothos types the context of its loaders as `object`; it is always our GraphQLContext.
  return byBatchingOption(dataloaderGetter<K, V, K>(undefined, (keys, ctx) => load(keys, ctx as GraphQLContext), undefined, false), load);
}
