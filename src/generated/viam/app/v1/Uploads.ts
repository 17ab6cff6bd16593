// Original file: proto/app/v1/app.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface Uploads {
  'platform'?: (string);
  'uploaded_at'?: (_google_protobuf_Timestamp | null);
}

export interface Uploads__Output {
  'platform': (string);
  'uploaded_at': (_google_protobuf_Timestamp__Output | null);
}
