// Original file: proto/app/v1/app.proto


export interface ListOrganizationsByUserRequest {
  'user_id'?: (string);
}

export interface ListOrganizationsByUserRequest__Output {
  'user_id': (string);
}
