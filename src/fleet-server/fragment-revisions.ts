/**
 * Fragment revisions and tags: every create and update of a fragment stores a revision (its name
 * and config then, and who made it); tags name revisions; a version is a revision number or a tag.
 */
import type { Db } from './db.ts';
import type { HandlerMap } from './rpc.ts';
import { appService } from './rpc.ts';
import type { ApiKeyCaller } from './auth.ts';
import { authorize, organizationScope } from './access.ts';
import { invalidArgument, notFound, resourceExhausted } from './errors.ts';
import { requireId } from './validate.ts';
import { authorizeRead, fragmentMessages, fragmentUsage, getFragmentRow, type FragmentRow } from './fragments.ts';
import { toStruct, toTimestamp, type JsonObject } from '../wire/struct.ts';
import type { AuthenticatorInfo } from '../generated/viam/app/v1/AuthenticatorInfo.ts';
import type { FragmentRevision } from '../generated/viam/app/v1/FragmentRevision.ts';
import type { FragmentTag } from '../generated/viam/app/v1/FragmentTag.ts';
import type { FragmentUsage } from '../generated/viam/app/v1/FragmentUsage.ts';
import type { GetFragmentHistoryRequest__Output } from '../generated/viam/app/v1/GetFragmentHistoryRequest.ts';
import type { GetFragmentHistoryResponse } from '../generated/viam/app/v1/GetFragmentHistoryResponse.ts';
import type { GetFragmentUsageRequest__Output } from '../generated/viam/app/v1/GetFragmentUsageRequest.ts';
import type { GetFragmentUsageResponse } from '../generated/viam/app/v1/GetFragmentUsageResponse.ts';
import type { SetFragmentTagRequest__Output } from '../generated/viam/app/v1/SetFragmentTagRequest.ts';
import type { SetFragmentTagResponse } from '../generated/viam/app/v1/SetFragmentTagResponse.ts';
import type { DeleteFragmentTagRequest__Output } from '../generated/viam/app/v1/DeleteFragmentTagRequest.ts';
import type { DeleteFragmentTagResponse } from '../generated/viam/app/v1/DeleteFragmentTagResponse.ts';

/** A tag starts with a letter, so it can never be mistaken for a revision number. */
export const TAG_PATTERN = /^[A-Za-z][A-Za-z0-9._-]{0,63}$/;
export const MAX_TAGS_PER_FRAGMENT = 100;
export const DEFAULT_HISTORY_PAGE = 50;
export const MAX_HISTORY_PAGE = 500;

interface RevisionRow {
  fragment_id: string;
  revision: number;
  name: string;
  config: string;
  created_at: number;
  edited_by: string | null;
}

/** Stores the fragment's current state as a revision; `editor` is the key that made it (none for the demo seed). */
export function recordRevision(db: Db, fragmentId: string, editor: ApiKeyCaller | null): void {
  const row = getFragmentRow(db, fragmentId);
  const editedBy: AuthenticatorInfo | null = editor ? { type: 'AUTHENTICATION_TYPE_API_KEY', value: editor.keyId } : null;
  db.prepare('INSERT OR REPLACE INTO fragment_revisions (fragment_id, revision, name, config, created_at, edited_by) VALUES (?, ?, ?, ?, ?, ?)').run(
    row.id,
    row.revision,
    row.name,
    row.config,
    row.last_updated,
    editedBy ? JSON.stringify(editedBy) : null,
  );
}

const revisionRow = (db: Db, fragmentId: string, revision: number) =>
  db.prepare('SELECT * FROM fragment_revisions WHERE fragment_id = ? AND revision = ?').get(fragmentId, revision) as RevisionRow | undefined;

/** The fragment as it was at a revision: that revision's config, revision number and time; the rest as now. */
const atRevision = (row: FragmentRow, rev: RevisionRow): FragmentRow => ({ ...row, config: rev.config, revision: rev.revision, last_updated: rev.created_at });

/** The fragment at `version` (a revision number or a tag), or null when it has no such version. */
export function findVersion(db: Db, row: FragmentRow, version: string): FragmentRow | null {
  let revision: number | undefined;
  if (/^[0-9]{1,15}$/.test(version)) revision = Number(version);
  else revision = (db.prepare('SELECT revision FROM fragment_tags WHERE fragment_id = ? AND tag = ?').get(row.id, version) as { revision: number } | undefined)?.revision;
  if (revision === undefined) return null;
  if (revision === row.revision) return row;
  const rev = revisionRow(db, row.id, revision);
  return rev ? atRevision(row, rev) : null;
}

export function requireVersion(db: Db, row: FragmentRow, version: string): FragmentRow {
  const found = findVersion(db, row, version);
  if (!found) throw notFound(`fragment ${row.id} has no revision or tag ${JSON.stringify(version.slice(0, 64))}`);
  return found;
}

export function revisionsOf(db: Db, fragmentId: string): FragmentRevision[] {
  const rows = db.prepare('SELECT revision, created_at FROM fragment_revisions WHERE fragment_id = ? ORDER BY revision').all(fragmentId) as Pick<RevisionRow, 'revision' | 'created_at'>[];
  return rows.map((r) => ({ revision: String(r.revision), created_at: toTimestamp(r.created_at) }));
}

export function tagsOf(db: Db, fragmentId: string): FragmentTag[] {
  const rows = db.prepare('SELECT tag, revision FROM fragment_tags WHERE fragment_id = ? ORDER BY tag').all(fragmentId) as { tag: string; revision: number }[];
  return rows.map((r) => ({ tag: r.tag, revision: String(r.revision) }));
}

/**
 * Uses of a fragment by parts, one entry per version the parts' configs pin (`{"id", "version"}`);
 * the entry without a version counts the parts that follow the current revision.
 */
export function usageByVersion(db: Db, row: FragmentRow): FragmentUsage[] {
  const uses = db
    .prepare(
      `SELECT DISTINCT p.id AS part_id, r.id AS robot_id, l.organization_id,
              CASE j.type WHEN 'object' THEN json_extract(j.value, '$.version') END AS version
         FROM robot_parts p
         JOIN robots r ON r.id = p.robot_id
         JOIN locations l ON l.id = r.location_id,
              json_each(p.robot_config, '$.fragments') j
        WHERE (CASE j.type WHEN 'text' THEN j.value WHEN 'object' THEN json_extract(j.value, '$.id') END) = ?`,
    )
    .all(row.id) as { part_id: string; robot_id: string; organization_id: string; version: unknown }[];
  const byVersion = new Map<string, { machines: Set<string>; organizations: Set<string>; own: Set<string> }>();
  for (const use of uses) {
    const version = typeof use.version === 'string' || typeof use.version === 'number' ? String(use.version) : '';
    const entry = byVersion.get(version) ?? { machines: new Set(), organizations: new Set(), own: new Set() };
    byVersion.set(version, entry);
    entry.machines.add(use.robot_id);
    entry.organizations.add(use.organization_id);
    if (use.organization_id === row.organization_id) entry.own.add(use.robot_id);
  }
  return [...byVersion.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([version, entry]) => ({
      fragment_id: row.id,
      organizations: entry.organizations.size,
      machines: entry.machines.size,
      machines_in_current_org: entry.own.size,
      ...(version ? { version } : {}),
    }));
}

/** All uses of a fragment, whatever version they pin (GetFragment's fragment_usage). */
export function usageOfAll(db: Db, row: FragmentRow): FragmentUsage {
  const used = fragmentUsage(db, [row.id]).get(row.id)!;
  const machines = db
    .prepare(
      `SELECT COUNT(DISTINCT r.id) AS all_machines, COUNT(DISTINCT CASE WHEN l.organization_id = ? THEN r.id END) AS own_machines
         FROM robot_parts p JOIN robots r ON r.id = p.robot_id JOIN locations l ON l.id = r.location_id
        WHERE p.id IN (SELECT value FROM json_each(?))`,
    )
    .get(row.organization_id, JSON.stringify(used.partIds)) as { all_machines: number; own_machines: number };
  return { fragment_id: row.id, organizations: used.partsByOrganization.size, machines: machines.all_machines, machines_in_current_org: machines.own_machines };
}

function requireTag(tag: string | undefined): string {
  if (!tag) throw invalidArgument('tag is required');
  if (!TAG_PATTERN.test(tag)) {
    throw invalidArgument(`tag ${JSON.stringify(tag.slice(0, 80))} must start with a letter and have at most 64 letters, digits, dots, dashes and underscores`);
  }
  return tag;
}

function historyPage(request: GetFragmentHistoryRequest__Output): { before: number; limit: number } {
  const limit = request.page_limit ?? DEFAULT_HISTORY_PAGE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_HISTORY_PAGE) throw invalidArgument(`page_limit must be 1 to ${MAX_HISTORY_PAGE}, got ${limit}`);
  const token = request.page_token ?? '';
  if (token !== '' && !/^[0-9]{1,15}$/.test(token)) throw invalidArgument('page_token is not one this server issued');
  return { before: token === '' ? Number.MAX_SAFE_INTEGER : Number(token), limit };
}

export const fragmentRevisionRpcs: HandlerMap = {
  GetFragmentHistory: appService.unary<GetFragmentHistoryRequest__Output, GetFragmentHistoryResponse>((request, { db, caller }) => {
    const row = getFragmentRow(db, requireId('id', request.id));
    authorizeRead(db, caller, row);
    const { before, limit } = historyPage(request);
    // One more than asked, to know whether a next page exists.
    const rows = db
      .prepare('SELECT * FROM fragment_revisions WHERE fragment_id = ? AND revision < ? ORDER BY revision DESC LIMIT ?')
      .all(row.id, before, limit + 1) as RevisionRow[];
    const page = rows.slice(0, limit);
    const previous = page.map((rev) => revisionRow(db, row.id, rev.revision - 1));
    // All the page's old versions in one fragmentMessages call: one usage scan, not one per entry.
    const olds = fragmentMessages(db, previous.filter((p) => p !== undefined).map((p) => ({ ...atRevision(row, p), name: p.name })));
    let nextOld = 0;
    return {
      history: page.map((rev, i) => {
        const old = previous[i] ? olds[nextOld++] : undefined;
        return {
          fragment: row.id,
          revision: String(rev.revision),
          config: toStruct(JSON.parse(rev.config) as JsonObject),
          edited_on: toTimestamp(rev.created_at),
          ...(rev.edited_by ? { edited_by: JSON.parse(rev.edited_by) as AuthenticatorInfo } : {}),
          ...(old ? { old } : {}),
        };
      }),
      next_page_token: rows.length > limit ? String(page.at(-1)!.revision) : '',
    };
  }),

  GetFragmentUsage: appService.unary<GetFragmentUsageRequest__Output, GetFragmentUsageResponse>((request, { db, caller }) => {
    const row = getFragmentRow(db, requireId('fragment_id', request.fragment_id));
    authorizeRead(db, caller, row);
    return { version_usages: usageByVersion(db, row) };
  }),

  SetFragmentTag: appService.unary<SetFragmentTagRequest__Output, SetFragmentTagResponse>((request, { db, caller }) => {
    const row = getFragmentRow(db, requireId('fragment_id', request.fragment_id));
    authorize(db, caller, 'owner', organizationScope(db, row.organization_id));
    const tag = requireTag(request.tag);
    if (!/^[0-9]{1,15}$/.test(request.revision)) throw invalidArgument(`revision must be a revision number, got ${JSON.stringify(request.revision.slice(0, 64))}`);
    const revision = Number(request.revision);
    if (!revisionRow(db, row.id, revision)) throw notFound(`fragment ${row.id} has no revision ${revision} (current revision is ${row.revision})`);
    const exists = db.prepare('SELECT 1 FROM fragment_tags WHERE fragment_id = ? AND tag = ?').get(row.id, tag);
    const count = (db.prepare('SELECT COUNT(*) AS n FROM fragment_tags WHERE fragment_id = ?').get(row.id) as { n: number }).n;
    if (!exists && count >= MAX_TAGS_PER_FRAGMENT) throw resourceExhausted(`fragment ${row.id} already has ${MAX_TAGS_PER_FRAGMENT} tags, the most it may have`);
    db.prepare('INSERT INTO fragment_tags (fragment_id, tag, revision) VALUES (?, ?, ?) ON CONFLICT(fragment_id, tag) DO UPDATE SET revision = excluded.revision').run(
      row.id,
      tag,
      revision,
    );
    return { tags: tagsOf(db, row.id) };
  }),

  DeleteFragmentTag: appService.unary<DeleteFragmentTagRequest__Output, DeleteFragmentTagResponse>((request, { db, caller }) => {
    const row = getFragmentRow(db, requireId('fragment_id', request.fragment_id));
    authorize(db, caller, 'owner', organizationScope(db, row.organization_id));
    const tag = requireTag(request.tag);
    const { changes } = db.prepare('DELETE FROM fragment_tags WHERE fragment_id = ? AND tag = ?').run(row.id, tag);
    if (changes === 0) throw notFound(`fragment ${row.id} has no tag ${JSON.stringify(tag)}`);
    return { tags: tagsOf(db, row.id) };
  }),
};
