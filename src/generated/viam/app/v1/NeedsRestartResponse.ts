// Original file: proto/app/v1/robot.proto

import type { Duration as _google_protobuf_Duration, Duration__Output as _google_protobuf_Duration__Output } from '../../../google/protobuf/Duration';

export interface NeedsRestartResponse {
  'id'?: (string);
  'must_restart'?: (boolean);
  'restart_check_interval'?: (_google_protobuf_Duration | null);
}

export interface NeedsRestartResponse__Output {
  'id': (string);
  'must_restart': (boolean);
  'restart_check_interval': (_google_protobuf_Duration__Output | null);
}
