// Original file: proto/app/v1/app.proto


export interface DeleteKeyRequest {
  'id'?: (string);
}

export interface DeleteKeyRequest__Output {
  'id': (string);
}
