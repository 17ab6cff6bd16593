// Original file: proto/app/v1/app.proto


export interface GetRobotMetadataRequest {
  'id'?: (string);
}

export interface GetRobotMetadataRequest__Output {
  'id': (string);
}
