// Original file: proto/app/v1/app.proto

import type { SharedSecret as _viam_app_v1_SharedSecret, SharedSecret__Output as _viam_app_v1_SharedSecret__Output } from '../../../viam/app/v1/SharedSecret';

export interface LocationAuth {
  'secret'?: (string);
  'location_id'?: (string);
  'secrets'?: (_viam_app_v1_SharedSecret)[];
}

export interface LocationAuth__Output {
  'secret': (string);
  'location_id': (string);
  'secrets': (_viam_app_v1_SharedSecret__Output)[];
}
