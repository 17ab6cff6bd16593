// Original file: proto/app/v1/app.proto


export interface UpdateRobotPartMetadataResponse {
}

export interface UpdateRobotPartMetadataResponse__Output {
}
