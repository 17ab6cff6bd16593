// Original file: proto/app/v1/app.proto

import type { OrganizationMember as _viam_app_v1_OrganizationMember, OrganizationMember__Output as _viam_app_v1_OrganizationMember__Output } from '../../../viam/app/v1/OrganizationMember';
import type { OrganizationInvite as _viam_app_v1_OrganizationInvite, OrganizationInvite__Output as _viam_app_v1_OrganizationInvite__Output } from '../../../viam/app/v1/OrganizationInvite';

export interface ListOrganizationMembersResponse {
  'organization_id'?: (string);
  'members'?: (_viam_app_v1_OrganizationMember)[];
  'invites'?: (_viam_app_v1_OrganizationInvite)[];
}

export interface ListOrganizationMembersResponse__Output {
  'organization_id': (string);
  'members': (_viam_app_v1_OrganizationMember__Output)[];
  'invites': (_viam_app_v1_OrganizationInvite__Output)[];
}
