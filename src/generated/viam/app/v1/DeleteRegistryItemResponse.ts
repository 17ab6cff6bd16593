// Original file: proto/app/v1/app.proto


export interface DeleteRegistryItemResponse {
}

export interface DeleteRegistryItemResponse__Output {
}
