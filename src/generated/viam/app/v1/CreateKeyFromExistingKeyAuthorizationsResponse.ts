// Original file: proto/app/v1/app.proto


export interface CreateKeyFromExistingKeyAuthorizationsResponse {
  'id'?: (string);
  'key'?: (string);
}

export interface CreateKeyFromExistingKeyAuthorizationsResponse__Output {
  'id': (string);
  'key': (string);
}
