// Original file: proto/app/v1/app.proto


export interface GetLocationRequest {
  'location_id'?: (string);
}

export interface GetLocationRequest__Output {
  'location_id': (string);
}
