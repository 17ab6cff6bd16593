// Original file: proto/app/v1/app.proto


export interface CreateRobotPartSecretRequest {
  'part_id'?: (string);
}

export interface CreateRobotPartSecretRequest__Output {
  'part_id': (string);
}
