// Original file: proto/app/v1/app.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface APIKey {
  'id'?: (string);
  'key'?: (string);
  'name'?: (string);
  'created_on'?: (_google_protobuf_Timestamp | null);
}

export interface APIKey__Output {
  'id': (string);
  'key': (string);
  'name': (string);
  'created_on': (_google_protobuf_Timestamp__Output | null);
}
