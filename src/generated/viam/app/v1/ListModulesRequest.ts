// Original file: proto/app/v1/app.proto


export interface ListModulesRequest {
  'organization_id'?: (string);
  'include_markdown_documentation'?: (boolean);
  '_organization_id'?: "organization_id";
  '_include_markdown_documentation'?: "include_markdown_documentation";
}

export interface ListModulesRequest__Output {
  'organization_id'?: (string);
  'include_markdown_documentation'?: (boolean);
  '_organization_id'?: "organization_id";
  '_include_markdown_documentation'?: "include_markdown_documentation";
}
