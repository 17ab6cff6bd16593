// Original file: proto/app/v1/app.proto


export interface DeleteRobotPartSecretRequest {
  'part_id'?: (string);
  'secret_id'?: (string);
}

export interface DeleteRobotPartSecretRequest__Output {
  'part_id': (string);
  'secret_id': (string);
}
