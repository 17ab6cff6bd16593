// Original file: proto/app/v1/app.proto

import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from '../../../google/protobuf/Struct';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { FragmentVisibility as _viam_app_v1_FragmentVisibility, FragmentVisibility__Output as _viam_app_v1_FragmentVisibility__Output } from '../../../viam/app/v1/FragmentVisibility';

export interface Fragment {
  'id'?: (string);
  'name'?: (string);
  'fragment'?: (_google_protobuf_Struct | null);
  'organization_owner'?: (string);
  'public'?: (boolean);
  'created_on'?: (_google_protobuf_Timestamp | null);
  'organization_name'?: (string);
  'robot_part_count'?: (number);
  'organization_count'?: (number);
  'only_used_by_owner'?: (boolean);
  'visibility'?: (_viam_app_v1_FragmentVisibility);
  'last_updated'?: (_google_protobuf_Timestamp | null);
  'revision'?: (string);
}

export interface Fragment__Output {
  'id': (string);
  'name': (string);
  'fragment': (_google_protobuf_Struct__Output | null);
  'organization_owner': (string);
  'public': (boolean);
  'created_on': (_google_protobuf_Timestamp__Output | null);
  'organization_name': (string);
  'robot_part_count': (number);
  'organization_count': (number);
  'only_used_by_owner': (boolean);
  'visibility': (_viam_app_v1_FragmentVisibility__Output);
  'last_updated': (_google_protobuf_Timestamp__Output | null);
  'revision': (string);
}
