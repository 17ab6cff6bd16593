// Original file: proto/app/v1/app.proto


export interface DeleteRobotRequest {
  'id'?: (string);
}

export interface DeleteRobotRequest__Output {
  'id': (string);
}
