// Original file: proto/app/v1/app.proto


export interface Authorization {
  'authorization_type'?: (string);
  'authorization_id'?: (string);
  'resource_type'?: (string);
  'resource_id'?: (string);
  'identity_id'?: (string);
  'organization_id'?: (string);
  'identity_type'?: (string);
}

export interface Authorization__Output {
  'authorization_type': (string);
  'authorization_id': (string);
  'resource_type': (string);
  'resource_id': (string);
  'identity_id': (string);
  'organization_id': (string);
  'identity_type': (string);
}
