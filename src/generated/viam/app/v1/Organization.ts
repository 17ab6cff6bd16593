// Original file: proto/app/v1/app.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface Organization {
  'id'?: (string);
  'name'?: (string);
  'created_on'?: (_google_protobuf_Timestamp | null);
  'public_namespace'?: (string);
  'default_region'?: (string);
  'cid'?: (string);
  '_cid'?: "cid";
}

export interface Organization__Output {
  'id': (string);
  'name': (string);
  'created_on': (_google_protobuf_Timestamp__Output | null);
  'public_namespace': (string);
  'default_region': (string);
  'cid'?: (string);
  '_cid'?: "cid";
}
