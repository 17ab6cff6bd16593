// Original file: proto/app/v1/app.proto

import type { AuthorizedPermissions as _viam_app_v1_AuthorizedPermissions, AuthorizedPermissions__Output as _viam_app_v1_AuthorizedPermissions__Output } from '../../../viam/app/v1/AuthorizedPermissions';

export interface CheckPermissionsRequest {
  'permissions'?: (_viam_app_v1_AuthorizedPermissions)[];
}

export interface CheckPermissionsRequest__Output {
  'permissions': (_viam_app_v1_AuthorizedPermissions__Output)[];
}
