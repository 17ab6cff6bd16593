// Original file: proto/app/v1/app.proto

import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../../google/protobuf/Struct';
import type { FragmentError as _viam_app_v1_FragmentError, FragmentError__Output as _viam_app_v1_FragmentError__Output } from '../../../viam/app/v1/FragmentError';

export interface ResolvedFragment {
  'fragment_id'?: (string);
  'resolved_config'?: (_google_protobuf_Struct | null);
  'error'?: (_viam_app_v1_FragmentError | null);
  'revision'?: (string);
}

export interface ResolvedFragment__Output {
  'fragment_id': (string);
  'resolved_config': (_google_protobuf_Struct__Output | null);
  'error': (_viam_app_v1_FragmentError__Output | null);
  'revision': (string);
}
