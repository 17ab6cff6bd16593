// Original file: proto/app/v1/app.proto


export interface FragmentUsage {
  'fragment_id'?: (string);
  'organizations'?: (number);
  'machines'?: (number);
  'machines_in_current_org'?: (number);
  'version'?: (string);
  '_version'?: "version";
}

export interface FragmentUsage__Output {
  'fragment_id': (string);
  'organizations': (number);
  'machines': (number);
  'machines_in_current_org': (number);
  'version'?: (string);
  '_version'?: "version";
}
