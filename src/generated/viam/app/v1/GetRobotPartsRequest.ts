// Original file: proto/app/v1/app.proto


export interface GetRobotPartsRequest {
  'robot_id'?: (string);
}

export interface GetRobotPartsRequest__Output {
  'robot_id': (string);
}
