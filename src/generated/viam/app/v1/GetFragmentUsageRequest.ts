// Original file: proto/app/v1/app.proto


export interface GetFragmentUsageRequest {
  'fragment_id'?: (string);
}

export interface GetFragmentUsageRequest__Output {
  'fragment_id': (string);
}
