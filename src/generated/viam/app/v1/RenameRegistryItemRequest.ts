// Original file: proto/app/v1/app.proto


export interface RenameRegistryItemRequest {
  'item_id'?: (string);
  'new_name'?: (string);
}

export interface RenameRegistryItemRequest__Output {
  'item_id': (string);
  'new_name': (string);
}
