// Original file: proto/app/v1/app.proto

import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../../google/protobuf/Struct';
import type { FragmentVisibility as _viam_app_v1_FragmentVisibility, FragmentVisibility__Output as _viam_app_v1_FragmentVisibility__Output } from '../../../viam/app/v1/FragmentVisibility';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface UpdateFragmentRequest {
  'id'?: (string);
  'name'?: (string);
  'config'?: (_google_protobuf_Struct | null);
  'public'?: (boolean);
  'visibility'?: (_viam_app_v1_FragmentVisibility);
  'last_known_update'?: (_google_protobuf_Timestamp | null);
  '_public'?: "public";
  '_visibility'?: "visibility";
  '_last_known_update'?: "last_known_update";
}

export interface UpdateFragmentRequest__Output {
  'id': (string);
  'name': (string);
  'config': (_google_protobuf_Struct__Output | null);
  'public'?: (boolean);
  'visibility'?: (_viam_app_v1_FragmentVisibility__Output);
  'last_known_update'?: (_google_protobuf_Timestamp__Output | null);
  '_public'?: "public";
  '_visibility'?: "visibility";
  '_last_known_update'?: "last_known_update";
}
