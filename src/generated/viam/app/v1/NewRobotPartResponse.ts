// Original file: proto/app/v1/app.proto


export interface NewRobotPartResponse {
  'part_id'?: (string);
}

export interface NewRobotPartResponse__Output {
  'part_id': (string);
}
