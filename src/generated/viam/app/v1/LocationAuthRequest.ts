// Original file: proto/app/v1/app.proto


export interface LocationAuthRequest {
  'location_id'?: (string);
}

export interface LocationAuthRequest__Output {
  'location_id': (string);
}
