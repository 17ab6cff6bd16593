// Original file: proto/app/v1/app.proto


export interface UploadModuleFileResponse {
  'url'?: (string);
}

export interface UploadModuleFileResponse__Output {
  'url': (string);
}
