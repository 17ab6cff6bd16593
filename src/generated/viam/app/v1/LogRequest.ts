// Original file: proto/app/v1/robot.proto

import type { LogEntry as _viam_common_v1_LogEntry, LogEntry__Output as _viam_common_v1_LogEntry__Output } from '../../../viam/common/v1/LogEntry';

export interface LogRequest {
  'id'?: (string);
  'logs'?: (_viam_common_v1_LogEntry)[];
}

export interface LogRequest__Output {
  'id': (string);
  'logs': (_viam_common_v1_LogEntry__Output)[];
}
