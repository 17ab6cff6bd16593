// Original file: proto/app/v1/app.proto


export interface CreateModuleResponse {
  'module_id'?: (string);
  'url'?: (string);
}

export interface CreateModuleResponse__Output {
  'module_id': (string);
  'url': (string);
}
