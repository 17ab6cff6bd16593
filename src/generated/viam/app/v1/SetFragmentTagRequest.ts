// Original file: proto/app/v1/app.proto


export interface SetFragmentTagRequest {
  'fragment_id'?: (string);
  'tag'?: (string);
  'revision'?: (string);
}

export interface SetFragmentTagRequest__Output {
  'fragment_id': (string);
  'tag': (string);
  'revision': (string);
}
