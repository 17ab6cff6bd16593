// Original file: proto/app/v1/app.proto

import type { MachineSummary as _viam_app_v1_MachineSummary, MachineSummary__Output as _viam_app_v1_MachineSummary__Output } from '../../../viam/app/v1/MachineSummary';

export interface LocationSummary {
  'location_id'?: (string);
  'location_name'?: (string);
  'machine_summaries'?: (_viam_app_v1_MachineSummary)[];
}

export interface LocationSummary__Output {
  'location_id': (string);
  'location_name': (string);
  'machine_summaries': (_viam_app_v1_MachineSummary__Output)[];
}
