// Original file: proto/app/v1/app.proto


export interface DeleteRobotPartRequest {
  'part_id'?: (string);
}

export interface DeleteRobotPartRequest__Output {
  'part_id': (string);
}
