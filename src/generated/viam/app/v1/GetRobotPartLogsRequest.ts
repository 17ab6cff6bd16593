// Original file: proto/app/v1/app.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { Long } from '@grpc/proto-loader';

export interface GetRobotPartLogsRequest {
  'id'?: (string);
  'errors_only'?: (boolean);
  'filter'?: (string);
  'page_token'?: (string);
  'levels'?: (string)[];
  'start'?: (_google_protobuf_Timestamp | null);
  'end'?: (_google_protobuf_Timestamp | null);
  'limit'?: (number | string | Long);
  'source'?: (string);
  'user_facing_only'?: (boolean);
  '_filter'?: "filter";
  '_page_token'?: "page_token";
  '_start'?: "start";
  '_end'?: "end";
  '_limit'?: "limit";
  '_source'?: "source";
  '_user_facing_only'?: "user_facing_only";
}

export interface GetRobotPartLogsRequest__Output {
  'id': (string);
  'errors_only': (boolean);
  'filter'?: (string);
  'page_token'?: (string);
  'levels': (string)[];
  'start'?: (_google_protobuf_Timestamp__Output | null);
  'end'?: (_google_protobuf_Timestamp__Output | null);
  'limit'?: (number);
  'source'?: (string);
  'user_facing_only'?: (boolean);
  '_filter'?: "filter";
  '_page_token'?: "page_token";
  '_start'?: "start";
  '_end'?: "end";
  '_limit'?: "limit";
  '_source'?: "source";
  '_user_facing_only'?: "user_facing_only";
}
