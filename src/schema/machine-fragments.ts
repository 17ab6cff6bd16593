/** Robot.fragments / resolvedFragments and Fragment.nestedFragments: fragments as machines use them, resolved upstream. */
import { builder } from './builder.ts';
import { FragmentRef, RobotRef } from './refs.ts';
import { nestedFragments, resolvedConfig, robotFragments, robotResolvedFragments, type ResolvedFragmentShape } from '../resolvers/machine-fragments.ts';
import type { FragmentError__Output } from '../generated/viam/app/v1/FragmentError.ts';

const FragmentErrorTypeEnum = builder.enumType('FragmentErrorType', {
  description: 'Why a fragment could not be resolved.',
  values: {
    NO_ACCESS: { value: 'FRAGMENT_ERROR_TYPE_NO_ACCESS', description: 'Private to another organization, or private and this key may not read it (no config, no revision).' },
    NESTING_LIMIT_EXCEEDED: { value: 'FRAGMENT_ERROR_TYPE_NESTING_LIMIT_EXCEEDED', description: 'Included too many levels deep.' },
    CHILD_ID_INVALID: { value: 'FRAGMENT_ERROR_TYPE_CHILD_ID_INVALID', description: 'No such fragment, or no such revision or tag.' },
    CYCLE_DETECTED: { value: 'FRAGMENT_ERROR_TYPE_CYCLE_DETECTED', description: 'It includes a fragment that already includes it.' },
    UNSPECIFIED: { value: 'FRAGMENT_ERROR_TYPE_UNSPECIFIED', description: 'The upstream did not say.' },
  } as const,
});

const FragmentErrorRef = builder.objectRef<FragmentError__Output>('FragmentError').implement({
  description: 'A value without identity: what went wrong resolving one fragment.',
  fields: (t) => ({
    type: t.field({ type: FragmentErrorTypeEnum, nullable: false, description: 'Kind of error.', resolve: (e) => e.error_type }),
    fragmentId: t.exposeID('fragment_id', { nullable: false, description: 'The fragment the error is about (for a cycle: the one it leads back to).' }),
    detail: t.exposeString('detail', { nullable: false, description: 'Explanation.' }),
  }),
});

const ResolvedFragmentRef = builder.objectRef<ResolvedFragmentShape>('ResolvedFragment').implement({
  description: 'A value without identity: a fragment a machine uses as resolved for that machine now, at the revision its config pins (or the current one), or the error resolving it. The fragment itself is `fragment`.',
  fields: (t) => ({
    fragmentId: t.exposeID('fragment_id', { nullable: false, description: 'The fragment.' }),
    fragment: t.field({ type: FragmentRef, description: 'The fragment now; null when it is gone or out of reach.', resolve: (r) => r.fragment }),
    revision: t.string({ description: 'The revision resolved; null on error.', resolve: (r) => r.revision || null }),
    config: t.field({ type: 'JSON', description: "That revision's config; null on error.", resolve: resolvedConfig }),
    error: t.field({ type: FragmentErrorRef, description: 'Why it could not be (fully) resolved; null when fine.', resolve: (r) => r.error }),
  }),
});

builder.objectFields(RobotRef, (t) => ({
  fragments: t.field({
    type: [FragmentRef],
    nullable: false,
    description: "Fragments the robot's parts use, nested ones included (ListMachineFragments; all robots of a request in one wave).",
    resolve: robotFragments,
  }),
  resolvedFragments: t.field({
    type: [ResolvedFragmentRef],
    nullable: false,
    description: 'Each fragment the parts use, resolved: revision, config, error (same ListMachineFragments call as `fragments`).',
    resolve: robotResolvedFragments,
  }),
}));

builder.objectField(FragmentRef, 'nestedFragments', (t) =>
  t.field({
    type: [FragmentRef],
    nullable: false,
    description: 'Fragments this one includes, at any depth (ListNestedFragments).',
    resolve: nestedFragments,
  }),
);
