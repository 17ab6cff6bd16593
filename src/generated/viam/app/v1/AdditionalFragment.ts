// Original file: proto/app/v1/app.proto


export interface AdditionalFragment {
  'fragment_id'?: (string);
  'version'?: (string);
  '_version'?: "version";
}

export interface AdditionalFragment__Output {
  'fragment_id': (string);
  'version'?: (string);
  '_version'?: "version";
}
