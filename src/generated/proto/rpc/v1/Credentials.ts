// Original file: proto/proto/rpc/v1/auth.proto


export interface Credentials {
  'type'?: (string);
  'payload'?: (string);
}

export interface Credentials__Output {
  'type': (string);
  'payload': (string);
}
