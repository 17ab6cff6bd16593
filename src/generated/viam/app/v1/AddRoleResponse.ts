// Original file: proto/app/v1/app.proto


export interface AddRoleResponse {
}

export interface AddRoleResponse__Output {
}
