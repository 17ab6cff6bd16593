// Original file: proto/app/v1/app.proto


export interface GetFragmentRequest {
  'id'?: (string);
  'current_organization_id'?: (string);
  'version'?: (string);
  '_version'?: "version";
}

export interface GetFragmentRequest__Output {
  'id': (string);
  'current_organization_id': (string);
  'version'?: (string);
  '_version'?: "version";
}
