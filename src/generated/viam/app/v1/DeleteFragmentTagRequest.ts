// Original file: proto/app/v1/app.proto


export interface DeleteFragmentTagRequest {
  'fragment_id'?: (string);
  'tag'?: (string);
}

export interface DeleteFragmentTagRequest__Output {
  'fragment_id': (string);
  'tag': (string);
}
