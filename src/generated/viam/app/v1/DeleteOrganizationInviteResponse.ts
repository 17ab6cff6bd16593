// Original file: proto/app/v1/app.proto


export interface DeleteOrganizationInviteResponse {
}

export interface DeleteOrganizationInviteResponse__Output {
}
