/** Fragments: reusable pieces of robot config, private or public. */
import crypto from 'node:crypto';
import type { Db } from './db.ts';
import type { HandlerMap } from './rpc.ts';
import { appService } from './rpc.ts';
import type { ApiKeyCaller } from './auth.ts';
import { authorize, organizationScope, roleFor } from './access.ts';
import { conflict, failedPrecondition, invalidArgument, notFound, permissionDenied } from './errors.ts';
import { requestedEnum, requireId, requireName, requireStruct } from './validate.ts';
import { fromTimestamp, toStruct, toTimestamp, type JsonObject } from '../wire/struct.ts';
import type { Fragment } from '../generated/viam/app/v1/Fragment.ts';
import type { FragmentVisibility__Output } from '../generated/viam/app/v1/FragmentVisibility.ts';
import type { ListFragmentsRequest__Output } from '../generated/viam/app/v1/ListFragmentsRequest.ts';
import type { ListFragmentsResponse } from '../generated/viam/app/v1/ListFragmentsResponse.ts';
import type { CreateFragmentRequest__Output } from '../generated/viam/app/v1/CreateFragmentRequest.ts';
import type { CreateFragmentResponse } from '../generated/viam/app/v1/CreateFragmentResponse.ts';
import type { GetFragmentRequest__Output } from '../generated/viam/app/v1/GetFragmentRequest.ts';
import type { GetFragmentResponse } from '../generated/viam/app/v1/GetFragmentResponse.ts';
import type { UpdateFragmentRequest__Output } from '../generated/viam/app/v1/UpdateFragmentRequest.ts';
import type { UpdateFragmentResponse } from '../generated/viam/app/v1/UpdateFragmentResponse.ts';
import type { DeleteFragmentRequest__Output } from '../generated/viam/app/v1/DeleteFragmentRequest.ts';
import type { DeleteFragmentResponse } from '../generated/viam/app/v1/DeleteFragmentResponse.ts';
import { recordRevision, requireVersion, revisionsOf, tagsOf, usageOfAll } from './fragment-revisions.ts';
import { MAX_FRAGMENT_LIST_BYTES, fragmentConfigWithin, listedBytes, requirePublicFragmentRoom } from './fragment-limits.ts';

const VISIBILITY = {
  unspecified: 'FRAGMENT_VISIBILITY_UNSPECIFIED',
  known: ['FRAGMENT_VISIBILITY_PRIVATE', 'FRAGMENT_VISIBILITY_PUBLIC', 'FRAGMENT_VISIBILITY_PUBLIC_UNLISTED'],
  what: 'fragment visibility',
} as const;
type StoredVisibility = (typeof VISIBILITY.known)[number];

export interface FragmentRow {
  id: string;
  organization_id: string;
  name: string;
  config: string;
  visibility: StoredVisibility;
  created_on: number;
  last_updated: number;
  revision: number;
}

export function insertFragment(
  db: Db,
  organizationId: string,
  name: string,
  config: JsonObject,
  visibility = 'FRAGMENT_VISIBILITY_PRIVATE',
  editor: ApiKeyCaller | null = null,
): string {
  const id = crypto.randomUUID();
  const now = Date.now();
  db.prepare('INSERT INTO fragments (id, organization_id, name, config, visibility, created_on, last_updated) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    id,
    organizationId,
    name,
    JSON.stringify(config),
    visibility,
    now,
    now,
  );
  recordRevision(db, id, editor);
  return id;
}

/** A visibility from a request; UNSPECIFIED (the proto default) means "not given". */
const requestedVisibility = (field: string, value: FragmentVisibility__Output | number | undefined) => requestedEnum(field, value, VISIBILITY);

export const isPublic = (visibility: string) => visibility !== 'FRAGMENT_VISIBILITY_PRIVATE';

interface FragmentUsage {
  parts: number;
  partIds: string[];
  /** Parts using it, per organization of the part. */
  partsByOrganization: Map<string, number>;
}

/** The parts and organizations other than `ownerId` that use a fragment: their configs pin it, and only they can edit them. */
function usedOutside(used: FragmentUsage, ownerId: string): { parts: number; organizations: number } {
  const others = [...used.partsByOrganization].filter(([organizationId]) => organizationId !== ownerId);
  return { parts: others.reduce((sum, [, parts]) => sum + parts, 0), organizations: others.length };
}

/**
 * Which parts use the fragments: a part uses a fragment when the top-level "fragments" array of
 * its config names it, either as the id itself or as `{"id": ...}` (both forms exist in RDK configs).
 */
export function fragmentUsage(db: Db, fragmentIds: string[]): Map<string, FragmentUsage> {
  const usage = new Map<string, FragmentUsage>(fragmentIds.map((id) => [id, { parts: 0, partIds: [], partsByOrganization: new Map<string, number>() }]));
  if (fragmentIds.length === 0) return usage;
  const rows = db
    .prepare(
      `SELECT DISTINCT p.id AS part_id, l.organization_id,
              CASE j.type WHEN 'text' THEN j.value WHEN 'object' THEN json_extract(j.value, '$.id') END AS fragment_id
         FROM robot_parts p
         JOIN robots r ON r.id = p.robot_id
         JOIN locations l ON l.id = r.location_id,
              json_each(p.robot_config, '$.fragments') j
        WHERE fragment_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(fragmentIds)) as { part_id: string; organization_id: string; fragment_id: string }[];
  for (const row of rows) {
    const entry = usage.get(row.fragment_id)!;
    entry.parts += 1;
    entry.partIds.push(row.part_id);
    entry.partsByOrganization.set(row.organization_id, (entry.partsByOrganization.get(row.organization_id) ?? 0) + 1);
  }
  return usage;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The fragment ids a config names: its `fragments` list (ids or `{"id": ...}`) and its `fragment_mods` (`{"fragment_id": ...}`). */
function referencedFragments(field: string, config: JsonObject): { field: string; id: string }[] {
  const refs: { field: string; id: string }[] = [];
  const list = (key: string) => {
    const value = config[key];
    if (value === undefined) return [];
    if (!Array.isArray(value)) throw invalidArgument(`${field}.${key} must be a list`);
    return value;
  };
  list('fragments').forEach((item, i) => {
    const id = typeof item === 'string' ? item : item !== null && typeof item === 'object' && !Array.isArray(item) ? item.id : undefined;
    refs.push({ field: `${field}.fragments[${i}]`, id: typeof id === 'string' ? id : '' });
  });
  list('fragment_mods').forEach((item, i) => {
    const id = item !== null && typeof item === 'object' && !Array.isArray(item) ? item.fragment_id : undefined;
    refs.push({ field: `${field}.fragment_mods[${i}].fragment_id`, id: typeof id === 'string' ? id : '' });
  });
  return refs;
}

/**
 * A config stored in `organizationId` (a part's, or a fragment's) may name only fragments that
 * exist, that the caller may read (`mayReadFragment`, else the config would hand their content
 * to whoever reads the part's resolved fragments) and that the organization may use: its own, or
 * public and unlisted ones of others (as in Viam; otherwise another organization's private
 * fragment could be pinned so that its owner can never delete it). A fragment the caller may not
 * read gets the same answer as an id that names nothing, so the answer tells nothing about it.
 * Fragments the stored config (`before`) already names stay allowed, so a robot owner can edit a
 * config that uses the organization's private fragments; reading them is checked at read time.
 */
export function requireUsableFragments(db: Db, caller: ApiKeyCaller, organizationId: string, field: string, config: JsonObject, before: JsonObject = {}): void {
  const find = db.prepare('SELECT * FROM fragments WHERE id = ?');
  const named = new Set(alreadyNamed(field, before));
  for (const ref of referencedFragments(field, config)) {
    if (!UUID.test(ref.id)) throw invalidArgument(`${ref.field} must be a fragment id (a UUID) or {"id": "<fragment id>"}`);
    const id = ref.id.toLowerCase();
    const row = find.get(id) as FragmentRow | undefined;
    if (!row || !(named.has(id) || mayReadFragment(db, caller, row))) throw invalidArgument(`${ref.field}: fragment ${ref.id} not found`);
    if (!usableIn(row, organizationId)) {
      throw permissionDenied(`${ref.field}: fragment ${ref.id} is private to its organization; a config in another organization may name only public or unlisted fragments`);
    }
  }
}

/** The fragment ids a stored config names; none when it is malformed (stored before the checks existed). */
function alreadyNamed(field: string, stored: JsonObject): string[] {
  try {
    return referencedFragments(field, stored).map((ref) => ref.id.toLowerCase());
  } catch {
    return [];
  }
}

/** Whether a config of `organizationId` may name the fragment: its own, or a public or unlisted one. */
export const usableIn = (row: FragmentRow, organizationId: string) => row.organization_id === organizationId || isPublic(row.visibility);

export function fragmentMessages(db: Db, rows: FragmentRow[]): Fragment[] {
  const usage = fragmentUsage(db, rows.map((row) => row.id));
  const orgName = db.prepare('SELECT name FROM organizations WHERE id = ?');
  const names = new Map<string, string>();
  return rows.map((row) => {
    if (!names.has(row.organization_id)) names.set(row.organization_id, (orgName.get(row.organization_id) as { name: string }).name);
    const used = usage.get(row.id)!;
    return {
      id: row.id,
      name: row.name,
      fragment: toStruct(JSON.parse(row.config) as JsonObject),
      organization_owner: row.organization_id,
      public: isPublic(row.visibility),
      created_on: toTimestamp(row.created_on),
      organization_name: names.get(row.organization_id)!,
      robot_part_count: used.parts,
      organization_count: used.partsByOrganization.size,
      only_used_by_owner: usedOutside(used, row.organization_id).organizations === 0,
      visibility: row.visibility,
      last_updated: toTimestamp(row.last_updated),
      revision: String(row.revision),
    };
  });
}

export function getFragmentRow(db: Db, id: string): FragmentRow {
  const row = db.prepare('SELECT * FROM fragments WHERE id = ?').get(id) as FragmentRow | undefined;
  if (!row) throw notFound(`fragment ${id} not found`);
  return row;
}

/**
 * Who reads a fragment: any key a public or unlisted one, else a role on the fragment's
 * organization itself (a role on one of its locations or robots, or a location shared with the
 * caller's organization, does not read its fragments).
 */
export const mayReadFragment = (db: Db, caller: ApiKeyCaller, row: FragmentRow): boolean =>
  isPublic(row.visibility) || roleFor(db, caller, organizationScope(db, row.organization_id)) !== null;

/** `mayReadFragment`, or PERMISSION_DENIED the way `authorize` says it. */
export function authorizeRead(db: Db, caller: ApiKeyCaller, row: FragmentRow): void {
  if (!mayReadFragment(db, caller, row)) authorize(db, caller, 'operator', organizationScope(db, row.organization_id));
}

export const fragmentRpcs: HandlerMap = {
  ListFragments: appService.unary<ListFragmentsRequest__Output, ListFragmentsResponse>((request, { db, caller }) => {
    const organizationId = requireId('organization_id', request.organization_id);
    authorize(db, caller, 'operator', organizationScope(db, organizationId));
    const wanted = new Set(
      request.fragment_visibility.map((v, i) => requestedVisibility(`fragment_visibility[${i}]`, v)).filter((v): v is StoredVisibility => v !== null),
    );
    const keep = (visibility: StoredVisibility) => wanted.size === 0 || wanted.has(visibility);
    const own = (db.prepare('SELECT * FROM fragments WHERE organization_id = ? ORDER BY created_on, id').all(organizationId) as FragmentRow[]).filter((row) => keep(row.visibility));
    const selected = [...own];
    if (request.show_public && keep('FRAGMENT_VISIBILITY_PUBLIC')) {
      // Other organizations' public fragments, newest first, while the answer stays within its budget.
      let budget = MAX_FRAGMENT_LIST_BYTES - own.reduce((sum, row) => sum + listedBytes(row), 0);
      const others = db.prepare(
        "SELECT * FROM fragments WHERE organization_id != ? AND visibility = 'FRAGMENT_VISIBILITY_PUBLIC' ORDER BY created_on DESC, id",
      );
      for (const row of others.iterate(organizationId) as IterableIterator<FragmentRow>) {
        budget -= listedBytes(row);
        if (budget < 0) break;
        selected.push(row);
      }
    }
    return { fragments: fragmentMessages(db, selected) };
  }),

  CreateFragment: appService.unary<CreateFragmentRequest__Output, CreateFragmentResponse>((request, { db, caller }) => {
    const organizationId = requireId('organization_id', request.organization_id);
    authorize(db, caller, 'owner', organizationScope(db, organizationId));
    const name = requireName('name', request.name);
    const visibility = requestedVisibility('visibility', request.visibility) ?? 'FRAGMENT_VISIBILITY_PRIVATE';
    const config = requireStruct('config', request.config);
    fragmentConfigWithin('config', config);
    requireUsableFragments(db, caller, organizationId, 'config', config);
    if (visibility === 'FRAGMENT_VISIBILITY_PUBLIC') requirePublicFragmentRoom(db, organizationId);
    const id = insertFragment(db, organizationId, name, config, visibility, caller);
    return { fragment: fragmentMessages(db, [getFragmentRow(db, id)])[0]! };
  }),

  GetFragment: appService.unary<GetFragmentRequest__Output, GetFragmentResponse>((request, { db, caller }) => {
    const id = requireId('id', request.id);
    const row = getFragmentRow(db, id);
    authorizeRead(db, caller, row);
    const version = request.version ? requireVersion(db, row, request.version) : row;
    return {
      fragment: fragmentMessages(db, [version])[0]!,
      revisions: revisionsOf(db, id),
      tags: tagsOf(db, id),
      fragment_usage: usageOfAll(db, row),
    };
  }),

  UpdateFragment: appService.unary<UpdateFragmentRequest__Output, UpdateFragmentResponse>((request, { db, caller }) => {
    const id = requireId('id', request.id);
    const row = getFragmentRow(db, id);
    authorize(db, caller, 'owner', organizationScope(db, row.organization_id));
    const name = requireName('name', request.name);
    let visibility = requestedVisibility('visibility', request.visibility);
    if (request.public !== undefined) {
      const fromPublic: StoredVisibility = request.public ? 'FRAGMENT_VISIBILITY_PUBLIC' : 'FRAGMENT_VISIBILITY_PRIVATE';
      if (visibility !== null && isPublic(visibility) !== request.public) {
        throw invalidArgument(`public (${request.public}) contradicts visibility (${visibility})`);
      }
      visibility ??= fromPublic;
    }
    if (request.last_known_update) {
      const known = fromTimestamp(request.last_known_update)!.getTime();
      if (row.last_updated > known) {
        throw conflict(`last_known_update: the fragment was changed at ${new Date(row.last_updated).toISOString()}, after ${new Date(known).toISOString()}; read it again before updating`);
      }
    }
    // A missing config leaves the stored one unchanged, as Viam's SDKs document.
    let config = row.config;
    if (request.config) {
      const given = requireStruct('config', request.config);
      config = fragmentConfigWithin('config', given);
      requireUsableFragments(db, caller, row.organization_id, 'config', given, JSON.parse(row.config) as JsonObject);
    }
    if (visibility === 'FRAGMENT_VISIBILITY_PUBLIC' && row.visibility !== visibility) requirePublicFragmentRoom(db, row.organization_id);
    // Made private while other organizations use it, it would be pinned for good (see requireUsableFragments).
    if (visibility !== null && !isPublic(visibility) && isPublic(row.visibility)) {
      const others = usedOutside(fragmentUsage(db, [id]).get(id)!, row.organization_id);
      if (others.organizations > 0) {
        throw failedPrecondition(
          `visibility: fragment ${id} is used by ${others.parts} robot part(s) in ${others.organizations} other organization(s); ` +
            'it cannot become private until they remove it from their configs',
        );
      }
    }
    // Strictly later than before, so last_known_update always tells two revisions apart.
    const lastUpdated = Math.max(Date.now(), row.last_updated + 1);
    db.prepare('UPDATE fragments SET name = ?, config = ?, visibility = ?, last_updated = ?, revision = revision + 1 WHERE id = ?').run(
      name,
      config,
      visibility ?? row.visibility,
      lastUpdated,
      id,
    );
    recordRevision(db, id, caller);
    return { fragment: fragmentMessages(db, [getFragmentRow(db, id)])[0]! };
  }),

  DeleteFragment: appService.unary<DeleteFragmentRequest__Output, DeleteFragmentResponse>((request, { db, caller }) => {
    const id = requireId('id', request.id);
    const row = getFragmentRow(db, id);
    authorize(db, caller, 'owner', organizationScope(db, row.organization_id));
    const used = fragmentUsage(db, [id]).get(id)!;
    if (used.parts > 0) {
      const others = usedOutside(used, row.organization_id);
      if (others.parts === 0) throw failedPrecondition(`fragment ${id} is still used by ${used.parts} robot part(s); remove it from their configs first`);
      const own = used.parts > others.parts ? "remove it from your parts' configs and " : '';
      throw failedPrecondition(
        `fragment ${id} is still used by ${used.parts} robot part(s), ${others.parts} of them in ${others.organizations} other organization(s), ` +
          `whose configs only they can edit; ${own}ask them to remove it from theirs first`,
      );
    }
    db.prepare('DELETE FROM fragments WHERE id = ?').run(id);
    return {};
  }),
};
