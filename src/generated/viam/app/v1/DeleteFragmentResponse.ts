// Original file: proto/app/v1/app.proto


export interface DeleteFragmentResponse {
}

export interface DeleteFragmentResponse__Output {
}
