// Original file: proto/app/v1/app.proto


export interface DeleteOrganizationMemberRequest {
  'organization_id'?: (string);
  'user_id'?: (string);
}

export interface DeleteOrganizationMemberRequest__Output {
  'organization_id': (string);
  'user_id': (string);
}
