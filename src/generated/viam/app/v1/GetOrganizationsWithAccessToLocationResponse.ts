// Original file: proto/app/v1/app.proto

import type { OrganizationIdentity as _viam_app_v1_OrganizationIdentity, OrganizationIdentity__Output as _viam_app_v1_OrganizationIdentity__Output } from '../../../viam/app/v1/OrganizationIdentity';

export interface GetOrganizationsWithAccessToLocationResponse {
  'organization_identities'?: (_viam_app_v1_OrganizationIdentity)[];
}

export interface GetOrganizationsWithAccessToLocationResponse__Output {
  'organization_identities': (_viam_app_v1_OrganizationIdentity__Output)[];
}
