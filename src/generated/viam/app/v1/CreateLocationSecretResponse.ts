// Original file: proto/app/v1/app.proto

import type { LocationAuth as _viam_app_v1_LocationAuth, LocationAuth__Output as _viam_app_v1_LocationAuth__Output } from '../../../viam/app/v1/LocationAuth';

export interface CreateLocationSecretResponse {
  'auth'?: (_viam_app_v1_LocationAuth | null);
}

export interface CreateLocationSecretResponse__Output {
  'auth': (_viam_app_v1_LocationAuth__Output | null);
}
