// Original file: proto/app/v1/app.proto

import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../../google/protobuf/Struct';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { SharedSecret as _viam_app_v1_SharedSecret, SharedSecret__Output as _viam_app_v1_SharedSecret__Output } from '../../../viam/app/v1/SharedSecret';
import type { OnlineState as _viam_app_v1_OnlineState, OnlineState__Output as _viam_app_v1_OnlineState__Output } from '../../../viam/app/v1/OnlineState';
import type { Long } from '@grpc/proto-loader';

export interface RobotPart {
  'id'?: (string);
  'name'?: (string);
  'secret'?: (string);
  'robot'?: (string);
  'robot_config'?: (_google_protobuf_Struct | null);
  'last_access'?: (_google_protobuf_Timestamp | null);
  'user_supplied_info'?: (_google_protobuf_Struct | null);
  'main_part'?: (boolean);
  'fqdn'?: (string);
  'dns_name'?: (string);
  'local_fqdn'?: (string);
  'location_id'?: (string);
  'created_on'?: (_google_protobuf_Timestamp | null);
  'secrets'?: (_viam_app_v1_SharedSecret)[];
  'last_updated'?: (_google_protobuf_Timestamp | null);
  'online_state'?: (_viam_app_v1_OnlineState);
  'seconds_since_online'?: (number | string | Long);
}

export interface RobotPart__Output {
  'id': (string);
  'name': (string);
  'secret': (string);
  'robot': (string);
  'robot_config': (_google_protobuf_Struct__Output | null);
  'last_access': (_google_protobuf_Timestamp__Output | null);
  'user_supplied_info': (_google_protobuf_Struct__Output | null);
  'main_part': (boolean);
  'fqdn': (string);
  'dns_name': (string);
  'local_fqdn': (string);
  'location_id': (string);
  'created_on': (_google_protobuf_Timestamp__Output | null);
  'secrets': (_viam_app_v1_SharedSecret__Output)[];
  'last_updated': (_google_protobuf_Timestamp__Output | null);
  'online_state': (_viam_app_v1_OnlineState__Output);
  'seconds_since_online': (number);
}
