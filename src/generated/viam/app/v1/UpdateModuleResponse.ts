// Original file: proto/app/v1/app.proto


export interface UpdateModuleResponse {
  'url'?: (string);
}

export interface UpdateModuleResponse__Output {
  'url': (string);
}
