// Original file: proto/app/v1/app.proto


export interface CreateKeyResponse {
  'key'?: (string);
  'id'?: (string);
}

export interface CreateKeyResponse__Output {
  'key': (string);
  'id': (string);
}
