// Original file: proto/app/v1/app.proto


export interface GetRobotPartHistoryRequest {
  'id'?: (string);
}

export interface GetRobotPartHistoryRequest__Output {
  'id': (string);
}
