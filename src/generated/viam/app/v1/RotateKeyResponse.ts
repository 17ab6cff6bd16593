// Original file: proto/app/v1/app.proto


export interface RotateKeyResponse {
  'id'?: (string);
  'key'?: (string);
}

export interface RotateKeyResponse__Output {
  'id': (string);
  'key': (string);
}
