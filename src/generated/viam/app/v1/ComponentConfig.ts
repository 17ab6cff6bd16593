// Original file: proto/app/v1/robot.proto

import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../../google/protobuf/Struct';

export interface ComponentConfig {
  'name'?: (string);
  'namespace'?: (string);
  'type'?: (string);
  'model'?: (string);
  'depends_on'?: (string)[];
  'attributes'?: (_google_protobuf_Struct | null);
  'api'?: (string);
}

export interface ComponentConfig__Output {
  'name': (string);
  'namespace': (string);
  'type': (string);
  'model': (string);
  'depends_on': (string)[];
  'attributes': (_google_protobuf_Struct__Output | null);
  'api': (string);
}
