// Original file: proto/app/v1/app.proto


export interface ListLocationsRequest {
  'organization_id'?: (string);
}

export interface ListLocationsRequest__Output {
  'organization_id': (string);
}
