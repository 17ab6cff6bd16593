// Original file: proto/app/v1/app.proto


export interface NewRobotPartRequest {
  'robot_id'?: (string);
  'part_name'?: (string);
}

export interface NewRobotPartRequest__Output {
  'robot_id': (string);
  'part_name': (string);
}
