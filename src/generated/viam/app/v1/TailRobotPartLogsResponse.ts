// Original file: proto/app/v1/app.proto

import type { LogEntry as _viam_common_v1_LogEntry, LogEntry__Output as _viam_common_v1_LogEntry__Output } from '../../../viam/common/v1/LogEntry';

export interface TailRobotPartLogsResponse {
  'logs'?: (_viam_common_v1_LogEntry)[];
}

export interface TailRobotPartLogsResponse__Output {
  'logs': (_viam_common_v1_LogEntry__Output)[];
}
