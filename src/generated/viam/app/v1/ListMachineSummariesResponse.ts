// Original file: proto/app/v1/app.proto

import type { LocationSummary as _viam_app_v1_LocationSummary, LocationSummary__Output as _viam_app_v1_LocationSummary__Output } from '../../../viam/app/v1/LocationSummary';

export interface ListMachineSummariesResponse {
  'location_summaries'?: (_viam_app_v1_LocationSummary)[];
}

export interface ListMachineSummariesResponse__Output {
  'location_summaries': (_viam_app_v1_LocationSummary__Output)[];
}
