// Original file: proto/app/v1/app.proto


export interface CreateKeyFromExistingKeyAuthorizationsRequest {
  'id'?: (string);
}

export interface CreateKeyFromExistingKeyAuthorizationsRequest__Output {
  'id': (string);
}
