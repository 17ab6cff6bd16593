// Original file: proto/app/v1/app.proto


export interface GetOrganizationNamespaceAvailabilityRequest {
  'public_namespace'?: (string);
  'organization_id'?: (string);
}

export interface GetOrganizationNamespaceAvailabilityRequest__Output {
  'public_namespace': (string);
  'organization_id': (string);
}
