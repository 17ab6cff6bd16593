// Original file: proto/app/v1/app.proto


export interface DeleteRobotResponse {
}

export interface DeleteRobotResponse__Output {
}
