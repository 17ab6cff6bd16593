// Original file: proto/app/v1/app.proto

import type { RobotPartHistoryEntry as _viam_app_v1_RobotPartHistoryEntry, RobotPartHistoryEntry__Output as _viam_app_v1_RobotPartHistoryEntry__Output } from '../../../viam/app/v1/RobotPartHistoryEntry';

export interface GetRobotPartHistoryResponse {
  'history'?: (_viam_app_v1_RobotPartHistoryEntry)[];
}

export interface GetRobotPartHistoryResponse__Output {
  'history': (_viam_app_v1_RobotPartHistoryEntry__Output)[];
}
