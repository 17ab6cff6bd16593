// Original file: proto/app/v1/app.proto

import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../../google/protobuf/Struct';

export interface GetLocationMetadataResponse {
  'data'?: (_google_protobuf_Struct | null);
}

export interface GetLocationMetadataResponse__Output {
  'data': (_google_protobuf_Struct__Output | null);
}
