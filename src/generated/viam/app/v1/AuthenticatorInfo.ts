// Original file: proto/app/v1/app.proto

import type { AuthenticationType as _viam_app_v1_AuthenticationType, AuthenticationType__Output as _viam_app_v1_AuthenticationType__Output } from '../../../viam/app/v1/AuthenticationType';

export interface AuthenticatorInfo {
  'type'?: (_viam_app_v1_AuthenticationType);
  'value'?: (string);
  'is_deactivated'?: (boolean);
}

export interface AuthenticatorInfo__Output {
  'type': (_viam_app_v1_AuthenticationType__Output);
  'value': (string);
  'is_deactivated': (boolean);
}
