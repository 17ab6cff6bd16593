/**
 * Sharing a location with other organizations: ShareLocation, UnshareLocation and
 * GetOrganizationsWithAccessToLocation over the `location_shares` table. What a share grants is
 * decided in one place, `roleFor` in access.ts (via `Scope.sharedWith`): robots and parts, never
 * identities or secrets (`IN_OWN_ORGANIZATION`).
 */
import type { Db } from './db.ts';
import type { ApiKeyCaller } from './auth.ts';
import { appService, type HandlerMap } from './rpc.ts';
import { IN_OWN_ORGANIZATION, authorize, locationScope, organizationScope, type Scope } from './access.ts';
import { alreadyExists, failedPrecondition, lookupIn, notFound } from './errors.ts';
import { requireId } from './validate.ts';
import type { ShareLocationRequest__Output } from '../generated/viam/app/v1/ShareLocationRequest.ts';
import type { ShareLocationResponse } from '../generated/viam/app/v1/ShareLocationResponse.ts';
import type { UnshareLocationRequest__Output } from '../generated/viam/app/v1/UnshareLocationRequest.ts';
import type { UnshareLocationResponse } from '../generated/viam/app/v1/UnshareLocationResponse.ts';
import type { GetOrganizationsWithAccessToLocationRequest__Output } from '../generated/viam/app/v1/GetOrganizationsWithAccessToLocationRequest.ts';
import type { GetOrganizationsWithAccessToLocationResponse } from '../generated/viam/app/v1/GetOrganizationsWithAccessToLocationResponse.ts';

interface ShareChange {
  locationId: string;
  organizationId: string;
  scope: Scope;
}

/**
 * The checks ShareLocation and UnshareLocation share: the location exists and the caller owns it
 * in its own organization (an organization it is shared with cannot share it on or take it
 * back), and the other organization exists.
 */
function shareChange(db: Db, caller: ApiKeyCaller, request: { location_id: string; organization_id: string }): ShareChange {
  const locationId = requireId('location_id', request.location_id);
  const organizationId = requireId('organization_id', request.organization_id);
  const scope = lookupIn('location_id', () => locationScope(db, locationId));
  authorize(db, caller, 'owner', scope, IN_OWN_ORGANIZATION);
  lookupIn('organization_id', () => organizationScope(db, organizationId));
  return { locationId, organizationId, scope };
}

const isSharedDirectly = (db: Db, change: ShareChange) =>
  db.prepare('SELECT 1 FROM location_shares WHERE location_id = ? AND organization_id = ?').get(change.locationId, change.organizationId) !== undefined;

export const sharingRpcs: HandlerMap = {
  ShareLocation: appService.unary<ShareLocationRequest__Output, ShareLocationResponse>((request, { db, caller }) => {
    const change = shareChange(db, caller, request);
    if (change.organizationId === change.scope.organizationId) {
      throw alreadyExists(`location ${change.locationId} belongs to organization ${change.organizationId}`);
    }
    if (isSharedDirectly(db, change)) throw alreadyExists(`location ${change.locationId} is already shared with organization ${change.organizationId}`);
    db.prepare('INSERT INTO location_shares (location_id, organization_id, shared_on) VALUES (?, ?, ?)').run(change.locationId, change.organizationId, Date.now());
    return {};
  }),

  UnshareLocation: appService.unary<UnshareLocationRequest__Output, UnshareLocationResponse>((request, { db, caller, fleet }) => {
    const change = shareChange(db, caller, request);
    if (change.organizationId === change.scope.organizationId) {
      throw failedPrecondition(`organization ${change.organizationId} is the primary organization of location ${change.locationId} and cannot be unshared`);
    }
    if (!isSharedDirectly(db, change)) {
      const viaParent = change.scope.sharedWith?.includes(change.organizationId);
      throw notFound(
        viaParent
          ? `location ${change.locationId} is shared with organization ${change.organizationId} through a parent location; unshare that one`
          : `location ${change.locationId} is not shared with organization ${change.organizationId}`,
      );
    }
    db.prepare('DELETE FROM location_shares WHERE location_id = ? AND organization_id = ?').run(change.locationId, change.organizationId);
    // Log tails the other organization's keys hold on its robots end now.
    fleet.revocations.notify();
    return {};
  }),

  GetOrganizationsWithAccessToLocation: appService.unary<GetOrganizationsWithAccessToLocationRequest__Output, GetOrganizationsWithAccessToLocationResponse>(
    (request, { db, caller }) => {
      const locationId = requireId('location_id', request.location_id);
      const scope = lookupIn('location_id', () => locationScope(db, locationId));
      authorize(db, caller, 'operator', scope);
      const ids = [scope.organizationId, ...(scope.sharedWith ?? [])];
      const name = db.prepare('SELECT name FROM organizations WHERE id = ?');
      return { organization_identities: ids.map((id) => ({ id, name: (name.get(id) as { name: string }).name })) };
    },
  ),
};
