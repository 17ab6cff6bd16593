// Original file: proto/app/v1/app.proto

import type { Authorization as _viam_app_v1_Authorization, Authorization__Output as _viam_app_v1_Authorization__Output } from '../../../viam/app/v1/Authorization';

export interface ChangeRoleRequest {
  'old_authorization'?: (_viam_app_v1_Authorization | null);
  'new_authorization'?: (_viam_app_v1_Authorization | null);
}

export interface ChangeRoleRequest__Output {
  'old_authorization': (_viam_app_v1_Authorization__Output | null);
  'new_authorization': (_viam_app_v1_Authorization__Output | null);
}
