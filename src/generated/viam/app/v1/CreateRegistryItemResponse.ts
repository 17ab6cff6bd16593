// Original file: proto/app/v1/app.proto


export interface CreateRegistryItemResponse {
}

export interface CreateRegistryItemResponse__Output {
}
