// Original file: proto/app/v1/app.proto


export interface OrganizationIdentity {
  'id'?: (string);
  'name'?: (string);
}

export interface OrganizationIdentity__Output {
  'id': (string);
  'name': (string);
}
