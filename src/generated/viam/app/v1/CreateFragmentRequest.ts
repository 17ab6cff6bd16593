// Original file: proto/app/v1/app.proto

import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../../google/protobuf/Struct';
import type { FragmentVisibility as _viam_app_v1_FragmentVisibility, FragmentVisibility__Output as _viam_app_v1_FragmentVisibility__Output } from '../../../viam/app/v1/FragmentVisibility';

export interface CreateFragmentRequest {
  'name'?: (string);
  'config'?: (_google_protobuf_Struct | null);
  'organization_id'?: (string);
  'visibility'?: (_viam_app_v1_FragmentVisibility);
  '_visibility'?: "visibility";
}

export interface CreateFragmentRequest__Output {
  'name': (string);
  'config': (_google_protobuf_Struct__Output | null);
  'organization_id': (string);
  'visibility'?: (_viam_app_v1_FragmentVisibility__Output);
  '_visibility'?: "visibility";
}
