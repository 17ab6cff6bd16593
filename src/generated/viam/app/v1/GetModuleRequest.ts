// Original file: proto/app/v1/app.proto


export interface GetModuleRequest {
  'module_id'?: (string);
  'include_markdown_documentation'?: (boolean);
  '_include_markdown_documentation'?: "include_markdown_documentation";
}

export interface GetModuleRequest__Output {
  'module_id': (string);
  'include_markdown_documentation'?: (boolean);
  '_include_markdown_documentation'?: "include_markdown_documentation";
}
