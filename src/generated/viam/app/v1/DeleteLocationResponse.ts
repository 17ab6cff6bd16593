// Original file: proto/app/v1/app.proto


export interface DeleteLocationResponse {
}

export interface DeleteLocationResponse__Output {
}
