// Original file: proto/app/v1/app.proto

import type { OrganizationInvite as _viam_app_v1_OrganizationInvite, OrganizationInvite__Output as _viam_app_v1_OrganizationInvite__Output } from '../../../viam/app/v1/OrganizationInvite';

export interface ResendOrganizationInviteResponse {
  'invite'?: (_viam_app_v1_OrganizationInvite | null);
}

export interface ResendOrganizationInviteResponse__Output {
  'invite': (_viam_app_v1_OrganizationInvite__Output | null);
}
