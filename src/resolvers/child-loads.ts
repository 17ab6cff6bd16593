/**
 * Early child loads. A field that hands an object over by id (`organization(id)`, `robot(id)`,
 * ...) makes GraphQL wait for that object's own fetch (GetOrganization, GetRobot) before any of its
 * fields run, so fields that need only the id (an organization's locations, a robot's parts, its
 * metadata) would go upstream one wave later than they must. `withChildLoads` starts their loads
 * together with the object's own; when the child field runs it asks the same per-operation loader
 * and finds its answer on the way. When the object itself fails (NOT_FOUND, PERMISSION_DENIED) its
 * fields never run: the early answers are dropped unread and the error stays on the object's field.
 */
import { GraphQLIncludeDirective, GraphQLSkipDirective, getDirectiveValues, getNamedType, isAbstractType, Kind } from 'graphql';
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import type { GraphQLContext } from '../context.ts';
import { batching } from './operation-cache.ts';

/** Starts the load a child field will ask for; `fieldNodes` are that field's nodes (for what it selects). */
export type ChildLoad = (ctx: GraphQLContext, id: string, fieldNodes: readonly FieldNode[], fragments: Record<string, FragmentDefinitionNode>) => Promise<unknown> | void;

/** Whether @skip/@include leave the node in, as the executor decides it. */
function included(node: Parameters<typeof getDirectiveValues>[1], variables: Record<string, unknown>): boolean {
  if (!node.directives?.length) return true;
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.['if'] === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.['if'] !== false;
}

/** The fields selected on the object `info`'s field returns, by response key (fragments and skip/include applied). */
function selectedFields(info: GraphQLResolveInfo): Map<string, FieldNode[]> {
  const typeName = getNamedType(info.returnType).name;
  const matches = (condition: string | undefined) => {
    if (condition === undefined || condition === typeName) return true;
    const type = info.schema.getType(condition);
    return type !== undefined && isAbstractType(type) && info.schema.getPossibleTypes(type).some((t) => t.name === typeName);
  };
  const fields = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  const walk = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (!included(selection, info.variableValues)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        fields.set(key, [...(fields.get(key) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (matches(selection.typeCondition?.name.value)) walk(selection.selectionSet);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment && !visited.has(fragment.name.value) && matches(fragment.typeCondition.name.value)) {
          visited.add(fragment.name.value);
          walk(fragment.selectionSet);
        }
      }
    }
  };
  for (const node of info.fieldNodes) if (node.selectionSet) walk(node.selectionSet);
  return fields;
}

/** Starts the loads of the selected child fields that have one in `loads`. */
export function startChildLoads(ctx: GraphQLContext, id: string, info: GraphQLResolveInfo, loads: Readonly<Record<string, ChildLoad>>): void {
  // Without the per-operation cache (batching: false) the child field would fetch again.
  if (!batching()) return;
  for (const nodes of selectedFields(info).values()) {
    const early = loads[nodes[0]!.name.value]?.(ctx, id, nodes, info.fragments);
    // Read (and its error reported) by the child field, if the object lets it run.
    early?.catch(() => {});
  }
}

/** A resolver handing over the object with id `idOf(...)`, its children's loads started alongside. */
export function withChildLoads<P, A>(idOf: (parent: P, args: A) => string | null, loads: Readonly<Record<string, ChildLoad>>) {
  return (parent: P, args: A, ctx: GraphQLContext, info: GraphQLResolveInfo): string | null => {
    const id = idOf(parent, args);
    if (id) startChildLoads(ctx, id, info, loads);
    return id;
  };
}
