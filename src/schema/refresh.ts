/**
 * After a mutation the loaders of this operation may hold the object as it was; these drop that
 * copy so the mutation's result (and later fields) show the object as it is now.
 */
import type DataLoader from 'dataloader';
import type { GraphQLContext } from '../gateway/context.ts';

interface Loadable<Shape> {
  getDataloader(ctx: GraphQLContext): DataLoader<string, Shape, string>;
}

/** Forget the cached object with this id; returns the id so the type loads it afresh. */
export function reloaded<Shape>(ref: Loadable<Shape>, ctx: GraphQLContext, id: string): string {
  ref.getDataloader(ctx).clear(id);
  return id;
}

/** Replace the cached object with the one the mutation returned. */
export function refreshed<Shape extends { id: string }>(ref: Loadable<Shape>, ctx: GraphQLContext, value: Shape | null | undefined): Shape | null {
  if (!value) return null;
  ref.getDataloader(ctx).clear(value.id).prime(value.id, value);
  return value;
}
