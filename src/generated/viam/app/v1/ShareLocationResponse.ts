// Original file: proto/app/v1/app.proto


export interface ShareLocationResponse {
}

export interface ShareLocationResponse__Output {
}
