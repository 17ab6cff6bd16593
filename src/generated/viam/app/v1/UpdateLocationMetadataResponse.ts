// Original file: proto/app/v1/app.proto


export interface UpdateLocationMetadataResponse {
}

export interface UpdateLocationMetadataResponse__Output {
}
