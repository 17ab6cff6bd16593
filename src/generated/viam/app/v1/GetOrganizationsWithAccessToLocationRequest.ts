// Original file: proto/app/v1/app.proto


export interface GetOrganizationsWithAccessToLocationRequest {
  'location_id'?: (string);
}

export interface GetOrganizationsWithAccessToLocationRequest__Output {
  'location_id': (string);
}
