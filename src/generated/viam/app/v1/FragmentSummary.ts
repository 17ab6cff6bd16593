// Original file: proto/app/v1/app.proto


export interface FragmentSummary {
  'id'?: (string);
  'name'?: (string);
}

export interface FragmentSummary__Output {
  'id': (string);
  'name': (string);
}
