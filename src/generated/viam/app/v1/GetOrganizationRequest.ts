// Original file: proto/app/v1/app.proto


export interface GetOrganizationRequest {
  'organization_id'?: (string);
}

export interface GetOrganizationRequest__Output {
  'organization_id': (string);
}
