// Original file: proto/app/v1/app.proto


export interface GetRobotPartMetadataRequest {
  'id'?: (string);
}

export interface GetRobotPartMetadataRequest__Output {
  'id': (string);
}
