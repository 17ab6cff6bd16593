// Original file: proto/app/v1/app.proto


export interface DeleteKeyResponse {
}

export interface DeleteKeyResponse__Output {
}
