// Original file: proto/app/v1/app.proto


export interface NewRobotResponse {
  'id'?: (string);
}

export interface NewRobotResponse__Output {
  'id': (string);
}
