// Original file: proto/app/v1/app.proto


export interface MarkPartForRestartResponse {
}

export interface MarkPartForRestartResponse__Output {
}
