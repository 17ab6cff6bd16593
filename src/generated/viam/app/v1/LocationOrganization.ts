// Original file: proto/app/v1/app.proto


export interface LocationOrganization {
  'organization_id'?: (string);
  'primary'?: (boolean);
}

export interface LocationOrganization__Output {
  'organization_id': (string);
  'primary': (boolean);
}
