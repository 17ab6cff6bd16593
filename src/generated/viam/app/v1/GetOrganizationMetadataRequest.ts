// Original file: proto/app/v1/app.proto


export interface GetOrganizationMetadataRequest {
  'organization_id'?: (string);
}

export interface GetOrganizationMetadataRequest__Output {
  'organization_id': (string);
}
