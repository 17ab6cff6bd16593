// Original file: proto/app/v1/app.proto

import type { RobotPart as _viam_app_v1_RobotPart, RobotPart__Output as _viam_app_v1_RobotPart__Output } from '../../../viam/app/v1/RobotPart';

export interface GetRobotPartByNameAndLocationResponse {
  'part'?: (_viam_app_v1_RobotPart | null);
}

export interface GetRobotPartByNameAndLocationResponse__Output {
  'part': (_viam_app_v1_RobotPart__Output | null);
}
