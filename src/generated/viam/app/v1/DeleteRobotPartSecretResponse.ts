// Original file: proto/app/v1/app.proto


export interface DeleteRobotPartSecretResponse {
}

export interface DeleteRobotPartSecretResponse__Output {
}
