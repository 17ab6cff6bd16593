// Original file: proto/app/v1/app.proto


export interface AuthorizationDetails {
  'authorization_type'?: (string);
  'authorization_id'?: (string);
  'resource_type'?: (string);
  'resource_id'?: (string);
  'org_id'?: (string);
}

export interface AuthorizationDetails__Output {
  'authorization_type': (string);
  'authorization_id': (string);
  'resource_type': (string);
  'resource_id': (string);
  'org_id': (string);
}
