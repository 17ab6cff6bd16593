// Original file: proto/app/v1/app.proto


export interface ChangeRoleResponse {
}

export interface ChangeRoleResponse__Output {
}
