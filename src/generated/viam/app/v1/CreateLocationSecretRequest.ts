// Original file: proto/app/v1/app.proto


export interface CreateLocationSecretRequest {
  'location_id'?: (string);
}

export interface CreateLocationSecretRequest__Output {
  'location_id': (string);
}
