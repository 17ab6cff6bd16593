// Original file: proto/app/v1/app.proto


export interface ShareLocationRequest {
  'location_id'?: (string);
  'organization_id'?: (string);
}

export interface ShareLocationRequest__Output {
  'location_id': (string);
  'organization_id': (string);
}
