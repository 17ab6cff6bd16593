// Original file: proto/app/v1/app.proto


export interface RenameKeyRequest {
  'id'?: (string);
  'name'?: (string);
}

export interface RenameKeyRequest__Output {
  'id': (string);
  'name': (string);
}
