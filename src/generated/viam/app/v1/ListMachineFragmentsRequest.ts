// Original file: proto/app/v1/app.proto

import type { AdditionalFragment as _viam_app_v1_AdditionalFragment, AdditionalFragment__Output as _viam_app_v1_AdditionalFragment__Output } from '../../../viam/app/v1/AdditionalFragment';

export interface ListMachineFragmentsRequest {
  'machine_id'?: (string);
  'additional_fragment_ids'?: (string)[];
  'additional_fragments'?: (_viam_app_v1_AdditionalFragment)[];
}

export interface ListMachineFragmentsRequest__Output {
  'machine_id': (string);
  'additional_fragment_ids': (string)[];
  'additional_fragments': (_viam_app_v1_AdditionalFragment__Output)[];
}
