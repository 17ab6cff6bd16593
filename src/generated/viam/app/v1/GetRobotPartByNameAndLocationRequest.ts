// Original file: proto/app/v1/app.proto


export interface GetRobotPartByNameAndLocationRequest {
  'name'?: (string);
  'location_id'?: (string);
}

export interface GetRobotPartByNameAndLocationRequest__Output {
  'name': (string);
  'location_id': (string);
}
