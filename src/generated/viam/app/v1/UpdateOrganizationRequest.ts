// Original file: proto/app/v1/app.proto


export interface UpdateOrganizationRequest {
  'organization_id'?: (string);
  'name'?: (string);
  'public_namespace'?: (string);
  'region'?: (string);
  'cid'?: (string);
  '_name'?: "name";
  '_public_namespace'?: "public_namespace";
  '_region'?: "region";
  '_cid'?: "cid";
}

export interface UpdateOrganizationRequest__Output {
  'organization_id': (string);
  'name'?: (string);
  'public_namespace'?: (string);
  'region'?: (string);
  'cid'?: (string);
  '_name'?: "name";
  '_public_namespace'?: "public_namespace";
  '_region'?: "region";
  '_cid'?: "cid";
}
