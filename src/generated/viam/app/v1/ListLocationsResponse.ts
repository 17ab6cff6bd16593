// Original file: proto/app/v1/app.proto

import type { Location as _viam_app_v1_Location, Location__Output as _viam_app_v1_Location__Output } from '../../../viam/app/v1/Location';

export interface ListLocationsResponse {
  'locations'?: (_viam_app_v1_Location)[];
}

export interface ListLocationsResponse__Output {
  'locations': (_viam_app_v1_Location__Output)[];
}
