// Original file: proto/app/v1/app.proto


export interface GetRegistryItemRequest {
  'item_id'?: (string);
  'include_markdown_documentation'?: (boolean);
  '_include_markdown_documentation'?: "include_markdown_documentation";
}

export interface GetRegistryItemRequest__Output {
  'item_id': (string);
  'include_markdown_documentation'?: (boolean);
  '_include_markdown_documentation'?: "include_markdown_documentation";
}
