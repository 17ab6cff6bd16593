// Original file: proto/app/v1/app.proto


export interface ListMachineSummariesRequest {
  'organization_id'?: (string);
  'fragment_ids'?: (string)[];
  'location_ids'?: (string)[];
  'limit'?: (number);
  '_limit'?: "limit";
}

export interface ListMachineSummariesRequest__Output {
  'organization_id': (string);
  'fragment_ids': (string)[];
  'location_ids': (string)[];
  'limit'?: (number);
  '_limit'?: "limit";
}
