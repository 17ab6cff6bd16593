// Original file: proto/app/v1/app.proto


export interface ListKeysRequest {
  'org_id'?: (string);
}

export interface ListKeysRequest__Output {
  'org_id': (string);
}
