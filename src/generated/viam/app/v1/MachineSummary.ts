// Original file: proto/app/v1/app.proto

import type { PartSummary as _viam_app_v1_PartSummary, PartSummary__Output as _viam_app_v1_PartSummary__Output } from '../../../viam/app/v1/PartSummary';

export interface MachineSummary {
  'machine_id'?: (string);
  'machine_name'?: (string);
  'part_summaries'?: (_viam_app_v1_PartSummary)[];
}

export interface MachineSummary__Output {
  'machine_id': (string);
  'machine_name': (string);
  'part_summaries': (_viam_app_v1_PartSummary__Output)[];
}
