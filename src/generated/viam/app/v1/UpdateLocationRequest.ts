// Original file: proto/app/v1/app.proto


export interface UpdateLocationRequest {
  'location_id'?: (string);
  'name'?: (string);
  'parent_location_id'?: (string);
  'region'?: (string);
  '_name'?: "name";
  '_parent_location_id'?: "parent_location_id";
  '_region'?: "region";
}

export interface UpdateLocationRequest__Output {
  'location_id': (string);
  'name'?: (string);
  'parent_location_id'?: (string);
  'region'?: (string);
  '_name'?: "name";
  '_parent_location_id'?: "parent_location_id";
  '_region'?: "region";
}
