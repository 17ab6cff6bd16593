// Original file: proto/app/v1/robot.proto


export interface NeedsRestartRequest {
  'id'?: (string);
}

export interface NeedsRestartRequest__Output {
  'id': (string);
}
