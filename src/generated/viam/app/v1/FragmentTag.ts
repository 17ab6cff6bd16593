// Original file: proto/app/v1/app.proto


export interface FragmentTag {
  'tag'?: (string);
  'revision'?: (string);
}

export interface FragmentTag__Output {
  'tag': (string);
  'revision': (string);
}
