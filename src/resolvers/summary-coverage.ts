/**
 * Which selections of `Organization.locations` ListMachineSummaries can answer alone: the fleet
 * tree with ids, names, main parts, online state, last access and what robots report of parts. A selection reaching
 * for anything else (a robot's own online state, created dates, secrets, back edges, ...) takes
 * the per-RPC path. Fragments count as what they select; @skip/@include are not evaluated, so a
 * field they may drop still counts (the answer is then right, only not the cheapest).
 */
import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** A GraphQL object type and its fields that a summary answers; null marks a leaf. */
interface Covered {
  type: string;
  fields: ReadonlyMap<string, Covered | null>;
}

const leaves = (...names: string[]) => names.map((name) => [name, null] as const);

const PART: Covered = {
  type: 'RobotPart',
  fields: new Map(leaves(
      '__typename', 'id', 'name', 'mainPart', 'onlineState', 'lastAccess', 'secondsSinceOnline',
      'lastOnline', 'viamServerVersion', 'viamAgentVersion', 'os', 'platform', 'publicIpAddress',
    )),
};
const ROBOT: Covered = {
  type: 'Robot',
  fields: new Map<string, Covered | null>([...leaves('__typename', 'id', 'name'), ['parts', PART], ['mainPart', PART]]),
};
const LOCATION: Covered = {
  type: 'Location',
  fields: new Map<string, Covered | null>([...leaves('__typename', 'id', 'name'), ['robots', ROBOT]]),
};

function covers(covered: Covered, selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>): boolean {
  return selectionSet.selections.every((selection) => {
    switch (selection.kind) {
      case Kind.FIELD: {
        const child = covered.fields.get(selection.name.value);
        if (child === undefined || selection.arguments?.length) return false;
        return child === null || (selection.selectionSet !== undefined && covers(child, selection.selectionSet, fragments));
      }
      case Kind.INLINE_FRAGMENT:
        return (!selection.typeCondition || selection.typeCondition.name.value === covered.type) && covers(covered, selection.selectionSet, fragments);
      case Kind.FRAGMENT_SPREAD: {
        // Validation has rejected unknown fragments and cycles before execution.
        const fragment = fragments[selection.name.value];
        return fragment !== undefined && fragment.typeCondition.name.value === covered.type && covers(covered, fragment.selectionSet, fragments);
      }
      default:
        return false;
    }
  });
}

/** Whether the locations field being resolved asks only for what ListMachineSummaries returns. */
export function answeredByMachineSummaries(info: GraphQLResolveInfo): boolean {
  return locationsAnsweredBySummaries(info.fieldNodes, info.fragments);
}

/** The same for the nodes of a locations field not yet being resolved (child-loads.ts). */
export function locationsAnsweredBySummaries(fieldNodes: readonly FieldNode[], fragments: Record<string, FragmentDefinitionNode>): boolean {
  return fieldNodes.every((node) => node.selectionSet !== undefined && covers(LOCATION, node.selectionSet, fragments));
}
