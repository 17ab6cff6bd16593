// Original file: proto/app/v1/app.proto


export interface RenameKeyResponse {
  'id'?: (string);
  'name'?: (string);
}

export interface RenameKeyResponse__Output {
  'id': (string);
  'name': (string);
}
