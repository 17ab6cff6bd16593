// Original file: proto/app/v1/app.proto

import type { Robot as _viam_app_v1_Robot, Robot__Output as _viam_app_v1_Robot__Output } from '../../../viam/app/v1/Robot';

export interface ListRobotsForOrgResponse {
  'robots'?: (_viam_app_v1_Robot)[];
}

export interface ListRobotsForOrgResponse__Output {
  'robots': (_viam_app_v1_Robot__Output)[];
}
