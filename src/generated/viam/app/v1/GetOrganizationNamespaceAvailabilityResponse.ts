// Original file: proto/app/v1/app.proto


export interface GetOrganizationNamespaceAvailabilityResponse {
  'available'?: (boolean);
}

export interface GetOrganizationNamespaceAvailabilityResponse__Output {
  'available': (boolean);
}
