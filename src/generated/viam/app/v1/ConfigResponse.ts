// Original file: proto/app/v1/robot.proto

import type { RobotConfig as _viam_app_v1_RobotConfig, RobotConfig__Output as _viam_app_v1_RobotConfig__Output } from '../../../viam/app/v1/RobotConfig';

export interface ConfigResponse {
  'config'?: (_viam_app_v1_RobotConfig | null);
}

export interface ConfigResponse__Output {
  'config': (_viam_app_v1_RobotConfig__Output | null);
}
