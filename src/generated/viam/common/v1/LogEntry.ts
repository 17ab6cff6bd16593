// Original file: proto/common/v1/common.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../../google/protobuf/Struct';

export interface LogEntry {
  'host'?: (string);
  'level'?: (string);
  'time'?: (_google_protobuf_Timestamp | null);
  'logger_name'?: (string);
  'message'?: (string);
  'caller'?: (_google_protobuf_Struct | null);
  'stack'?: (string);
  'fields'?: (_google_protobuf_Struct)[];
}

export interface LogEntry__Output {
  'host': (string);
  'level': (string);
  'time': (_google_protobuf_Timestamp__Output | null);
  'logger_name': (string);
  'message': (string);
  'caller': (_google_protobuf_Struct__Output | null);
  'stack': (string);
  'fields': (_google_protobuf_Struct__Output)[];
}
