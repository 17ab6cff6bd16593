// Original file: proto/app/v1/app.proto

import type { Authorization as _viam_app_v1_Authorization, Authorization__Output as _viam_app_v1_Authorization__Output } from '../../../viam/app/v1/Authorization';

export interface ListAuthorizationsResponse {
  'authorizations'?: (_viam_app_v1_Authorization)[];
}

export interface ListAuthorizationsResponse__Output {
  'authorizations': (_viam_app_v1_Authorization__Output)[];
}
