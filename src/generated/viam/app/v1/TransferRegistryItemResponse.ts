// Original file: proto/app/v1/app.proto


export interface TransferRegistryItemResponse {
}

export interface TransferRegistryItemResponse__Output {
}
