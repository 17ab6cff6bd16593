// Original file: proto/app/v1/robot.proto


export interface ConfigRequest {
  'id'?: (string);
}

export interface ConfigRequest__Output {
  'id': (string);
}
