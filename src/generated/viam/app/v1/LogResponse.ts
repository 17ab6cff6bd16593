// Original file: proto/app/v1/robot.proto


export interface LogResponse {
}

export interface LogResponse__Output {
}
