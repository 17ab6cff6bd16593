// Original file: proto/app/v1/app.proto


export interface UnshareLocationRequest {
  'location_id'?: (string);
  'organization_id'?: (string);
}

export interface UnshareLocationRequest__Output {
  'location_id': (string);
  'organization_id': (string);
}
