// Original file: proto/app/v1/app.proto

import type { APIKeyWithAuthorizations as _viam_app_v1_APIKeyWithAuthorizations, APIKeyWithAuthorizations__Output as _viam_app_v1_APIKeyWithAuthorizations__Output } from '../../../viam/app/v1/APIKeyWithAuthorizations';

export interface GetRobotAPIKeysResponse {
  'api_keys'?: (_viam_app_v1_APIKeyWithAuthorizations)[];
}

export interface GetRobotAPIKeysResponse__Output {
  'api_keys': (_viam_app_v1_APIKeyWithAuthorizations__Output)[];
}
