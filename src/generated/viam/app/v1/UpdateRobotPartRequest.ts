// Original file: proto/app/v1/app.proto

import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../../google/protobuf/Struct';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface UpdateRobotPartRequest {
  'id'?: (string);
  'name'?: (string);
  'robot_config'?: (_google_protobuf_Struct | null);
  'last_known_update'?: (_google_protobuf_Timestamp | null);
  '_last_known_update'?: "last_known_update";
}

export interface UpdateRobotPartRequest__Output {
  'id': (string);
  'name': (string);
  'robot_config': (_google_protobuf_Struct__Output | null);
  'last_known_update'?: (_google_protobuf_Timestamp__Output | null);
  '_last_known_update'?: "last_known_update";
}
