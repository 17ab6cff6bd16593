// Original file: proto/app/v1/app.proto


export interface TransferRegistryItemRequest {
  'item_id'?: (string);
  'new_public_namespace'?: (string);
}

export interface TransferRegistryItemRequest__Output {
  'item_id': (string);
  'new_public_namespace': (string);
}
