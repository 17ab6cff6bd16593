// Original file: proto/app/v1/app.proto

import type { AdditionalFragment as _viam_app_v1_AdditionalFragment, AdditionalFragment__Output as _viam_app_v1_AdditionalFragment__Output } from '../../../viam/app/v1/AdditionalFragment';

export interface ListNestedFragmentsRequest {
  'fragment_id'?: (string);
  'additional_fragments'?: (_viam_app_v1_AdditionalFragment)[];
  '_fragment_id'?: "fragment_id";
}

export interface ListNestedFragmentsRequest__Output {
  'fragment_id'?: (string);
  'additional_fragments': (_viam_app_v1_AdditionalFragment__Output)[];
  '_fragment_id'?: "fragment_id";
}
