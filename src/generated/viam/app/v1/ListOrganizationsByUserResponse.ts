// Original file: proto/app/v1/app.proto

import type { OrgDetails as _viam_app_v1_OrgDetails, OrgDetails__Output as _viam_app_v1_OrgDetails__Output } from '../../../viam/app/v1/OrgDetails';

export interface ListOrganizationsByUserResponse {
  'orgs'?: (_viam_app_v1_OrgDetails)[];
}

export interface ListOrganizationsByUserResponse__Output {
  'orgs': (_viam_app_v1_OrgDetails__Output)[];
}
