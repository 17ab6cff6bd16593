// Original file: proto/app/v1/app.proto


export interface UpdateRegistryItemResponse {
}

export interface UpdateRegistryItemResponse__Output {
}
