// Original file: proto/proto/rpc/v1/auth.proto


export interface AuthenticateResponse {
  'access_token'?: (string);
}

export interface AuthenticateResponse__Output {
  'access_token': (string);
}
