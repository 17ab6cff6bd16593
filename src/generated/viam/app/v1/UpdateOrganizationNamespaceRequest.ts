// Original file: proto/app/v1/app.proto


export interface UpdateOrganizationNamespaceRequest {
  'organization_id'?: (string);
  'new_public_namespace'?: (string);
}

export interface UpdateOrganizationNamespaceRequest__Output {
  'organization_id': (string);
  'new_public_namespace': (string);
}
