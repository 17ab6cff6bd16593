/**
 * Changing and deleting organizations (UpdateOrganization, UpdateOrganizationNamespace,
 * DeleteOrganization) and listing a user's organizations (ListOrganizationsByUser). Only an
 * organization_owner of the organization changes or deletes it.
 */
import type { Db } from './db.ts';
import type { ApiKeyCaller } from './auth.ts';
import { appService, type HandlerMap } from './rpc.ts';
import { authorize, organizationScope, roleFor } from './access.ts';
import { fragmentUsage } from './fragments.ts';
import { alreadyExists, failedPrecondition, invalidArgument, lookupIn } from './errors.ts';
import { requireId, requireMaxLength, requireName, requireNamespace } from './validate.ts';
import { organizationMessage, type OrganizationRow } from './records.ts';
import type { UpdateOrganizationRequest__Output } from '../generated/viam/app/v1/UpdateOrganizationRequest.ts';
import type { UpdateOrganizationResponse } from '../generated/viam/app/v1/UpdateOrganizationResponse.ts';
import type { UpdateOrganizationNamespaceRequest__Output } from '../generated/viam/app/v1/UpdateOrganizationNamespaceRequest.ts';
import type { UpdateOrganizationNamespaceResponse } from '../generated/viam/app/v1/UpdateOrganizationNamespaceResponse.ts';
import type { DeleteOrganizationRequest__Output } from '../generated/viam/app/v1/DeleteOrganizationRequest.ts';
import type { DeleteOrganizationResponse } from '../generated/viam/app/v1/DeleteOrganizationResponse.ts';
import type { ListOrganizationsByUserRequest__Output } from '../generated/viam/app/v1/ListOrganizationsByUserRequest.ts';
import type { ListOrganizationsByUserResponse } from '../generated/viam/app/v1/ListOrganizationsByUserResponse.ts';
import type { OrgDetails } from '../generated/viam/app/v1/OrgDetails.ts';

const REGION = /^[a-z0-9][a-z0-9-]{0,62}$/;
const CID_MAX = 200;

const count = (db: Db, sql: string, id: string) => (db.prepare(sql).get(id) as { n: number }).n;

/** The organization named by `organization_id`, after checking the caller owns it. */
function ownedOrganization(db: Db, caller: ApiKeyCaller, rawId: string): OrganizationRow {
  const id = requireId('organization_id', rawId);
  authorize(db, caller, 'owner', lookupIn('organization_id', () => organizationScope(db, id)));
  return db.prepare('SELECT * FROM organizations WHERE id = ?').get(id) as OrganizationRow;
}

/**
 * A new public namespace for the organization: valid, not another organization's, and not
 * replacing one its modules' ids ("<namespace>:<name>") already use.
 */
function newNamespace(db: Db, row: OrganizationRow, field: string, value: string): string {
  const namespace = requireNamespace(field, value);
  if (namespace === row.public_namespace) return namespace;
  if (db.prepare('SELECT 1 FROM organizations WHERE public_namespace = ? AND id <> ?').get(namespace, row.id)) {
    throw alreadyExists(`${field}: namespace ${namespace} is taken by another organization`);
  }
  const modules = count(db, 'SELECT count(*) AS n FROM modules WHERE organization_id = ?', row.id);
  if (row.public_namespace && modules > 0) {
    throw failedPrecondition(`organization ${row.id} has ${modules} module(s) whose ids use namespace ${row.public_namespace}; it cannot change`);
  }
  const aliases = aliasesInto(db, row.id);
  if (row.public_namespace && aliases > 0) {
    throw failedPrecondition(
      `namespace ${row.public_namespace} is still the prefix of ${aliases} old registry item id(s) (items renamed or transferred away keep their old ids); it cannot change`,
    );
  }
  return namespace;
}

/**
 * Old ids of renamed or transferred registry items that name the organization: they keep working,
 * so the organization's namespace (and the organization) must stay, or another organization
 * could take the namespace and answer to those ids.
 */
const aliasesInto = (db: Db, id: string) => count(db, 'SELECT count(*) AS n FROM registry_item_aliases WHERE organization_id = ?', id);

function saveOrganization(db: Db, row: OrganizationRow): void {
  db.prepare('UPDATE organizations SET name = @name, public_namespace = @public_namespace, default_region = @default_region, cid = @cid WHERE id = @id').run(row);
}

export const organizationAdminRpcs: HandlerMap = {
  UpdateOrganization: appService.unary<UpdateOrganizationRequest__Output, UpdateOrganizationResponse>((request, { db, caller }) => {
    const row = ownedOrganization(db, caller, request.organization_id);
    const updated: OrganizationRow = { ...row };
    if (request._name === 'name') updated.name = requireName('name', request.name);
    if (request._public_namespace === 'public_namespace') updated.public_namespace = newNamespace(db, row, 'public_namespace', request.public_namespace ?? '');
    if (request._region === 'region') {
      const region = request.region ?? '';
      if (!REGION.test(region)) throw invalidArgument('region must be lowercase letters, digits and dashes (for example us-east-1)');
      updated.default_region = region;
    }
    // An empty cid clears it.
    if (request._cid === 'cid') updated.cid = requireMaxLength('cid', (request.cid ?? '').trim(), CID_MAX) || null;
    saveOrganization(db, updated);
    return { organization: organizationMessage(updated) };
  }),

  UpdateOrganizationNamespace: appService.unary<UpdateOrganizationNamespaceRequest__Output, UpdateOrganizationNamespaceResponse>((request, { db, caller }) => {
    const row = ownedOrganization(db, caller, request.organization_id);
    const updated = { ...row, public_namespace: newNamespace(db, row, 'new_public_namespace', request.new_public_namespace) };
    saveOrganization(db, updated);
    return { organization: organizationMessage(updated) };
  }),

  /**
   * Refused while the organization holds anything others may depend on: locations (with their
   * robots), modules, fragments used by robot parts. Otherwise its keys, invites, members,
   * authorizations, fragments and the shares it received go with it. A key minted in it that
   * holds roles in other organizations (one that created an organization, say) stays, moved to
   * one of those, with its roles there.
   */
  DeleteOrganization: appService.unary<DeleteOrganizationRequest__Output, DeleteOrganizationResponse>((request, { db, caller, fleet }) => {
    const { id } = ownedOrganization(db, caller, request.organization_id);
    const locations = count(db, 'SELECT count(*) AS n FROM locations WHERE organization_id = ?', id);
    if (locations > 0) throw failedPrecondition(`organization ${id} still has ${locations} location(s); delete them first`);
    const modules = count(db, 'SELECT count(*) AS n FROM modules WHERE organization_id = ?', id);
    if (modules > 0) throw failedPrecondition(`organization ${id} still has ${modules} module(s), which robots may use`);
    const aliases = aliasesInto(db, id);
    if (aliases > 0) throw failedPrecondition(`organization ${id} is the prefix of ${aliases} old registry item id(s) that still work (items renamed or transferred away), which robots may use`);
    const fragmentIds = (db.prepare('SELECT id FROM fragments WHERE organization_id = ?').all(id) as { id: string }[]).map((r) => r.id);
    const usedBy = [...fragmentUsage(db, fragmentIds).values()].reduce((sum, usage) => sum + usage.parts, 0);
    if (usedBy > 0) throw failedPrecondition(`organization ${id} has fragments still used by ${usedBy} robot part(s); remove them from their configs first`);

    db.prepare(
      `UPDATE api_keys SET organization_id = (SELECT min(a.organization_id) FROM authorizations a WHERE a.identity_id = api_keys.id AND a.organization_id <> @id)
        WHERE organization_id = @id AND EXISTS (SELECT 1 FROM authorizations a WHERE a.identity_id = api_keys.id AND a.organization_id <> @id)`,
    ).run({ id });
    db.prepare('DELETE FROM authorizations WHERE organization_id = ?').run(id);
    db.prepare("DELETE FROM authorizations WHERE identity_type = 'api-key' AND identity_id IN (SELECT id FROM api_keys WHERE organization_id = ?)").run(id);
    db.prepare('DELETE FROM api_keys WHERE organization_id = ?').run(id);
    // Members, invites, fragments and received shares go by ON DELETE CASCADE.
    db.prepare('DELETE FROM organizations WHERE id = ?').run(id);
    // Its keys' log tails on locations shared with it end now.
    fleet.revocations.notify();
    return {};
  }),

  /**
   * The organizations the user is a member of, among those the caller may list members of (an
   * organization role): nothing about other organizations is revealed, not even that the user exists.
   */
  ListOrganizationsByUser: appService.unary<ListOrganizationsByUserRequest__Output, ListOrganizationsByUserResponse>((request, { db, caller }) => {
    const userId = requireId('user_id', request.user_id);
    const rows = db
      .prepare('SELECT o.* FROM organizations o JOIN members m ON m.organization_id = o.id WHERE m.user_id = ? ORDER BY o.created_on, o.id')
      .all(userId) as OrganizationRow[];
    const orgs = rows
      .filter((row) => roleFor(db, caller, organizationScope(db, row.id)) !== null)
      .map(
        (row): OrgDetails => ({
          org_id: row.id,
          org_name: row.name,
          ...(row.cid ? { org_cid: row.cid } : {}),
          ...(row.public_namespace ? { public_namespace: row.public_namespace } : {}),
        }),
      );
    return { orgs };
  }),
};
