// Original file: proto/app/v1/app.proto


export interface DeleteFragmentRequest {
  'id'?: (string);
}

export interface DeleteFragmentRequest__Output {
  'id': (string);
}
