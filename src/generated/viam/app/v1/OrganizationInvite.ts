// Original file: proto/app/v1/app.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { Authorization as _viam_app_v1_Authorization, Authorization__Output as _viam_app_v1_Authorization__Output } from '../../../viam/app/v1/Authorization';

export interface OrganizationInvite {
  'organization_id'?: (string);
  'email'?: (string);
  'created_on'?: (_google_protobuf_Timestamp | null);
  'authorizations'?: (_viam_app_v1_Authorization)[];
}

export interface OrganizationInvite__Output {
  'organization_id': (string);
  'email': (string);
  'created_on': (_google_protobuf_Timestamp__Output | null);
  'authorizations': (_viam_app_v1_Authorization__Output)[];
}
