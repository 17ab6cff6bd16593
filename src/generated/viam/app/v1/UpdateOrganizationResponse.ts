// Original file: proto/app/v1/app.proto

import type { Organization as _viam_app_v1_Organization, Organization__Output as _viam_app_v1_Organization__Output } from '../../../viam/app/v1/Organization';

export interface UpdateOrganizationResponse {
  'organization'?: (_viam_app_v1_Organization | null);
}

export interface UpdateOrganizationResponse__Output {
  'organization': (_viam_app_v1_Organization__Output | null);
}
