// Original file: proto/app/v1/app.proto


export interface CreateLocationRequest {
  'organization_id'?: (string);
  'name'?: (string);
  'parent_location_id'?: (string);
  '_parent_location_id'?: "parent_location_id";
}

export interface CreateLocationRequest__Output {
  'organization_id': (string);
  'name': (string);
  'parent_location_id'?: (string);
  '_parent_location_id'?: "parent_location_id";
}
