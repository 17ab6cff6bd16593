// Original file: proto/app/v1/app.proto

import type { Long } from '@grpc/proto-loader';

export interface GetFragmentHistoryRequest {
  'id'?: (string);
  'page_token'?: (string);
  'page_limit'?: (number | string | Long);
  '_page_token'?: "page_token";
  '_page_limit'?: "page_limit";
}

export interface GetFragmentHistoryRequest__Output {
  'id': (string);
  'page_token'?: (string);
  'page_limit'?: (number);
  '_page_token'?: "page_token";
  '_page_limit'?: "page_limit";
}
