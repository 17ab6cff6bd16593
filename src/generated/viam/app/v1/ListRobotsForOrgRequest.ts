// Original file: proto/app/v1/app.proto


export interface ListRobotsForOrgRequest {
  'org_id'?: (string);
}

export interface ListRobotsForOrgRequest__Output {
  'org_id': (string);
}
