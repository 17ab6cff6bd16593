// Original file: proto/app/v1/app.proto


export interface UnshareLocationResponse {
}

export interface UnshareLocationResponse__Output {
}
