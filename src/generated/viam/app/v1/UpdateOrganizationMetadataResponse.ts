// Original file: proto/app/v1/app.proto


export interface UpdateOrganizationMetadataResponse {
}

export interface UpdateOrganizationMetadataResponse__Output {
}
