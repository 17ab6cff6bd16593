// Original file: proto/app/v1/app.proto


export interface RotateKeyRequest {
  'id'?: (string);
}

export interface RotateKeyRequest__Output {
  'id': (string);
}
