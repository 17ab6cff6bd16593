// Original file: proto/app/v1/app.proto


export interface ListOrganizationMembersRequest {
  'organization_id'?: (string);
}

export interface ListOrganizationMembersRequest__Output {
  'organization_id': (string);
}
