// Original file: proto/app/v1/app.proto

import type { Authorization as _viam_app_v1_Authorization, Authorization__Output as _viam_app_v1_Authorization__Output } from '../../../viam/app/v1/Authorization';

export interface CreateKeyRequest {
  'authorizations'?: (_viam_app_v1_Authorization)[];
  'name'?: (string);
}

export interface CreateKeyRequest__Output {
  'authorizations': (_viam_app_v1_Authorization__Output)[];
  'name': (string);
}
