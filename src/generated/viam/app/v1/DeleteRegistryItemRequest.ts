// Original file: proto/app/v1/app.proto


export interface DeleteRegistryItemRequest {
  'item_id'?: (string);
}

export interface DeleteRegistryItemRequest__Output {
  'item_id': (string);
}
