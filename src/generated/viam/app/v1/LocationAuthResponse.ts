// Original file: proto/app/v1/app.proto

import type { LocationAuth as _viam_app_v1_LocationAuth, LocationAuth__Output as _viam_app_v1_LocationAuth__Output } from '../../../viam/app/v1/LocationAuth';

export interface LocationAuthResponse {
  'auth'?: (_viam_app_v1_LocationAuth | null);
}

export interface LocationAuthResponse__Output {
  'auth': (_viam_app_v1_LocationAuth__Output | null);
}
