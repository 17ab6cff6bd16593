/**
 * Which fragments a machine (or a fragment) uses, resolved: the `fragments` lists of the parts'
 * configs, then of those fragments' configs (nested fragments), each at the version it is pinned
 * to or at its current revision. A fragment that cannot be used (gone, private to another
 * organization, not readable by the caller, unknown version, in a cycle, nested too deep) is
 * reported as an error on that fragment, without its config or revision; the call itself succeeds.
 */
import type { Db } from './db.ts';
import type { HandlerMap } from './rpc.ts';
import { appService } from './rpc.ts';
import { authorize, robotScope } from './access.ts';
import { invalidArgument } from './errors.ts';
import { optionalId, requireId, requireMaxItems } from './validate.ts';
import { authorizeRead, fragmentMessages, getFragmentRow, mayReadFragment, usableIn, type FragmentRow } from './fragments.ts';
import type { ApiKeyCaller } from './auth.ts';
import { findVersion } from './fragment-revisions.ts';
import { toStruct, type JsonObject } from '../wire/struct.ts';
import type { Fragment } from '../generated/viam/app/v1/Fragment.ts';
import type { ResolvedFragment } from '../generated/viam/app/v1/ResolvedFragment.ts';
import type { FragmentErrorType } from '../generated/viam/app/v1/FragmentErrorType.ts';
import type { AdditionalFragment__Output } from '../generated/viam/app/v1/AdditionalFragment.ts';
import type { ListMachineFragmentsRequest__Output } from '../generated/viam/app/v1/ListMachineFragmentsRequest.ts';
import type { ListMachineFragmentsResponse } from '../generated/viam/app/v1/ListMachineFragmentsResponse.ts';
import type { ListNestedFragmentsRequest__Output } from '../generated/viam/app/v1/ListNestedFragmentsRequest.ts';
import type { ListNestedFragmentsResponse } from '../generated/viam/app/v1/ListNestedFragmentsResponse.ts';

/** How deep fragments may include fragments (a part's own fragments are depth 1). */
export const MAX_FRAGMENT_NESTING = 5;
/** Most fragments a request may add to what the configs name. */
export const MAX_ADDITIONAL_FRAGMENTS = 100;

interface FragmentRef {
  id: string;
  version: string | null;
}

/** The fragments a config's `fragments` list names: ids, or `{"id": ..., "version": ...}`. */
function referencesOf(config: JsonObject): FragmentRef[] {
  const list = config.fragments;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item): FragmentRef[] => {
    if (typeof item === 'string') return [{ id: item.toLowerCase(), version: null }];
    if (item === null || typeof item !== 'object' || Array.isArray(item) || typeof item.id !== 'string') return [];
    const version = typeof item.version === 'string' || typeof item.version === 'number' ? String(item.version) : null;
    return [{ id: item.id.toLowerCase(), version: version || null }];
  });
}

const failed = (fragmentId: string, type: FragmentErrorType, errorFragmentId: string, detail: string): ResolvedFragment => ({
  fragment_id: fragmentId,
  error: { error_type: type, fragment_id: errorFragmentId, detail },
});

interface Resolution {
  fragments: Fragment[];
  resolved_fragments: ResolvedFragment[];
}

/**
 * Resolves `roots` and everything they include, depth first, each fragment once (the first way
 * it is reached decides its version). `organizationId` is the organization whose config names
 * them: it may use its own fragments and public or unlisted ones of others. The caller gets the
 * config (and revision) only of fragments it may read itself, as GetFragment decides: a robot's
 * config naming a fragment does not make it readable to everyone who reads the robot.
 */
function resolveFragments(db: Db, caller: ApiKeyCaller, organizationId: string, roots: FragmentRef[], ancestorsOfRoots: string[] = []): Resolution {
  const find = db.prepare('SELECT * FROM fragments WHERE id = ?');
  const resolved = new Map<string, ResolvedFragment>();
  const rows: FragmentRow[] = [];
  const visit = (ref: FragmentRef, ancestors: string[]): void => {
    if (resolved.has(ref.id) || ancestors.includes(ref.id)) return;
    const depth = ancestors.length - ancestorsOfRoots.length + 1;
    const row = find.get(ref.id) as FragmentRow | undefined;
    if (!row) return void resolved.set(ref.id, failed(ref.id, 'FRAGMENT_ERROR_TYPE_CHILD_ID_INVALID', ref.id, `fragment ${ref.id} not found`));
    if (!usableIn(row, organizationId) || !mayReadFragment(db, caller, row)) {
      return void resolved.set(ref.id, failed(ref.id, 'FRAGMENT_ERROR_TYPE_NO_ACCESS', ref.id, `fragment ${ref.id} is private; this key may not read it here`));
    }
    if (depth > MAX_FRAGMENT_NESTING) {
      return void resolved.set(
        ref.id,
        failed(ref.id, 'FRAGMENT_ERROR_TYPE_NESTING_LIMIT_EXCEEDED', ref.id, `fragment ${ref.id} is nested ${depth} deep; at most ${MAX_FRAGMENT_NESTING} levels are resolved`),
      );
    }
    const atVersion = ref.version === null ? row : findVersion(db, row, ref.version);
    if (!atVersion) {
      return void resolved.set(ref.id, failed(ref.id, 'FRAGMENT_ERROR_TYPE_CHILD_ID_INVALID', ref.id, `fragment ${ref.id} has no revision or tag ${JSON.stringify(ref.version)}`));
    }
    const config = JSON.parse(atVersion.config) as JsonObject;
    const entry: ResolvedFragment = { fragment_id: row.id, resolved_config: toStruct(config), revision: String(atVersion.revision) };
    resolved.set(row.id, entry);
    rows.push(row);
    const path = [...ancestors, row.id];
    for (const child of referencesOf(config)) {
      if (path.includes(child.id)) {
        // The error goes on the fragment whose config closes the cycle, naming the fragment it leads back to.
        entry.error = {
          error_type: 'FRAGMENT_ERROR_TYPE_CYCLE_DETECTED',
          fragment_id: child.id,
          detail: `fragment ${row.id} includes fragment ${child.id}, which already includes it`,
        };
        continue;
      }
      visit(child, path);
    }
  };
  for (const root of roots) visit(root, ancestorsOfRoots);
  return { fragments: fragmentMessages(db, rows), resolved_fragments: [...resolved.values()] };
}

function additionalRefs(ids: string[], additional: AdditionalFragment__Output[]): FragmentRef[] {
  requireMaxItems('additional_fragments', [...ids, ...additional], MAX_ADDITIONAL_FRAGMENTS);
  return [
    ...ids.map((id, i) => ({ id: requireId(`additional_fragment_ids[${i}]`, id), version: null })),
    ...additional.map((f, i) => ({ id: requireId(`additional_fragments[${i}].fragment_id`, f.fragment_id), version: f.version || null })),
  ];
}

export const fragmentResolutionRpcs: HandlerMap = {
  ListMachineFragments: appService.unary<ListMachineFragmentsRequest__Output, ListMachineFragmentsResponse>((request, { db, caller }) => {
    const robotId = requireId('machine_id', request.machine_id);
    const scope = robotScope(db, robotId);
    authorize(db, caller, 'operator', scope);
    const organizationId = (
      db.prepare('SELECT l.organization_id FROM robots r JOIN locations l ON l.id = r.location_id WHERE r.id = ?').get(robotId) as { organization_id: string }
    ).organization_id;
    const configs = db.prepare('SELECT robot_config FROM robot_parts WHERE robot_id = ? ORDER BY main_part DESC, created_on, id').all(robotId) as { robot_config: string }[];
    const roots = [
      ...configs.flatMap((part) => referencesOf(JSON.parse(part.robot_config) as JsonObject)),
      ...additionalRefs(request.additional_fragment_ids, request.additional_fragments),
    ];
    return resolveFragments(db, caller, organizationId, roots);
  }),

  ListNestedFragments: appService.unary<ListNestedFragmentsRequest__Output, ListNestedFragmentsResponse>((request, { db, caller }) => {
    const fragmentId = optionalId('fragment_id', request.fragment_id);
    const roots = additionalRefs([], request.additional_fragments);
    if (!fragmentId) {
      if (roots.length === 0) throw invalidArgument('fragment_id or additional_fragments is required');
      return resolveFragments(db, caller, caller.organizationId, roots);
    }
    const row = getFragmentRow(db, fragmentId);
    authorizeRead(db, caller, row);
    const own = referencesOf(JSON.parse(row.config) as JsonObject);
    // The fragment itself is the root: it is not listed, and a fragment leading back to it is a cycle.
    return resolveFragments(db, caller, row.organization_id, [...own, ...roots], [row.id]);
  }),
};
