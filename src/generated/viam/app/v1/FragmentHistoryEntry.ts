// Original file: proto/app/v1/app.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { Fragment as _viam_app_v1_Fragment, Fragment__Output as _viam_app_v1_Fragment__Output } from '../../../viam/app/v1/Fragment';
import type { AuthenticatorInfo as _viam_app_v1_AuthenticatorInfo, AuthenticatorInfo__Output as _viam_app_v1_AuthenticatorInfo__Output } from '../../../viam/app/v1/AuthenticatorInfo';
import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../../google/protobuf/Struct';

export interface FragmentHistoryEntry {
  'fragment'?: (string);
  'edited_on'?: (_google_protobuf_Timestamp | null);
  'old'?: (_viam_app_v1_Fragment | null);
  'edited_by'?: (_viam_app_v1_AuthenticatorInfo | null);
  'revision'?: (string);
  'config'?: (_google_protobuf_Struct | null);
}

export interface FragmentHistoryEntry__Output {
  'fragment': (string);
  'edited_on': (_google_protobuf_Timestamp__Output | null);
  'old': (_viam_app_v1_Fragment__Output | null);
  'edited_by': (_viam_app_v1_AuthenticatorInfo__Output | null);
  'revision': (string);
  'config': (_google_protobuf_Struct__Output | null);
}
