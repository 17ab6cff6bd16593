// Original file: proto/app/v1/app.proto


export interface DeleteRobotPartResponse {
}

export interface DeleteRobotPartResponse__Output {
}
