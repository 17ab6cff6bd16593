/** The fragments a machine uses and those a fragment includes, resolved upstream (ListMachineFragments, ListNestedFragments). */
import type { GraphQLContext } from '../context.ts';
import type { ListMachineFragmentsResponse__Output } from '../generated/viam/app/v1/ListMachineFragmentsResponse.ts';
import type { ResolvedFragment__Output } from '../generated/viam/app/v1/ResolvedFragment.ts';
import type { Fragment__Output } from '../generated/viam/app/v1/Fragment.ts';
import { fromStruct } from '../wire/struct.ts';
import { operationLoader } from './operation-cache.ts';
import type { FragmentShape, RobotShape } from './shapes.ts';

/** A resolved fragment with the fragment itself, when the upstream sent it (it does not for one that is gone or out of reach). */
export type ResolvedFragmentShape = ResolvedFragment__Output & { fragment: Fragment__Output | null };

/** One ListMachineFragments per robot, per operation; `fragments` and `resolvedFragments` share it, and all robots of a tick go in one wave. */
const machineFragmentsOf = operationLoader((robotIds: readonly string[], ctx) =>
  Promise.all(
    robotIds.map((id) =>
      ctx.upstream.call('ListMachineFragments', { machine_id: id }).then(
        (r): ListMachineFragmentsResponse__Output => r,
        (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
      ),
    ),
  ),
);

export async function robotFragments(r: RobotShape, _args: object, ctx: GraphQLContext) {
  return (await machineFragmentsOf(ctx).load(r.id)).fragments;
}

export async function robotResolvedFragments(r: RobotShape, _args: object, ctx: GraphQLContext): Promise<ResolvedFragmentShape[]> {
  const { fragments, resolved_fragments } = await machineFragmentsOf(ctx).load(r.id);
  return resolved_fragments.map((resolved) => ({ ...resolved, fragment: fragments.find((f) => f.id === resolved.fragment_id) ?? null }));
}

export const resolvedConfig = (r: ResolvedFragmentShape) => (r.resolved_config ? fromStruct(r.resolved_config) : null);

export async function nestedFragments(f: FragmentShape, _args: object, ctx: GraphQLContext) {
  return (await ctx.upstream.call('ListNestedFragments', { fragment_id: f.id })).fragments;
}
