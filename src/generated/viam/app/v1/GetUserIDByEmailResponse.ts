// Original file: proto/app/v1/app.proto


export interface GetUserIDByEmailResponse {
  'user_id'?: (string);
}

export interface GetUserIDByEmailResponse__Output {
  'user_id': (string);
}
