// Original file: proto/app/v1/app.proto


export interface DeleteOrganizationInviteRequest {
  'organization_id'?: (string);
  'email'?: (string);
}

export interface DeleteOrganizationInviteRequest__Output {
  'organization_id': (string);
  'email': (string);
}
