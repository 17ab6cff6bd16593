// Original file: proto/app/v1/app.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { OnlineState as _viam_app_v1_OnlineState, OnlineState__Output as _viam_app_v1_OnlineState__Output } from '../../../viam/app/v1/OnlineState';
import type { Long } from '@grpc/proto-loader';

export interface Robot {
  'id'?: (string);
  'name'?: (string);
  'location'?: (string);
  'last_access'?: (_google_protobuf_Timestamp | null);
  'created_on'?: (_google_protobuf_Timestamp | null);
  'online_state'?: (_viam_app_v1_OnlineState);
  'seconds_since_online'?: (number | string | Long);
}

export interface Robot__Output {
  'id': (string);
  'name': (string);
  'location': (string);
  'last_access': (_google_protobuf_Timestamp__Output | null);
  'created_on': (_google_protobuf_Timestamp__Output | null);
  'online_state': (_viam_app_v1_OnlineState__Output);
  'seconds_since_online': (number);
}
