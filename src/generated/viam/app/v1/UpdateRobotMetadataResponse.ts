// Original file: proto/app/v1/app.proto


export interface UpdateRobotMetadataResponse {
}

export interface UpdateRobotMetadataResponse__Output {
}
