// Original file: proto/app/v1/app.proto


export interface NewRobotRequest {
  'name'?: (string);
  'location'?: (string);
}

export interface NewRobotRequest__Output {
  'name': (string);
  'location': (string);
}
