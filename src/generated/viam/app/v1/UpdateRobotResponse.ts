// Original file: proto/app/v1/app.proto

import type { Robot as _viam_app_v1_Robot, Robot__Output as _viam_app_v1_Robot__Output } from '../../../viam/app/v1/Robot';

export interface UpdateRobotResponse {
  'robot'?: (_viam_app_v1_Robot | null);
}

export interface UpdateRobotResponse__Output {
  'robot': (_viam_app_v1_Robot__Output | null);
}
