// Original file: proto/app/v1/app.proto


export interface GetRobotAPIKeysRequest {
  'robot_id'?: (string);
}

export interface GetRobotAPIKeysRequest__Output {
  'robot_id': (string);
}
