// Original file: proto/app/v1/app.proto


export interface DeleteLocationSecretRequest {
  'location_id'?: (string);
  'secret_id'?: (string);
}

export interface DeleteLocationSecretRequest__Output {
  'location_id': (string);
  'secret_id': (string);
}
