// Original file: proto/app/v1/app.proto


export interface ResendOrganizationInviteRequest {
  'organization_id'?: (string);
  'email'?: (string);
  'send_email_invite'?: (boolean);
  '_send_email_invite'?: "send_email_invite";
}

export interface ResendOrganizationInviteRequest__Output {
  'organization_id': (string);
  'email': (string);
  'send_email_invite'?: (boolean);
  '_send_email_invite'?: "send_email_invite";
}
