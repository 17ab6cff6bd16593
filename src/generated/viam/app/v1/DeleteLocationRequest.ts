// Original file: proto/app/v1/app.proto


export interface DeleteLocationRequest {
  'location_id'?: (string);
}

export interface DeleteLocationRequest__Output {
  'location_id': (string);
}
