// Original file: proto/app/v1/app.proto


export interface DeleteOrganizationResponse {
}

export interface DeleteOrganizationResponse__Output {
}
