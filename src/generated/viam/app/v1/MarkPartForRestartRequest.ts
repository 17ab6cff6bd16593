// Original file: proto/app/v1/app.proto


export interface MarkPartForRestartRequest {
  'part_id'?: (string);
}

export interface MarkPartForRestartRequest__Output {
  'part_id': (string);
}
