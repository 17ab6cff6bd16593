// Original file: proto/app/v1/app.proto


export interface GetLocationMetadataRequest {
  'location_id'?: (string);
}

export interface GetLocationMetadataRequest__Output {
  'location_id': (string);
}
