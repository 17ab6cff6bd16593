// Original file: proto/app/v1/app.proto


export interface ListOrganizationsRequest {
}

export interface ListOrganizationsRequest__Output {
}
