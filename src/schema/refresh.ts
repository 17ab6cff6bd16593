/**
 * After a mutation the loaders of this operation may hold objects as they were: the changed
 * object itself, but also its neighbours (a location's robot count and robot list after
 * `newRobot`, a child's parent after renaming the parent). Mutation fields run one after another,
 * so forgetting every loaded object once a mutation has changed something upstream lets its
 * result, and every later field of the operation, show the fleet as it is now.
 */
import type DataLoader from 'dataloader';
import { clearAllDataLoaders } from '@pothos/plugin-dataloader';
import type { GraphQLContext } from '../gateway/context.ts';

interface Loadable<Shape> {
  getDataloader(ctx: GraphQLContext): DataLoader<string, Shape, string>;
}

/** Forget everything this operation loaded; returns `result` unchanged. */
export function changed<T>(ctx: GraphQLContext, result: T): T {
  clearAllDataLoaders(ctx);
  return result;
}

/** Forget everything loaded; returns the id so the type loads the changed object afresh. */
export function reloaded<Shape>(_ref: Loadable<Shape>, ctx: GraphQLContext, id: string): string {
  return changed(ctx, id);
}

/** Forget everything loaded, then keep the object the mutation returned as the current one. */
export function refreshed<Shape extends { id: string }>(ref: Loadable<Shape>, ctx: GraphQLContext, value: Shape | null | undefined): Shape | null {
  changed(ctx, null);
  if (!value) return null;
  ref.getDataloader(ctx).prime(value.id, value);
  return value;
}
