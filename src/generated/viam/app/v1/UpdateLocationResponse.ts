// Original file: proto/app/v1/app.proto

import type { Location as _viam_app_v1_Location, Location__Output as _viam_app_v1_Location__Output } from '../../../viam/app/v1/Location';

export interface UpdateLocationResponse {
  'location'?: (_viam_app_v1_Location | null);
}

export interface UpdateLocationResponse__Output {
  'location': (_viam_app_v1_Location__Output | null);
}
