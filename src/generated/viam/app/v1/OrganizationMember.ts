// Original file: proto/app/v1/app.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface OrganizationMember {
  'user_id'?: (string);
  'emails'?: (string)[];
  'date_added'?: (_google_protobuf_Timestamp | null);
  'last_login'?: (_google_protobuf_Timestamp | null);
  'last_access'?: (_google_protobuf_Timestamp | null);
  '_last_login'?: "last_login";
  '_last_access'?: "last_access";
}

export interface OrganizationMember__Output {
  'user_id': (string);
  'emails': (string)[];
  'date_added': (_google_protobuf_Timestamp__Output | null);
  'last_login'?: (_google_protobuf_Timestamp__Output | null);
  'last_access'?: (_google_protobuf_Timestamp__Output | null);
  '_last_login'?: "last_login";
  '_last_access'?: "last_access";
}
