// Original file: proto/app/v1/app.proto


export interface MarkPartAsMainResponse {
}

export interface MarkPartAsMainResponse__Output {
}
