// Original file: proto/app/v1/app.proto


export interface GetRobotRequest {
  'id'?: (string);
}

export interface GetRobotRequest__Output {
  'id': (string);
}
