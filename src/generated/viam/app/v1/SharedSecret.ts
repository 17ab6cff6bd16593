// Original file: proto/app/v1/app.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

// Original file: proto/app/v1/app.proto

export const _viam_app_v1_SharedSecret_State = {
  STATE_UNSPECIFIED: 'STATE_UNSPECIFIED',
  STATE_ENABLED: 'STATE_ENABLED',
  STATE_DISABLED: 'STATE_DISABLED',
} as const;

export type _viam_app_v1_SharedSecret_State =
  | 'STATE_UNSPECIFIED'
  | 0
  | 'STATE_ENABLED'
  | 1
  | 'STATE_DISABLED'
  | 2

export type _viam_app_v1_SharedSecret_State__Output = typeof _viam_app_v1_SharedSecret_State[keyof typeof _viam_app_v1_SharedSecret_State]

export interface SharedSecret {
  'id'?: (string);
  'secret'?: (string);
  'created_on'?: (_google_protobuf_Timestamp | null);
  'state'?: (_viam_app_v1_SharedSecret_State);
}

export interface SharedSecret__Output {
  'id': (string);
  'secret': (string);
  'created_on': (_google_protobuf_Timestamp__Output | null);
  'state': (_viam_app_v1_SharedSecret_State__Output);
}
