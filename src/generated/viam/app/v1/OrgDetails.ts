// Original file: proto/app/v1/app.proto


export interface OrgDetails {
  'org_id'?: (string);
  'org_name'?: (string);
  'org_cid'?: (string);
  'public_namespace'?: (string);
  'billing_tier'?: (string);
  '_org_cid'?: "org_cid";
  '_public_namespace'?: "public_namespace";
  '_billing_tier'?: "billing_tier";
}

export interface OrgDetails__Output {
  'org_id': (string);
  'org_name': (string);
  'org_cid'?: (string);
  'public_namespace'?: (string);
  'billing_tier'?: (string);
  '_org_cid'?: "org_cid";
  '_public_namespace'?: "public_namespace";
  '_billing_tier'?: "billing_tier";
}
