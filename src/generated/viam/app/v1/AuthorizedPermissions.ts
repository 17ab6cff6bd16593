// Original file: proto/app/v1/app.proto


export interface AuthorizedPermissions {
  'resource_type'?: (string);
  'resource_id'?: (string);
  'permissions'?: (string)[];
}

export interface AuthorizedPermissions__Output {
  'resource_type': (string);
  'resource_id': (string);
  'permissions': (string)[];
}
