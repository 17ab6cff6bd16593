// Original file: proto/app/v1/app.proto


export interface GetRobotPartRequest {
  'id'?: (string);
}

export interface GetRobotPartRequest__Output {
  'id': (string);
}
