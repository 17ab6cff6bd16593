// Original file: proto/app/v1/app.proto

import type { APIKey as _viam_app_v1_APIKey, APIKey__Output as _viam_app_v1_APIKey__Output } from '../../../viam/app/v1/APIKey';
import type { AuthorizationDetails as _viam_app_v1_AuthorizationDetails, AuthorizationDetails__Output as _viam_app_v1_AuthorizationDetails__Output } from '../../../viam/app/v1/AuthorizationDetails';

export interface APIKeyWithAuthorizations {
  'api_key'?: (_viam_app_v1_APIKey | null);
  'authorizations'?: (_viam_app_v1_AuthorizationDetails)[];
}

export interface APIKeyWithAuthorizations__Output {
  'api_key': (_viam_app_v1_APIKey__Output | null);
  'authorizations': (_viam_app_v1_AuthorizationDetails__Output)[];
}
