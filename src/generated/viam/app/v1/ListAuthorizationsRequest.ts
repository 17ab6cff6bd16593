// Original file: proto/app/v1/app.proto


export interface ListAuthorizationsRequest {
  'organization_id'?: (string);
  'resource_ids'?: (string)[];
}

export interface ListAuthorizationsRequest__Output {
  'organization_id': (string);
  'resource_ids': (string)[];
}
