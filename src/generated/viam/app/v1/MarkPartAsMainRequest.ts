// Original file: proto/app/v1/app.proto


export interface MarkPartAsMainRequest {
  'part_id'?: (string);
}

export interface MarkPartAsMainRequest__Output {
  'part_id': (string);
}
