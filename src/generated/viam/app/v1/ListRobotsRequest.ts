// Original file: proto/app/v1/app.proto


export interface ListRobotsRequest {
  'location_id'?: (string);
}

export interface ListRobotsRequest__Output {
  'location_id': (string);
}
