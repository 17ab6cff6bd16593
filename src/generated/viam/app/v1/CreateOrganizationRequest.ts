// Original file: proto/app/v1/app.proto


export interface CreateOrganizationRequest {
  'name'?: (string);
}

export interface CreateOrganizationRequest__Output {
  'name': (string);
}
