// Original file: proto/app/v1/app.proto


export interface DeleteOrganizationRequest {
  'organization_id'?: (string);
}

export interface DeleteOrganizationRequest__Output {
  'organization_id': (string);
}
