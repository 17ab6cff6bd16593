// Original file: proto/app/v1/app.proto


export interface CreateModuleRequest {
  'organization_id'?: (string);
  'name'?: (string);
}

export interface CreateModuleRequest__Output {
  'organization_id': (string);
  'name': (string);
}
