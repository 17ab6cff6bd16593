// Original file: proto/app/v1/app.proto


export interface UpdateRobotRequest {
  'id'?: (string);
  'name'?: (string);
  'location'?: (string);
}

export interface UpdateRobotRequest__Output {
  'id': (string);
  'name': (string);
  'location': (string);
}
