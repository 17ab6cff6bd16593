// Original file: proto/app/v1/app.proto


export interface DeleteOrganizationMemberResponse {
}

export interface DeleteOrganizationMemberResponse__Output {
}
