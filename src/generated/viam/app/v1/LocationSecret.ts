// Original file: proto/app/v1/robot.proto


export interface LocationSecret {
  'id'?: (string);
  'secret'?: (string);
}

export interface LocationSecret__Output {
  'id': (string);
  'secret': (string);
}
