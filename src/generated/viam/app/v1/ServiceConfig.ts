// Original file: proto/app/v1/robot.proto

import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../../google/protobuf/Struct';

export interface ServiceConfig {
  'name'?: (string);
  'namespace'?: (string);
  'type'?: (string);
  'attributes'?: (_google_protobuf_Struct | null);
  'depends_on'?: (string)[];
  'model'?: (string);
  'api'?: (string);
}

export interface ServiceConfig__Output {
  'name': (string);
  'namespace': (string);
  'type': (string);
  'attributes': (_google_protobuf_Struct__Output | null);
  'depends_on': (string)[];
  'model': (string);
  'api': (string);
}
