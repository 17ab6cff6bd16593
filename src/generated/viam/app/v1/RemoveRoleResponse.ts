// Original file: proto/app/v1/app.proto


export interface RemoveRoleResponse {
}

export interface RemoveRoleResponse__Output {
}
