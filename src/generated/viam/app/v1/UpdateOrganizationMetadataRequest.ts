// Original file: proto/app/v1/app.proto

import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../../google/protobuf/Struct';

export interface UpdateOrganizationMetadataRequest {
  'organization_id'?: (string);
  'data'?: (_google_protobuf_Struct | null);
}

export interface UpdateOrganizationMetadataRequest__Output {
  'organization_id': (string);
  'data': (_google_protobuf_Struct__Output | null);
}
