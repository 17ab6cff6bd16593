// Original file: proto/app/v1/app.proto


export interface TailRobotPartLogsRequest {
  'id'?: (string);
  'errors_only'?: (boolean);
  'filter'?: (string);
  '_filter'?: "filter";
}

export interface TailRobotPartLogsRequest__Output {
  'id': (string);
  'errors_only': (boolean);
  'filter'?: (string);
  '_filter'?: "filter";
}
