// Original file: proto/app/v1/app.proto


export interface DeleteLocationSecretResponse {
}

export interface DeleteLocationSecretResponse__Output {
}
