// Original file: proto/app/v1/app.proto


export interface ListRobotsForLocationsRequest {
  'location_ids'?: (string)[];
}

export interface ListRobotsForLocationsRequest__Output {
  'location_ids': (string)[];
}
