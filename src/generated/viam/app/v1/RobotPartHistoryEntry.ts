// Original file: proto/app/v1/app.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { RobotPart as _viam_app_v1_RobotPart, RobotPart__Output as _viam_app_v1_RobotPart__Output } from '../../../viam/app/v1/RobotPart';
import type { AuthenticatorInfo as _viam_app_v1_AuthenticatorInfo, AuthenticatorInfo__Output as _viam_app_v1_AuthenticatorInfo__Output } from '../../../viam/app/v1/AuthenticatorInfo';

export interface RobotPartHistoryEntry {
  'part'?: (string);
  'robot'?: (string);
  'when'?: (_google_protobuf_Timestamp | null);
  'old'?: (_viam_app_v1_RobotPart | null);
  'edited_by'?: (_viam_app_v1_AuthenticatorInfo | null);
}

export interface RobotPartHistoryEntry__Output {
  'part': (string);
  'robot': (string);
  'when': (_google_protobuf_Timestamp__Output | null);
  'old': (_viam_app_v1_RobotPart__Output | null);
  'edited_by': (_viam_app_v1_AuthenticatorInfo__Output | null);
}
