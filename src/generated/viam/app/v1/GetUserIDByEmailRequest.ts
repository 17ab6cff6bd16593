// Original file: proto/app/v1/app.proto


export interface GetUserIDByEmailRequest {
  'email'?: (string);
}

export interface GetUserIDByEmailRequest__Output {
  'email': (string);
}
