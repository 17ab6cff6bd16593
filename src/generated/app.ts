import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { ListValue as _google_protobuf_ListValue, ListValue__Output as _google_protobuf_ListValue__Output } from './google/protobuf/ListValue';
import type { Struct as _google_protobuf_Struct, Struct__Output as _google_protobuf_Struct__Output } from './google/protobuf/Struct';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';
import type { Value as _google_protobuf_Value, Value__Output as _google_protobuf_Value__Output } from './google/protobuf/Value';
import type { APIKey as _viam_app_v1_APIKey, APIKey__Output as _viam_app_v1_APIKey__Output } from './viam/app/v1/APIKey';
import type { APIKeyWithAuthorizations as _viam_app_v1_APIKeyWithAuthorizations, APIKeyWithAuthorizations__Output as _viam_app_v1_APIKeyWithAuthorizations__Output } from './viam/app/v1/APIKeyWithAuthorizations';
import type { AddRoleRequest as _viam_app_v1_AddRoleRequest, AddRoleRequest__Output as _viam_app_v1_AddRoleRequest__Output } from './viam/app/v1/AddRoleRequest';
import type { AddRoleResponse as _viam_app_v1_AddRoleResponse, AddRoleResponse__Output as _viam_app_v1_AddRoleResponse__Output } from './viam/app/v1/AddRoleResponse';
import type { AdditionalFragment as _viam_app_v1_AdditionalFragment, AdditionalFragment__Output as _viam_app_v1_AdditionalFragment__Output } from './viam/app/v1/AdditionalFragment';
import type { App as _viam_app_v1_App, App__Output as _viam_app_v1_App__Output } from './viam/app/v1/App';
import type { AppCustomizations as _viam_app_v1_AppCustomizations, AppCustomizations__Output as _viam_app_v1_AppCustomizations__Output } from './viam/app/v1/AppCustomizations';
import type { AppServiceClient as _viam_app_v1_AppServiceClient, AppServiceDefinition as _viam_app_v1_AppServiceDefinition } from './viam/app/v1/AppService';
import type { AuthenticatorInfo as _viam_app_v1_AuthenticatorInfo, AuthenticatorInfo__Output as _viam_app_v1_AuthenticatorInfo__Output } from './viam/app/v1/AuthenticatorInfo';
import type { Authorization as _viam_app_v1_Authorization, Authorization__Output as _viam_app_v1_Authorization__Output } from './viam/app/v1/Authorization';
import type { AuthorizationDetails as _viam_app_v1_AuthorizationDetails, AuthorizationDetails__Output as _viam_app_v1_AuthorizationDetails__Output } from './viam/app/v1/AuthorizationDetails';
import type { AuthorizedPermissions as _viam_app_v1_AuthorizedPermissions, AuthorizedPermissions__Output as _viam_app_v1_AuthorizedPermissions__Output } from './viam/app/v1/AuthorizedPermissions';
import type { ChangeRoleRequest as _viam_app_v1_ChangeRoleRequest, ChangeRoleRequest__Output as _viam_app_v1_ChangeRoleRequest__Output } from './viam/app/v1/ChangeRoleRequest';
import type { ChangeRoleResponse as _viam_app_v1_ChangeRoleResponse, ChangeRoleResponse__Output as _viam_app_v1_ChangeRoleResponse__Output } from './viam/app/v1/ChangeRoleResponse';
import type { CheckPermissionsRequest as _viam_app_v1_CheckPermissionsRequest, CheckPermissionsRequest__Output as _viam_app_v1_CheckPermissionsRequest__Output } from './viam/app/v1/CheckPermissionsRequest';
import type { CheckPermissionsResponse as _viam_app_v1_CheckPermissionsResponse, CheckPermissionsResponse__Output as _viam_app_v1_CheckPermissionsResponse__Output } from './viam/app/v1/CheckPermissionsResponse';
import type { CreateFragmentRequest as _viam_app_v1_CreateFragmentRequest, CreateFragmentRequest__Output as _viam_app_v1_CreateFragmentRequest__Output } from './viam/app/v1/CreateFragmentRequest';
import type { CreateFragmentResponse as _viam_app_v1_CreateFragmentResponse, CreateFragmentResponse__Output as _viam_app_v1_CreateFragmentResponse__Output } from './viam/app/v1/CreateFragmentResponse';
import type { CreateKeyFromExistingKeyAuthorizationsRequest as _viam_app_v1_CreateKeyFromExistingKeyAuthorizationsRequest, CreateKeyFromExistingKeyAuthorizationsRequest__Output as _viam_app_v1_CreateKeyFromExistingKeyAuthorizationsRequest__Output } from './viam/app/v1/CreateKeyFromExistingKeyAuthorizationsRequest';
import type { CreateKeyFromExistingKeyAuthorizationsResponse as _viam_app_v1_CreateKeyFromExistingKeyAuthorizationsResponse, CreateKeyFromExistingKeyAuthorizationsResponse__Output as _viam_app_v1_CreateKeyFromExistingKeyAuthorizationsResponse__Output } from './viam/app/v1/CreateKeyFromExistingKeyAuthorizationsResponse';
import type { CreateKeyRequest as _viam_app_v1_CreateKeyRequest, CreateKeyRequest__Output as _viam_app_v1_CreateKeyRequest__Output } from './viam/app/v1/CreateKeyRequest';
import type { CreateKeyResponse as _viam_app_v1_CreateKeyResponse, CreateKeyResponse__Output as _viam_app_v1_CreateKeyResponse__Output } from './viam/app/v1/CreateKeyResponse';
import type { CreateLocationRequest as _viam_app_v1_CreateLocationRequest, CreateLocationRequest__Output as _viam_app_v1_CreateLocationRequest__Output } from './viam/app/v1/CreateLocationRequest';
import type { CreateLocationResponse as _viam_app_v1_CreateLocationResponse, CreateLocationResponse__Output as _viam_app_v1_CreateLocationResponse__Output } from './viam/app/v1/CreateLocationResponse';
import type { CreateLocationSecretRequest as _viam_app_v1_CreateLocationSecretRequest, CreateLocationSecretRequest__Output as _viam_app_v1_CreateLocationSecretRequest__Output } from './viam/app/v1/CreateLocationSecretRequest';
import type { CreateLocationSecretResponse as _viam_app_v1_CreateLocationSecretResponse, CreateLocationSecretResponse__Output as _viam_app_v1_CreateLocationSecretResponse__Output } from './viam/app/v1/CreateLocationSecretResponse';
import type { CreateModuleRequest as _viam_app_v1_CreateModuleRequest, CreateModuleRequest__Output as _viam_app_v1_CreateModuleRequest__Output } from './viam/app/v1/CreateModuleRequest';
import type { CreateModuleResponse as _viam_app_v1_CreateModuleResponse, CreateModuleResponse__Output as _viam_app_v1_CreateModuleResponse__Output } from './viam/app/v1/CreateModuleResponse';
import type { CreateOrganizationInviteRequest as _viam_app_v1_CreateOrganizationInviteRequest, CreateOrganizationInviteRequest__Output as _viam_app_v1_CreateOrganizationInviteRequest__Output } from './viam/app/v1/CreateOrganizationInviteRequest';
import type { CreateOrganizationInviteResponse as _viam_app_v1_CreateOrganizationInviteResponse, CreateOrganizationInviteResponse__Output as _viam_app_v1_CreateOrganizationInviteResponse__Output } from './viam/app/v1/CreateOrganizationInviteResponse';
import type { CreateOrganizationRequest as _viam_app_v1_CreateOrganizationRequest, CreateOrganizationRequest__Output as _viam_app_v1_CreateOrganizationRequest__Output } from './viam/app/v1/CreateOrganizationRequest';
import type { CreateOrganizationResponse as _viam_app_v1_CreateOrganizationResponse, CreateOrganizationResponse__Output as _viam_app_v1_CreateOrganizationResponse__Output } from './viam/app/v1/CreateOrganizationResponse';
import type { CreateRegistryItemRequest as _viam_app_v1_CreateRegistryItemRequest, CreateRegistryItemRequest__Output as _viam_app_v1_CreateRegistryItemRequest__Output } from './viam/app/v1/CreateRegistryItemRequest';
import type { CreateRegistryItemResponse as _viam_app_v1_CreateRegistryItemResponse, CreateRegistryItemResponse__Output as _viam_app_v1_CreateRegistryItemResponse__Output } from './viam/app/v1/CreateRegistryItemResponse';
import type { CreateRobotPartSecretRequest as _viam_app_v1_CreateRobotPartSecretRequest, CreateRobotPartSecretRequest__Output as _viam_app_v1_CreateRobotPartSecretRequest__Output } from './viam/app/v1/CreateRobotPartSecretRequest';
import type { CreateRobotPartSecretResponse as _viam_app_v1_CreateRobotPartSecretResponse, CreateRobotPartSecretResponse__Output as _viam_app_v1_CreateRobotPartSecretResponse__Output } from './viam/app/v1/CreateRobotPartSecretResponse';
import type { DeleteFragmentRequest as _viam_app_v1_DeleteFragmentRequest, DeleteFragmentRequest__Output as _viam_app_v1_DeleteFragmentRequest__Output } from './viam/app/v1/DeleteFragmentRequest';
import type { DeleteFragmentResponse as _viam_app_v1_DeleteFragmentResponse, DeleteFragmentResponse__Output as _viam_app_v1_DeleteFragmentResponse__Output } from './viam/app/v1/DeleteFragmentResponse';
import type { DeleteFragmentTagRequest as _viam_app_v1_DeleteFragmentTagRequest, DeleteFragmentTagRequest__Output as _viam_app_v1_DeleteFragmentTagRequest__Output } from './viam/app/v1/DeleteFragmentTagRequest';
import type { DeleteFragmentTagResponse as _viam_app_v1_DeleteFragmentTagResponse, DeleteFragmentTagResponse__Output as _viam_app_v1_DeleteFragmentTagResponse__Output } from './viam/app/v1/DeleteFragmentTagResponse';
import type { DeleteKeyRequest as _viam_app_v1_DeleteKeyRequest, DeleteKeyRequest__Output as _viam_app_v1_DeleteKeyRequest__Output } from './viam/app/v1/DeleteKeyRequest';
import type { DeleteKeyResponse as _viam_app_v1_DeleteKeyResponse, DeleteKeyResponse__Output as _viam_app_v1_DeleteKeyResponse__Output } from './viam/app/v1/DeleteKeyResponse';
import type { DeleteLocationRequest as _viam_app_v1_DeleteLocationRequest, DeleteLocationRequest__Output as _viam_app_v1_DeleteLocationRequest__Output } from './viam/app/v1/DeleteLocationRequest';
import type { DeleteLocationResponse as _viam_app_v1_DeleteLocationResponse, DeleteLocationResponse__Output as _viam_app_v1_DeleteLocationResponse__Output } from './viam/app/v1/DeleteLocationResponse';
import type { DeleteLocationSecretRequest as _viam_app_v1_DeleteLocationSecretRequest, DeleteLocationSecretRequest__Output as _viam_app_v1_DeleteLocationSecretRequest__Output } from './viam/app/v1/DeleteLocationSecretRequest';
import type { DeleteLocationSecretResponse as _viam_app_v1_DeleteLocationSecretResponse, DeleteLocationSecretResponse__Output as _viam_app_v1_DeleteLocationSecretResponse__Output } from './viam/app/v1/DeleteLocationSecretResponse';
import type { DeleteOrganizationInviteRequest as _viam_app_v1_DeleteOrganizationInviteRequest, DeleteOrganizationInviteRequest__Output as _viam_app_v1_DeleteOrganizationInviteRequest__Output } from './viam/app/v1/DeleteOrganizationInviteRequest';
import type { DeleteOrganizationInviteResponse as _viam_app_v1_DeleteOrganizationInviteResponse, DeleteOrganizationInviteResponse__Output as _viam_app_v1_DeleteOrganizationInviteResponse__Output } from './viam/app/v1/DeleteOrganizationInviteResponse';
import type { DeleteOrganizationMemberRequest as _viam_app_v1_DeleteOrganizationMemberRequest, DeleteOrganizationMemberRequest__Output as _viam_app_v1_DeleteOrganizationMemberRequest__Output } from './viam/app/v1/DeleteOrganizationMemberRequest';
import type { DeleteOrganizationMemberResponse as _viam_app_v1_DeleteOrganizationMemberResponse, DeleteOrganizationMemberResponse__Output as _viam_app_v1_DeleteOrganizationMemberResponse__Output } from './viam/app/v1/DeleteOrganizationMemberResponse';
import type { DeleteOrganizationRequest as _viam_app_v1_DeleteOrganizationRequest, DeleteOrganizationRequest__Output as _viam_app_v1_DeleteOrganizationRequest__Output } from './viam/app/v1/DeleteOrganizationRequest';
import type { DeleteOrganizationResponse as _viam_app_v1_DeleteOrganizationResponse, DeleteOrganizationResponse__Output as _viam_app_v1_DeleteOrganizationResponse__Output } from './viam/app/v1/DeleteOrganizationResponse';
import type { DeleteRegistryItemRequest as _viam_app_v1_DeleteRegistryItemRequest, DeleteRegistryItemRequest__Output as _viam_app_v1_DeleteRegistryItemRequest__Output } from './viam/app/v1/DeleteRegistryItemRequest';
import type { DeleteRegistryItemResponse as _viam_app_v1_DeleteRegistryItemResponse, DeleteRegistryItemResponse__Output as _viam_app_v1_DeleteRegistryItemResponse__Output } from './viam/app/v1/DeleteRegistryItemResponse';
import type { DeleteRobotPartRequest as _viam_app_v1_DeleteRobotPartRequest, DeleteRobotPartRequest__Output as _viam_app_v1_DeleteRobotPartRequest__Output } from './viam/app/v1/DeleteRobotPartRequest';
import type { DeleteRobotPartResponse as _viam_app_v1_DeleteRobotPartResponse, DeleteRobotPartResponse__Output as _viam_app_v1_DeleteRobotPartResponse__Output } from './viam/app/v1/DeleteRobotPartResponse';
import type { DeleteRobotPartSecretRequest as _viam_app_v1_DeleteRobotPartSecretRequest, DeleteRobotPartSecretRequest__Output as _viam_app_v1_DeleteRobotPartSecretRequest__Output } from './viam/app/v1/DeleteRobotPartSecretRequest';
import type { DeleteRobotPartSecretResponse as _viam_app_v1_DeleteRobotPartSecretResponse, DeleteRobotPartSecretResponse__Output as _viam_app_v1_DeleteRobotPartSecretResponse__Output } from './viam/app/v1/DeleteRobotPartSecretResponse';
import type { DeleteRobotRequest as _viam_app_v1_DeleteRobotRequest, DeleteRobotRequest__Output as _viam_app_v1_DeleteRobotRequest__Output } from './viam/app/v1/DeleteRobotRequest';
import type { DeleteRobotResponse as _viam_app_v1_DeleteRobotResponse, DeleteRobotResponse__Output as _viam_app_v1_DeleteRobotResponse__Output } from './viam/app/v1/DeleteRobotResponse';
import type { Fragment as _viam_app_v1_Fragment, Fragment__Output as _viam_app_v1_Fragment__Output } from './viam/app/v1/Fragment';
import type { FragmentError as _viam_app_v1_FragmentError, FragmentError__Output as _viam_app_v1_FragmentError__Output } from './viam/app/v1/FragmentError';
import type { FragmentHistoryEntry as _viam_app_v1_FragmentHistoryEntry, FragmentHistoryEntry__Output as _viam_app_v1_FragmentHistoryEntry__Output } from './viam/app/v1/FragmentHistoryEntry';
import type { FragmentRevision as _viam_app_v1_FragmentRevision, FragmentRevision__Output as _viam_app_v1_FragmentRevision__Output } from './viam/app/v1/FragmentRevision';
import type { FragmentSummary as _viam_app_v1_FragmentSummary, FragmentSummary__Output as _viam_app_v1_FragmentSummary__Output } from './viam/app/v1/FragmentSummary';
import type { FragmentTag as _viam_app_v1_FragmentTag, FragmentTag__Output as _viam_app_v1_FragmentTag__Output } from './viam/app/v1/FragmentTag';
import type { FragmentUsage as _viam_app_v1_FragmentUsage, FragmentUsage__Output as _viam_app_v1_FragmentUsage__Output } from './viam/app/v1/FragmentUsage';
import type { GetFragmentHistoryRequest as _viam_app_v1_GetFragmentHistoryRequest, GetFragmentHistoryRequest__Output as _viam_app_v1_GetFragmentHistoryRequest__Output } from './viam/app/v1/GetFragmentHistoryRequest';
import type { GetFragmentHistoryResponse as _viam_app_v1_GetFragmentHistoryResponse, GetFragmentHistoryResponse__Output as _viam_app_v1_GetFragmentHistoryResponse__Output } from './viam/app/v1/GetFragmentHistoryResponse';
import type { GetFragmentRequest as _viam_app_v1_GetFragmentRequest, GetFragmentRequest__Output as _viam_app_v1_GetFragmentRequest__Output } from './viam/app/v1/GetFragmentRequest';
import type { GetFragmentResponse as _viam_app_v1_GetFragmentResponse, GetFragmentResponse__Output as _viam_app_v1_GetFragmentResponse__Output } from './viam/app/v1/GetFragmentResponse';
import type { GetFragmentUsageRequest as _viam_app_v1_GetFragmentUsageRequest, GetFragmentUsageRequest__Output as _viam_app_v1_GetFragmentUsageRequest__Output } from './viam/app/v1/GetFragmentUsageRequest';
import type { GetFragmentUsageResponse as _viam_app_v1_GetFragmentUsageResponse, GetFragmentUsageResponse__Output as _viam_app_v1_GetFragmentUsageResponse__Output } from './viam/app/v1/GetFragmentUsageResponse';
import type { GetLocationMetadataRequest as _viam_app_v1_GetLocationMetadataRequest, GetLocationMetadataRequest__Output as _viam_app_v1_GetLocationMetadataRequest__Output } from './viam/app/v1/GetLocationMetadataRequest';
import type { GetLocationMetadataResponse as _viam_app_v1_GetLocationMetadataResponse, GetLocationMetadataResponse__Output as _viam_app_v1_GetLocationMetadataResponse__Output } from './viam/app/v1/GetLocationMetadataResponse';
import type { GetLocationRequest as _viam_app_v1_GetLocationRequest, GetLocationRequest__Output as _viam_app_v1_GetLocationRequest__Output } from './viam/app/v1/GetLocationRequest';
import type { GetLocationResponse as _viam_app_v1_GetLocationResponse, GetLocationResponse__Output as _viam_app_v1_GetLocationResponse__Output } from './viam/app/v1/GetLocationResponse';
import type { GetModuleRequest as _viam_app_v1_GetModuleRequest, GetModuleRequest__Output as _viam_app_v1_GetModuleRequest__Output } from './viam/app/v1/GetModuleRequest';
import type { GetModuleResponse as _viam_app_v1_GetModuleResponse, GetModuleResponse__Output as _viam_app_v1_GetModuleResponse__Output } from './viam/app/v1/GetModuleResponse';
import type { GetOrganizationMetadataRequest as _viam_app_v1_GetOrganizationMetadataRequest, GetOrganizationMetadataRequest__Output as _viam_app_v1_GetOrganizationMetadataRequest__Output } from './viam/app/v1/GetOrganizationMetadataRequest';
import type { GetOrganizationMetadataResponse as _viam_app_v1_GetOrganizationMetadataResponse, GetOrganizationMetadataResponse__Output as _viam_app_v1_GetOrganizationMetadataResponse__Output } from './viam/app/v1/GetOrganizationMetadataResponse';
import type { GetOrganizationNamespaceAvailabilityRequest as _viam_app_v1_GetOrganizationNamespaceAvailabilityRequest, GetOrganizationNamespaceAvailabilityRequest__Output as _viam_app_v1_GetOrganizationNamespaceAvailabilityRequest__Output } from './viam/app/v1/GetOrganizationNamespaceAvailabilityRequest';
import type { GetOrganizationNamespaceAvailabilityResponse as _viam_app_v1_GetOrganizationNamespaceAvailabilityResponse, GetOrganizationNamespaceAvailabilityResponse__Output as _viam_app_v1_GetOrganizationNamespaceAvailabilityResponse__Output } from './viam/app/v1/GetOrganizationNamespaceAvailabilityResponse';
import type { GetOrganizationRequest as _viam_app_v1_GetOrganizationRequest, GetOrganizationRequest__Output as _viam_app_v1_GetOrganizationRequest__Output } from './viam/app/v1/GetOrganizationRequest';
import type { GetOrganizationResponse as _viam_app_v1_GetOrganizationResponse, GetOrganizationResponse__Output as _viam_app_v1_GetOrganizationResponse__Output } from './viam/app/v1/GetOrganizationResponse';
import type { GetOrganizationsWithAccessToLocationRequest as _viam_app_v1_GetOrganizationsWithAccessToLocationRequest, GetOrganizationsWithAccessToLocationRequest__Output as _viam_app_v1_GetOrganizationsWithAccessToLocationRequest__Output } from './viam/app/v1/GetOrganizationsWithAccessToLocationRequest';
import type { GetOrganizationsWithAccessToLocationResponse as _viam_app_v1_GetOrganizationsWithAccessToLocationResponse, GetOrganizationsWithAccessToLocationResponse__Output as _viam_app_v1_GetOrganizationsWithAccessToLocationResponse__Output } from './viam/app/v1/GetOrganizationsWithAccessToLocationResponse';
import type { GetRegistryItemRequest as _viam_app_v1_GetRegistryItemRequest, GetRegistryItemRequest__Output as _viam_app_v1_GetRegistryItemRequest__Output } from './viam/app/v1/GetRegistryItemRequest';
import type { GetRegistryItemResponse as _viam_app_v1_GetRegistryItemResponse, GetRegistryItemResponse__Output as _viam_app_v1_GetRegistryItemResponse__Output } from './viam/app/v1/GetRegistryItemResponse';
import type { GetRobotAPIKeysRequest as _viam_app_v1_GetRobotAPIKeysRequest, GetRobotAPIKeysRequest__Output as _viam_app_v1_GetRobotAPIKeysRequest__Output } from './viam/app/v1/GetRobotAPIKeysRequest';
import type { GetRobotAPIKeysResponse as _viam_app_v1_GetRobotAPIKeysResponse, GetRobotAPIKeysResponse__Output as _viam_app_v1_GetRobotAPIKeysResponse__Output } from './viam/app/v1/GetRobotAPIKeysResponse';
import type { GetRobotMetadataRequest as _viam_app_v1_GetRobotMetadataRequest, GetRobotMetadataRequest__Output as _viam_app_v1_GetRobotMetadataRequest__Output } from './viam/app/v1/GetRobotMetadataRequest';
import type { GetRobotMetadataResponse as _viam_app_v1_GetRobotMetadataResponse, GetRobotMetadataResponse__Output as _viam_app_v1_GetRobotMetadataResponse__Output } from './viam/app/v1/GetRobotMetadataResponse';
import type { GetRobotPartByNameAndLocationRequest as _viam_app_v1_GetRobotPartByNameAndLocationRequest, GetRobotPartByNameAndLocationRequest__Output as _viam_app_v1_GetRobotPartByNameAndLocationRequest__Output } from './viam/app/v1/GetRobotPartByNameAndLocationRequest';
import type { GetRobotPartByNameAndLocationResponse as _viam_app_v1_GetRobotPartByNameAndLocationResponse, GetRobotPartByNameAndLocationResponse__Output as _viam_app_v1_GetRobotPartByNameAndLocationResponse__Output } from './viam/app/v1/GetRobotPartByNameAndLocationResponse';
import type { GetRobotPartHistoryRequest as _viam_app_v1_GetRobotPartHistoryRequest, GetRobotPartHistoryRequest__Output as _viam_app_v1_GetRobotPartHistoryRequest__Output } from './viam/app/v1/GetRobotPartHistoryRequest';
import type { GetRobotPartHistoryResponse as _viam_app_v1_GetRobotPartHistoryResponse, GetRobotPartHistoryResponse__Output as _viam_app_v1_GetRobotPartHistoryResponse__Output } from './viam/app/v1/GetRobotPartHistoryResponse';
import type { GetRobotPartLogsRequest as _viam_app_v1_GetRobotPartLogsRequest, GetRobotPartLogsRequest__Output as _viam_app_v1_GetRobotPartLogsRequest__Output } from './viam/app/v1/GetRobotPartLogsRequest';
import type { GetRobotPartLogsResponse as _viam_app_v1_GetRobotPartLogsResponse, GetRobotPartLogsResponse__Output as _viam_app_v1_GetRobotPartLogsResponse__Output } from './viam/app/v1/GetRobotPartLogsResponse';
import type { GetRobotPartMetadataRequest as _viam_app_v1_GetRobotPartMetadataRequest, GetRobotPartMetadataRequest__Output as _viam_app_v1_GetRobotPartMetadataRequest__Output } from './viam/app/v1/GetRobotPartMetadataRequest';
import type { GetRobotPartMetadataResponse as _viam_app_v1_GetRobotPartMetadataResponse, GetRobotPartMetadataResponse__Output as _viam_app_v1_GetRobotPartMetadataResponse__Output } from './viam/app/v1/GetRobotPartMetadataResponse';
import type { GetRobotPartRequest as _viam_app_v1_GetRobotPartRequest, GetRobotPartRequest__Output as _viam_app_v1_GetRobotPartRequest__Output } from './viam/app/v1/GetRobotPartRequest';
import type { GetRobotPartResponse as _viam_app_v1_GetRobotPartResponse, GetRobotPartResponse__Output as _viam_app_v1_GetRobotPartResponse__Output } from './viam/app/v1/GetRobotPartResponse';
import type { GetRobotPartsRequest as _viam_app_v1_GetRobotPartsRequest, GetRobotPartsRequest__Output as _viam_app_v1_GetRobotPartsRequest__Output } from './viam/app/v1/GetRobotPartsRequest';
import type { GetRobotPartsResponse as _viam_app_v1_GetRobotPartsResponse, GetRobotPartsResponse__Output as _viam_app_v1_GetRobotPartsResponse__Output } from './viam/app/v1/GetRobotPartsResponse';
import type { GetRobotRequest as _viam_app_v1_GetRobotRequest, GetRobotRequest__Output as _viam_app_v1_GetRobotRequest__Output } from './viam/app/v1/GetRobotRequest';
import type { GetRobotResponse as _viam_app_v1_GetRobotResponse, GetRobotResponse__Output as _viam_app_v1_GetRobotResponse__Output } from './viam/app/v1/GetRobotResponse';
import type { GetUserIDByEmailRequest as _viam_app_v1_GetUserIDByEmailRequest, GetUserIDByEmailRequest__Output as _viam_app_v1_GetUserIDByEmailRequest__Output } from './viam/app/v1/GetUserIDByEmailRequest';
import type { GetUserIDByEmailResponse as _viam_app_v1_GetUserIDByEmailResponse, GetUserIDByEmailResponse__Output as _viam_app_v1_GetUserIDByEmailResponse__Output } from './viam/app/v1/GetUserIDByEmailResponse';
import type { ListAuthorizationsRequest as _viam_app_v1_ListAuthorizationsRequest, ListAuthorizationsRequest__Output as _viam_app_v1_ListAuthorizationsRequest__Output } from './viam/app/v1/ListAuthorizationsRequest';
import type { ListAuthorizationsResponse as _viam_app_v1_ListAuthorizationsResponse, ListAuthorizationsResponse__Output as _viam_app_v1_ListAuthorizationsResponse__Output } from './viam/app/v1/ListAuthorizationsResponse';
import type { ListFragmentsRequest as _viam_app_v1_ListFragmentsRequest, ListFragmentsRequest__Output as _viam_app_v1_ListFragmentsRequest__Output } from './viam/app/v1/ListFragmentsRequest';
import type { ListFragmentsResponse as _viam_app_v1_ListFragmentsResponse, ListFragmentsResponse__Output as _viam_app_v1_ListFragmentsResponse__Output } from './viam/app/v1/ListFragmentsResponse';
import type { ListKeysRequest as _viam_app_v1_ListKeysRequest, ListKeysRequest__Output as _viam_app_v1_ListKeysRequest__Output } from './viam/app/v1/ListKeysRequest';
import type { ListKeysResponse as _viam_app_v1_ListKeysResponse, ListKeysResponse__Output as _viam_app_v1_ListKeysResponse__Output } from './viam/app/v1/ListKeysResponse';
import type { ListLocationsRequest as _viam_app_v1_ListLocationsRequest, ListLocationsRequest__Output as _viam_app_v1_ListLocationsRequest__Output } from './viam/app/v1/ListLocationsRequest';
import type { ListLocationsResponse as _viam_app_v1_ListLocationsResponse, ListLocationsResponse__Output as _viam_app_v1_ListLocationsResponse__Output } from './viam/app/v1/ListLocationsResponse';
import type { ListMachineFragmentsRequest as _viam_app_v1_ListMachineFragmentsRequest, ListMachineFragmentsRequest__Output as _viam_app_v1_ListMachineFragmentsRequest__Output } from './viam/app/v1/ListMachineFragmentsRequest';
import type { ListMachineFragmentsResponse as _viam_app_v1_ListMachineFragmentsResponse, ListMachineFragmentsResponse__Output as _viam_app_v1_ListMachineFragmentsResponse__Output } from './viam/app/v1/ListMachineFragmentsResponse';
import type { ListMachineSummariesRequest as _viam_app_v1_ListMachineSummariesRequest, ListMachineSummariesRequest__Output as _viam_app_v1_ListMachineSummariesRequest__Output } from './viam/app/v1/ListMachineSummariesRequest';
import type { ListMachineSummariesResponse as _viam_app_v1_ListMachineSummariesResponse, ListMachineSummariesResponse__Output as _viam_app_v1_ListMachineSummariesResponse__Output } from './viam/app/v1/ListMachineSummariesResponse';
import type { ListModulesRequest as _viam_app_v1_ListModulesRequest, ListModulesRequest__Output as _viam_app_v1_ListModulesRequest__Output } from './viam/app/v1/ListModulesRequest';
import type { ListModulesResponse as _viam_app_v1_ListModulesResponse, ListModulesResponse__Output as _viam_app_v1_ListModulesResponse__Output } from './viam/app/v1/ListModulesResponse';
import type { ListNestedFragmentsRequest as _viam_app_v1_ListNestedFragmentsRequest, ListNestedFragmentsRequest__Output as _viam_app_v1_ListNestedFragmentsRequest__Output } from './viam/app/v1/ListNestedFragmentsRequest';
import type { ListNestedFragmentsResponse as _viam_app_v1_ListNestedFragmentsResponse, ListNestedFragmentsResponse__Output as _viam_app_v1_ListNestedFragmentsResponse__Output } from './viam/app/v1/ListNestedFragmentsResponse';
import type { ListOrganizationMembersRequest as _viam_app_v1_ListOrganizationMembersRequest, ListOrganizationMembersRequest__Output as _viam_app_v1_ListOrganizationMembersRequest__Output } from './viam/app/v1/ListOrganizationMembersRequest';
import type { ListOrganizationMembersResponse as _viam_app_v1_ListOrganizationMembersResponse, ListOrganizationMembersResponse__Output as _viam_app_v1_ListOrganizationMembersResponse__Output } from './viam/app/v1/ListOrganizationMembersResponse';
import type { ListOrganizationsByUserRequest as _viam_app_v1_ListOrganizationsByUserRequest, ListOrganizationsByUserRequest__Output as _viam_app_v1_ListOrganizationsByUserRequest__Output } from './viam/app/v1/ListOrganizationsByUserRequest';
import type { ListOrganizationsByUserResponse as _viam_app_v1_ListOrganizationsByUserResponse, ListOrganizationsByUserResponse__Output as _viam_app_v1_ListOrganizationsByUserResponse__Output } from './viam/app/v1/ListOrganizationsByUserResponse';
import type { ListOrganizationsRequest as _viam_app_v1_ListOrganizationsRequest, ListOrganizationsRequest__Output as _viam_app_v1_ListOrganizationsRequest__Output } from './viam/app/v1/ListOrganizationsRequest';
import type { ListOrganizationsResponse as _viam_app_v1_ListOrganizationsResponse, ListOrganizationsResponse__Output as _viam_app_v1_ListOrganizationsResponse__Output } from './viam/app/v1/ListOrganizationsResponse';
import type { ListRegistryItemsRequest as _viam_app_v1_ListRegistryItemsRequest, ListRegistryItemsRequest__Output as _viam_app_v1_ListRegistryItemsRequest__Output } from './viam/app/v1/ListRegistryItemsRequest';
import type { ListRegistryItemsResponse as _viam_app_v1_ListRegistryItemsResponse, ListRegistryItemsResponse__Output as _viam_app_v1_ListRegistryItemsResponse__Output } from './viam/app/v1/ListRegistryItemsResponse';
import type { ListRobotsForLocationsRequest as _viam_app_v1_ListRobotsForLocationsRequest, ListRobotsForLocationsRequest__Output as _viam_app_v1_ListRobotsForLocationsRequest__Output } from './viam/app/v1/ListRobotsForLocationsRequest';
import type { ListRobotsForLocationsResponse as _viam_app_v1_ListRobotsForLocationsResponse, ListRobotsForLocationsResponse__Output as _viam_app_v1_ListRobotsForLocationsResponse__Output } from './viam/app/v1/ListRobotsForLocationsResponse';
import type { ListRobotsForOrgRequest as _viam_app_v1_ListRobotsForOrgRequest, ListRobotsForOrgRequest__Output as _viam_app_v1_ListRobotsForOrgRequest__Output } from './viam/app/v1/ListRobotsForOrgRequest';
import type { ListRobotsForOrgResponse as _viam_app_v1_ListRobotsForOrgResponse, ListRobotsForOrgResponse__Output as _viam_app_v1_ListRobotsForOrgResponse__Output } from './viam/app/v1/ListRobotsForOrgResponse';
import type { ListRobotsRequest as _viam_app_v1_ListRobotsRequest, ListRobotsRequest__Output as _viam_app_v1_ListRobotsRequest__Output } from './viam/app/v1/ListRobotsRequest';
import type { ListRobotsResponse as _viam_app_v1_ListRobotsResponse, ListRobotsResponse__Output as _viam_app_v1_ListRobotsResponse__Output } from './viam/app/v1/ListRobotsResponse';
import type { Location as _viam_app_v1_Location, Location__Output as _viam_app_v1_Location__Output } from './viam/app/v1/Location';
import type { LocationAuth as _viam_app_v1_LocationAuth, LocationAuth__Output as _viam_app_v1_LocationAuth__Output } from './viam/app/v1/LocationAuth';
import type { LocationAuthRequest as _viam_app_v1_LocationAuthRequest, LocationAuthRequest__Output as _viam_app_v1_LocationAuthRequest__Output } from './viam/app/v1/LocationAuthRequest';
import type { LocationAuthResponse as _viam_app_v1_LocationAuthResponse, LocationAuthResponse__Output as _viam_app_v1_LocationAuthResponse__Output } from './viam/app/v1/LocationAuthResponse';
import type { LocationOrganization as _viam_app_v1_LocationOrganization, LocationOrganization__Output as _viam_app_v1_LocationOrganization__Output } from './viam/app/v1/LocationOrganization';
import type { LocationSummary as _viam_app_v1_LocationSummary, LocationSummary__Output as _viam_app_v1_LocationSummary__Output } from './viam/app/v1/LocationSummary';
import type { MachinePickerCustomizations as _viam_app_v1_MachinePickerCustomizations, MachinePickerCustomizations__Output as _viam_app_v1_MachinePickerCustomizations__Output } from './viam/app/v1/MachinePickerCustomizations';
import type { MachineSummary as _viam_app_v1_MachineSummary, MachineSummary__Output as _viam_app_v1_MachineSummary__Output } from './viam/app/v1/MachineSummary';
import type { MarkPartAsMainRequest as _viam_app_v1_MarkPartAsMainRequest, MarkPartAsMainRequest__Output as _viam_app_v1_MarkPartAsMainRequest__Output } from './viam/app/v1/MarkPartAsMainRequest';
import type { MarkPartAsMainResponse as _viam_app_v1_MarkPartAsMainResponse, MarkPartAsMainResponse__Output as _viam_app_v1_MarkPartAsMainResponse__Output } from './viam/app/v1/MarkPartAsMainResponse';
import type { MarkPartForRestartRequest as _viam_app_v1_MarkPartForRestartRequest, MarkPartForRestartRequest__Output as _viam_app_v1_MarkPartForRestartRequest__Output } from './viam/app/v1/MarkPartForRestartRequest';
import type { MarkPartForRestartResponse as _viam_app_v1_MarkPartForRestartResponse, MarkPartForRestartResponse__Output as _viam_app_v1_MarkPartForRestartResponse__Output } from './viam/app/v1/MarkPartForRestartResponse';
import type { Model as _viam_app_v1_Model, Model__Output as _viam_app_v1_Model__Output } from './viam/app/v1/Model';
import type { Module as _viam_app_v1_Module, Module__Output as _viam_app_v1_Module__Output } from './viam/app/v1/Module';
import type { ModuleFileInfo as _viam_app_v1_ModuleFileInfo, ModuleFileInfo__Output as _viam_app_v1_ModuleFileInfo__Output } from './viam/app/v1/ModuleFileInfo';
import type { ModuleMetadata as _viam_app_v1_ModuleMetadata, ModuleMetadata__Output as _viam_app_v1_ModuleMetadata__Output } from './viam/app/v1/ModuleMetadata';
import type { ModuleVersion as _viam_app_v1_ModuleVersion, ModuleVersion__Output as _viam_app_v1_ModuleVersion__Output } from './viam/app/v1/ModuleVersion';
import type { NewRobotPartRequest as _viam_app_v1_NewRobotPartRequest, NewRobotPartRequest__Output as _viam_app_v1_NewRobotPartRequest__Output } from './viam/app/v1/NewRobotPartRequest';
import type { NewRobotPartResponse as _viam_app_v1_NewRobotPartResponse, NewRobotPartResponse__Output as _viam_app_v1_NewRobotPartResponse__Output } from './viam/app/v1/NewRobotPartResponse';
import type { NewRobotRequest as _viam_app_v1_NewRobotRequest, NewRobotRequest__Output as _viam_app_v1_NewRobotRequest__Output } from './viam/app/v1/NewRobotRequest';
import type { NewRobotResponse as _viam_app_v1_NewRobotResponse, NewRobotResponse__Output as _viam_app_v1_NewRobotResponse__Output } from './viam/app/v1/NewRobotResponse';
import type { OrgDetails as _viam_app_v1_OrgDetails, OrgDetails__Output as _viam_app_v1_OrgDetails__Output } from './viam/app/v1/OrgDetails';
import type { Organization as _viam_app_v1_Organization, Organization__Output as _viam_app_v1_Organization__Output } from './viam/app/v1/Organization';
import type { OrganizationIdentity as _viam_app_v1_OrganizationIdentity, OrganizationIdentity__Output as _viam_app_v1_OrganizationIdentity__Output } from './viam/app/v1/OrganizationIdentity';
import type { OrganizationInvite as _viam_app_v1_OrganizationInvite, OrganizationInvite__Output as _viam_app_v1_OrganizationInvite__Output } from './viam/app/v1/OrganizationInvite';
import type { OrganizationMember as _viam_app_v1_OrganizationMember, OrganizationMember__Output as _viam_app_v1_OrganizationMember__Output } from './viam/app/v1/OrganizationMember';
import type { PartSummary as _viam_app_v1_PartSummary, PartSummary__Output as _viam_app_v1_PartSummary__Output } from './viam/app/v1/PartSummary';
import type { RegistryItem as _viam_app_v1_RegistryItem, RegistryItem__Output as _viam_app_v1_RegistryItem__Output } from './viam/app/v1/RegistryItem';
import type { RemoveRoleRequest as _viam_app_v1_RemoveRoleRequest, RemoveRoleRequest__Output as _viam_app_v1_RemoveRoleRequest__Output } from './viam/app/v1/RemoveRoleRequest';
import type { RemoveRoleResponse as _viam_app_v1_RemoveRoleResponse, RemoveRoleResponse__Output as _viam_app_v1_RemoveRoleResponse__Output } from './viam/app/v1/RemoveRoleResponse';
import type { RenameKeyRequest as _viam_app_v1_RenameKeyRequest, RenameKeyRequest__Output as _viam_app_v1_RenameKeyRequest__Output } from './viam/app/v1/RenameKeyRequest';
import type { RenameKeyResponse as _viam_app_v1_RenameKeyResponse, RenameKeyResponse__Output as _viam_app_v1_RenameKeyResponse__Output } from './viam/app/v1/RenameKeyResponse';
import type { RenameRegistryItemRequest as _viam_app_v1_RenameRegistryItemRequest, RenameRegistryItemRequest__Output as _viam_app_v1_RenameRegistryItemRequest__Output } from './viam/app/v1/RenameRegistryItemRequest';
import type { RenameRegistryItemResponse as _viam_app_v1_RenameRegistryItemResponse, RenameRegistryItemResponse__Output as _viam_app_v1_RenameRegistryItemResponse__Output } from './viam/app/v1/RenameRegistryItemResponse';
import type { ResendOrganizationInviteRequest as _viam_app_v1_ResendOrganizationInviteRequest, ResendOrganizationInviteRequest__Output as _viam_app_v1_ResendOrganizationInviteRequest__Output } from './viam/app/v1/ResendOrganizationInviteRequest';
import type { ResendOrganizationInviteResponse as _viam_app_v1_ResendOrganizationInviteResponse, ResendOrganizationInviteResponse__Output as _viam_app_v1_ResendOrganizationInviteResponse__Output } from './viam/app/v1/ResendOrganizationInviteResponse';
import type { ResolvedFragment as _viam_app_v1_ResolvedFragment, ResolvedFragment__Output as _viam_app_v1_ResolvedFragment__Output } from './viam/app/v1/ResolvedFragment';
import type { Robot as _viam_app_v1_Robot, Robot__Output as _viam_app_v1_Robot__Output } from './viam/app/v1/Robot';
import type { RobotPart as _viam_app_v1_RobotPart, RobotPart__Output as _viam_app_v1_RobotPart__Output } from './viam/app/v1/RobotPart';
import type { RobotPartHistoryEntry as _viam_app_v1_RobotPartHistoryEntry, RobotPartHistoryEntry__Output as _viam_app_v1_RobotPartHistoryEntry__Output } from './viam/app/v1/RobotPartHistoryEntry';
import type { RotateKeyRequest as _viam_app_v1_RotateKeyRequest, RotateKeyRequest__Output as _viam_app_v1_RotateKeyRequest__Output } from './viam/app/v1/RotateKeyRequest';
import type { RotateKeyResponse as _viam_app_v1_RotateKeyResponse, RotateKeyResponse__Output as _viam_app_v1_RotateKeyResponse__Output } from './viam/app/v1/RotateKeyResponse';
import type { SetFragmentTagRequest as _viam_app_v1_SetFragmentTagRequest, SetFragmentTagRequest__Output as _viam_app_v1_SetFragmentTagRequest__Output } from './viam/app/v1/SetFragmentTagRequest';
import type { SetFragmentTagResponse as _viam_app_v1_SetFragmentTagResponse, SetFragmentTagResponse__Output as _viam_app_v1_SetFragmentTagResponse__Output } from './viam/app/v1/SetFragmentTagResponse';
import type { ShareLocationRequest as _viam_app_v1_ShareLocationRequest, ShareLocationRequest__Output as _viam_app_v1_ShareLocationRequest__Output } from './viam/app/v1/ShareLocationRequest';
import type { ShareLocationResponse as _viam_app_v1_ShareLocationResponse, ShareLocationResponse__Output as _viam_app_v1_ShareLocationResponse__Output } from './viam/app/v1/ShareLocationResponse';
import type { SharedSecret as _viam_app_v1_SharedSecret, SharedSecret__Output as _viam_app_v1_SharedSecret__Output } from './viam/app/v1/SharedSecret';
import type { StorageConfig as _viam_app_v1_StorageConfig, StorageConfig__Output as _viam_app_v1_StorageConfig__Output } from './viam/app/v1/StorageConfig';
import type { TailRobotPartLogsRequest as _viam_app_v1_TailRobotPartLogsRequest, TailRobotPartLogsRequest__Output as _viam_app_v1_TailRobotPartLogsRequest__Output } from './viam/app/v1/TailRobotPartLogsRequest';
import type { TailRobotPartLogsResponse as _viam_app_v1_TailRobotPartLogsResponse, TailRobotPartLogsResponse__Output as _viam_app_v1_TailRobotPartLogsResponse__Output } from './viam/app/v1/TailRobotPartLogsResponse';
import type { TransferRegistryItemRequest as _viam_app_v1_TransferRegistryItemRequest, TransferRegistryItemRequest__Output as _viam_app_v1_TransferRegistryItemRequest__Output } from './viam/app/v1/TransferRegistryItemRequest';
import type { TransferRegistryItemResponse as _viam_app_v1_TransferRegistryItemResponse, TransferRegistryItemResponse__Output as _viam_app_v1_TransferRegistryItemResponse__Output } from './viam/app/v1/TransferRegistryItemResponse';
import type { UnshareLocationRequest as _viam_app_v1_UnshareLocationRequest, UnshareLocationRequest__Output as _viam_app_v1_UnshareLocationRequest__Output } from './viam/app/v1/UnshareLocationRequest';
import type { UnshareLocationResponse as _viam_app_v1_UnshareLocationResponse, UnshareLocationResponse__Output as _viam_app_v1_UnshareLocationResponse__Output } from './viam/app/v1/UnshareLocationResponse';
import type { UpdateFragmentRequest as _viam_app_v1_UpdateFragmentRequest, UpdateFragmentRequest__Output as _viam_app_v1_UpdateFragmentRequest__Output } from './viam/app/v1/UpdateFragmentRequest';
import type { UpdateFragmentResponse as _viam_app_v1_UpdateFragmentResponse, UpdateFragmentResponse__Output as _viam_app_v1_UpdateFragmentResponse__Output } from './viam/app/v1/UpdateFragmentResponse';
import type { UpdateLocationMetadataRequest as _viam_app_v1_UpdateLocationMetadataRequest, UpdateLocationMetadataRequest__Output as _viam_app_v1_UpdateLocationMetadataRequest__Output } from './viam/app/v1/UpdateLocationMetadataRequest';
import type { UpdateLocationMetadataResponse as _viam_app_v1_UpdateLocationMetadataResponse, UpdateLocationMetadataResponse__Output as _viam_app_v1_UpdateLocationMetadataResponse__Output } from './viam/app/v1/UpdateLocationMetadataResponse';
import type { UpdateLocationRequest as _viam_app_v1_UpdateLocationRequest, UpdateLocationRequest__Output as _viam_app_v1_UpdateLocationRequest__Output } from './viam/app/v1/UpdateLocationRequest';
import type { UpdateLocationResponse as _viam_app_v1_UpdateLocationResponse, UpdateLocationResponse__Output as _viam_app_v1_UpdateLocationResponse__Output } from './viam/app/v1/UpdateLocationResponse';
import type { UpdateModuleMetadata as _viam_app_v1_UpdateModuleMetadata, UpdateModuleMetadata__Output as _viam_app_v1_UpdateModuleMetadata__Output } from './viam/app/v1/UpdateModuleMetadata';
import type { UpdateModuleRequest as _viam_app_v1_UpdateModuleRequest, UpdateModuleRequest__Output as _viam_app_v1_UpdateModuleRequest__Output } from './viam/app/v1/UpdateModuleRequest';
import type { UpdateModuleResponse as _viam_app_v1_UpdateModuleResponse, UpdateModuleResponse__Output as _viam_app_v1_UpdateModuleResponse__Output } from './viam/app/v1/UpdateModuleResponse';
import type { UpdateOrganizationInviteAuthorizationsRequest as _viam_app_v1_UpdateOrganizationInviteAuthorizationsRequest, UpdateOrganizationInviteAuthorizationsRequest__Output as _viam_app_v1_UpdateOrganizationInviteAuthorizationsRequest__Output } from './viam/app/v1/UpdateOrganizationInviteAuthorizationsRequest';
import type { UpdateOrganizationInviteAuthorizationsResponse as _viam_app_v1_UpdateOrganizationInviteAuthorizationsResponse, UpdateOrganizationInviteAuthorizationsResponse__Output as _viam_app_v1_UpdateOrganizationInviteAuthorizationsResponse__Output } from './viam/app/v1/UpdateOrganizationInviteAuthorizationsResponse';
import type { UpdateOrganizationMetadataRequest as _viam_app_v1_UpdateOrganizationMetadataRequest, UpdateOrganizationMetadataRequest__Output as _viam_app_v1_UpdateOrganizationMetadataRequest__Output } from './viam/app/v1/UpdateOrganizationMetadataRequest';
import type { UpdateOrganizationMetadataResponse as _viam_app_v1_UpdateOrganizationMetadataResponse, UpdateOrganizationMetadataResponse__Output as _viam_app_v1_UpdateOrganizationMetadataResponse__Output } from './viam/app/v1/UpdateOrganizationMetadataResponse';
import type { UpdateOrganizationNamespaceRequest as _viam_app_v1_UpdateOrganizationNamespaceRequest, UpdateOrganizationNamespaceRequest__Output as _viam_app_v1_UpdateOrganizationNamespaceRequest__Output } from './viam/app/v1/UpdateOrganizationNamespaceRequest';
import type { UpdateOrganizationNamespaceResponse as _viam_app_v1_UpdateOrganizationNamespaceResponse, UpdateOrganizationNamespaceResponse__Output as _viam_app_v1_UpdateOrganizationNamespaceResponse__Output } from './viam/app/v1/UpdateOrganizationNamespaceResponse';
import type { UpdateOrganizationRequest as _viam_app_v1_UpdateOrganizationRequest, UpdateOrganizationRequest__Output as _viam_app_v1_UpdateOrganizationRequest__Output } from './viam/app/v1/UpdateOrganizationRequest';
import type { UpdateOrganizationResponse as _viam_app_v1_UpdateOrganizationResponse, UpdateOrganizationResponse__Output as _viam_app_v1_UpdateOrganizationResponse__Output } from './viam/app/v1/UpdateOrganizationResponse';
import type { UpdateRegistryItemRequest as _viam_app_v1_UpdateRegistryItemRequest, UpdateRegistryItemRequest__Output as _viam_app_v1_UpdateRegistryItemRequest__Output } from './viam/app/v1/UpdateRegistryItemRequest';
import type { UpdateRegistryItemResponse as _viam_app_v1_UpdateRegistryItemResponse, UpdateRegistryItemResponse__Output as _viam_app_v1_UpdateRegistryItemResponse__Output } from './viam/app/v1/UpdateRegistryItemResponse';
import type { UpdateRobotMetadataRequest as _viam_app_v1_UpdateRobotMetadataRequest, UpdateRobotMetadataRequest__Output as _viam_app_v1_UpdateRobotMetadataRequest__Output } from './viam/app/v1/UpdateRobotMetadataRequest';
import type { UpdateRobotMetadataResponse as _viam_app_v1_UpdateRobotMetadataResponse, UpdateRobotMetadataResponse__Output as _viam_app_v1_UpdateRobotMetadataResponse__Output } from './viam/app/v1/UpdateRobotMetadataResponse';
import type { UpdateRobotPartMetadataRequest as _viam_app_v1_UpdateRobotPartMetadataRequest, UpdateRobotPartMetadataRequest__Output as _viam_app_v1_UpdateRobotPartMetadataRequest__Output } from './viam/app/v1/UpdateRobotPartMetadataRequest';
import type { UpdateRobotPartMetadataResponse as _viam_app_v1_UpdateRobotPartMetadataResponse, UpdateRobotPartMetadataResponse__Output as _viam_app_v1_UpdateRobotPartMetadataResponse__Output } from './viam/app/v1/UpdateRobotPartMetadataResponse';
import type { UpdateRobotPartRequest as _viam_app_v1_UpdateRobotPartRequest, UpdateRobotPartRequest__Output as _viam_app_v1_UpdateRobotPartRequest__Output } from './viam/app/v1/UpdateRobotPartRequest';
import type { UpdateRobotPartResponse as _viam_app_v1_UpdateRobotPartResponse, UpdateRobotPartResponse__Output as _viam_app_v1_UpdateRobotPartResponse__Output } from './viam/app/v1/UpdateRobotPartResponse';
import type { UpdateRobotRequest as _viam_app_v1_UpdateRobotRequest, UpdateRobotRequest__Output as _viam_app_v1_UpdateRobotRequest__Output } from './viam/app/v1/UpdateRobotRequest';
import type { UpdateRobotResponse as _viam_app_v1_UpdateRobotResponse, UpdateRobotResponse__Output as _viam_app_v1_UpdateRobotResponse__Output } from './viam/app/v1/UpdateRobotResponse';
import type { UploadModuleFileRequest as _viam_app_v1_UploadModuleFileRequest, UploadModuleFileRequest__Output as _viam_app_v1_UploadModuleFileRequest__Output } from './viam/app/v1/UploadModuleFileRequest';
import type { UploadModuleFileResponse as _viam_app_v1_UploadModuleFileResponse, UploadModuleFileResponse__Output as _viam_app_v1_UploadModuleFileResponse__Output } from './viam/app/v1/UploadModuleFileResponse';
import type { Uploads as _viam_app_v1_Uploads, Uploads__Output as _viam_app_v1_Uploads__Output } from './viam/app/v1/Uploads';
import type { VersionHistory as _viam_app_v1_VersionHistory, VersionHistory__Output as _viam_app_v1_VersionHistory__Output } from './viam/app/v1/VersionHistory';
import type { ViamAgentVersion as _viam_app_v1_ViamAgentVersion, ViamAgentVersion__Output as _viam_app_v1_ViamAgentVersion__Output } from './viam/app/v1/ViamAgentVersion';
import type { ViamServerVersion as _viam_app_v1_ViamServerVersion, ViamServerVersion__Output as _viam_app_v1_ViamServerVersion__Output } from './viam/app/v1/ViamServerVersion';
import type { LogEntry as _viam_common_v1_LogEntry, LogEntry__Output as _viam_common_v1_LogEntry__Output } from './viam/common/v1/LogEntry';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  google: {
    protobuf: {
      ListValue: MessageTypeDefinition<_google_protobuf_ListValue, _google_protobuf_ListValue__Output>
      NullValue: EnumTypeDefinition
      Struct: MessageTypeDefinition<_google_protobuf_Struct, _google_protobuf_Struct__Output>
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
      Value: MessageTypeDefinition<_google_protobuf_Value, _google_protobuf_Value__Output>
    }
  }
  viam: {
    app: {
      packages: {
        v1: {
          PackageType: EnumTypeDefinition
        }
      }
      v1: {
        APIKey: MessageTypeDefinition<_viam_app_v1_APIKey, _viam_app_v1_APIKey__Output>
        APIKeyWithAuthorizations: MessageTypeDefinition<_viam_app_v1_APIKeyWithAuthorizations, _viam_app_v1_APIKeyWithAuthorizations__Output>
        AddRoleRequest: MessageTypeDefinition<_viam_app_v1_AddRoleRequest, _viam_app_v1_AddRoleRequest__Output>
        AddRoleResponse: MessageTypeDefinition<_viam_app_v1_AddRoleResponse, _viam_app_v1_AddRoleResponse__Output>
        AdditionalFragment: MessageTypeDefinition<_viam_app_v1_AdditionalFragment, _viam_app_v1_AdditionalFragment__Output>
        App: MessageTypeDefinition<_viam_app_v1_App, _viam_app_v1_App__Output>
        AppCustomizations: MessageTypeDefinition<_viam_app_v1_AppCustomizations, _viam_app_v1_AppCustomizations__Output>
        AppService: SubtypeConstructor<typeof grpc.Client, _viam_app_v1_AppServiceClient> & { service: _viam_app_v1_AppServiceDefinition }
        AuthenticationType: EnumTypeDefinition
        AuthenticatorInfo: MessageTypeDefinition<_viam_app_v1_AuthenticatorInfo, _viam_app_v1_AuthenticatorInfo__Output>
        Authorization: MessageTypeDefinition<_viam_app_v1_Authorization, _viam_app_v1_Authorization__Output>
        AuthorizationDetails: MessageTypeDefinition<_viam_app_v1_AuthorizationDetails, _viam_app_v1_AuthorizationDetails__Output>
        AuthorizedPermissions: MessageTypeDefinition<_viam_app_v1_AuthorizedPermissions, _viam_app_v1_AuthorizedPermissions__Output>
        ChangeRoleRequest: MessageTypeDefinition<_viam_app_v1_ChangeRoleRequest, _viam_app_v1_ChangeRoleRequest__Output>
        ChangeRoleResponse: MessageTypeDefinition<_viam_app_v1_ChangeRoleResponse, _viam_app_v1_ChangeRoleResponse__Output>
        CheckPermissionsRequest: MessageTypeDefinition<_viam_app_v1_CheckPermissionsRequest, _viam_app_v1_CheckPermissionsRequest__Output>
        CheckPermissionsResponse: MessageTypeDefinition<_viam_app_v1_CheckPermissionsResponse, _viam_app_v1_CheckPermissionsResponse__Output>
        CreateFragmentRequest: MessageTypeDefinition<_viam_app_v1_CreateFragmentRequest, _viam_app_v1_CreateFragmentRequest__Output>
        CreateFragmentResponse: MessageTypeDefinition<_viam_app_v1_CreateFragmentResponse, _viam_app_v1_CreateFragmentResponse__Output>
        CreateKeyFromExistingKeyAuthorizationsRequest: MessageTypeDefinition<_viam_app_v1_CreateKeyFromExistingKeyAuthorizationsRequest, _viam_app_v1_CreateKeyFromExistingKeyAuthorizationsRequest__Output>
        CreateKeyFromExistingKeyAuthorizationsResponse: MessageTypeDefinition<_viam_app_v1_CreateKeyFromExistingKeyAuthorizationsResponse, _viam_app_v1_CreateKeyFromExistingKeyAuthorizationsResponse__Output>
        CreateKeyRequest: MessageTypeDefinition<_viam_app_v1_CreateKeyRequest, _viam_app_v1_CreateKeyRequest__Output>
        CreateKeyResponse: MessageTypeDefinition<_viam_app_v1_CreateKeyResponse, _viam_app_v1_CreateKeyResponse__Output>
        CreateLocationRequest: MessageTypeDefinition<_viam_app_v1_CreateLocationRequest, _viam_app_v1_CreateLocationRequest__Output>
        CreateLocationResponse: MessageTypeDefinition<_viam_app_v1_CreateLocationResponse, _viam_app_v1_CreateLocationResponse__Output>
        CreateLocationSecretRequest: MessageTypeDefinition<_viam_app_v1_CreateLocationSecretRequest, _viam_app_v1_CreateLocationSecretRequest__Output>
        CreateLocationSecretResponse: MessageTypeDefinition<_viam_app_v1_CreateLocationSecretResponse, _viam_app_v1_CreateLocationSecretResponse__Output>
        CreateModuleRequest: MessageTypeDefinition<_viam_app_v1_CreateModuleRequest, _viam_app_v1_CreateModuleRequest__Output>
        CreateModuleResponse: MessageTypeDefinition<_viam_app_v1_CreateModuleResponse, _viam_app_v1_CreateModuleResponse__Output>
        CreateOrganizationInviteRequest: MessageTypeDefinition<_viam_app_v1_CreateOrganizationInviteRequest, _viam_app_v1_CreateOrganizationInviteRequest__Output>
        CreateOrganizationInviteResponse: MessageTypeDefinition<_viam_app_v1_CreateOrganizationInviteResponse, _viam_app_v1_CreateOrganizationInviteResponse__Output>
        CreateOrganizationRequest: MessageTypeDefinition<_viam_app_v1_CreateOrganizationRequest, _viam_app_v1_CreateOrganizationRequest__Output>
        CreateOrganizationResponse: MessageTypeDefinition<_viam_app_v1_CreateOrganizationResponse, _viam_app_v1_CreateOrganizationResponse__Output>
        CreateRegistryItemRequest: MessageTypeDefinition<_viam_app_v1_CreateRegistryItemRequest, _viam_app_v1_CreateRegistryItemRequest__Output>
        CreateRegistryItemResponse: MessageTypeDefinition<_viam_app_v1_CreateRegistryItemResponse, _viam_app_v1_CreateRegistryItemResponse__Output>
        CreateRobotPartSecretRequest: MessageTypeDefinition<_viam_app_v1_CreateRobotPartSecretRequest, _viam_app_v1_CreateRobotPartSecretRequest__Output>
        CreateRobotPartSecretResponse: MessageTypeDefinition<_viam_app_v1_CreateRobotPartSecretResponse, _viam_app_v1_CreateRobotPartSecretResponse__Output>
        DeleteFragmentRequest: MessageTypeDefinition<_viam_app_v1_DeleteFragmentRequest, _viam_app_v1_DeleteFragmentRequest__Output>
        DeleteFragmentResponse: MessageTypeDefinition<_viam_app_v1_DeleteFragmentResponse, _viam_app_v1_DeleteFragmentResponse__Output>
        DeleteFragmentTagRequest: MessageTypeDefinition<_viam_app_v1_DeleteFragmentTagRequest, _viam_app_v1_DeleteFragmentTagRequest__Output>
        DeleteFragmentTagResponse: MessageTypeDefinition<_viam_app_v1_DeleteFragmentTagResponse, _viam_app_v1_DeleteFragmentTagResponse__Output>
        DeleteKeyRequest: MessageTypeDefinition<_viam_app_v1_DeleteKeyRequest, _viam_app_v1_DeleteKeyRequest__Output>
        DeleteKeyResponse: MessageTypeDefinition<_viam_app_v1_DeleteKeyResponse, _viam_app_v1_DeleteKeyResponse__Output>
        DeleteLocationRequest: MessageTypeDefinition<_viam_app_v1_DeleteLocationRequest, _viam_app_v1_DeleteLocationRequest__Output>
        DeleteLocationResponse: MessageTypeDefinition<_viam_app_v1_DeleteLocationResponse, _viam_app_v1_DeleteLocationResponse__Output>
        DeleteLocationSecretRequest: MessageTypeDefinition<_viam_app_v1_DeleteLocationSecretRequest, _viam_app_v1_DeleteLocationSecretRequest__Output>
        DeleteLocationSecretResponse: MessageTypeDefinition<_viam_app_v1_DeleteLocationSecretResponse, _viam_app_v1_DeleteLocationSecretResponse__Output>
        DeleteOrganizationInviteRequest: MessageTypeDefinition<_viam_app_v1_DeleteOrganizationInviteRequest, _viam_app_v1_DeleteOrganizationInviteRequest__Output>
        DeleteOrganizationInviteResponse: MessageTypeDefinition<_viam_app_v1_DeleteOrganizationInviteResponse, _viam_app_v1_DeleteOrganizationInviteResponse__Output>
        DeleteOrganizationMemberRequest: MessageTypeDefinition<_viam_app_v1_DeleteOrganizationMemberRequest, _viam_app_v1_DeleteOrganizationMemberRequest__Output>
        DeleteOrganizationMemberResponse: MessageTypeDefinition<_viam_app_v1_DeleteOrganizationMemberResponse, _viam_app_v1_DeleteOrganizationMemberResponse__Output>
        DeleteOrganizationRequest: MessageTypeDefinition<_viam_app_v1_DeleteOrganizationRequest, _viam_app_v1_DeleteOrganizationRequest__Output>
        DeleteOrganizationResponse: MessageTypeDefinition<_viam_app_v1_DeleteOrganizationResponse, _viam_app_v1_DeleteOrganizationResponse__Output>
        DeleteRegistryItemRequest: MessageTypeDefinition<_viam_app_v1_DeleteRegistryItemRequest, _viam_app_v1_DeleteRegistryItemRequest__Output>
        DeleteRegistryItemResponse: MessageTypeDefinition<_viam_app_v1_DeleteRegistryItemResponse, _viam_app_v1_DeleteRegistryItemResponse__Output>
        DeleteRobotPartRequest: MessageTypeDefinition<_viam_app_v1_DeleteRobotPartRequest, _viam_app_v1_DeleteRobotPartRequest__Output>
        DeleteRobotPartResponse: MessageTypeDefinition<_viam_app_v1_DeleteRobotPartResponse, _viam_app_v1_DeleteRobotPartResponse__Output>
        DeleteRobotPartSecretRequest: MessageTypeDefinition<_viam_app_v1_DeleteRobotPartSecretRequest, _viam_app_v1_DeleteRobotPartSecretRequest__Output>
        DeleteRobotPartSecretResponse: MessageTypeDefinition<_viam_app_v1_DeleteRobotPartSecretResponse, _viam_app_v1_DeleteRobotPartSecretResponse__Output>
        DeleteRobotRequest: MessageTypeDefinition<_viam_app_v1_DeleteRobotRequest, _viam_app_v1_DeleteRobotRequest__Output>
        DeleteRobotResponse: MessageTypeDefinition<_viam_app_v1_DeleteRobotResponse, _viam_app_v1_DeleteRobotResponse__Output>
        Fragment: MessageTypeDefinition<_viam_app_v1_Fragment, _viam_app_v1_Fragment__Output>
        FragmentError: MessageTypeDefinition<_viam_app_v1_FragmentError, _viam_app_v1_FragmentError__Output>
        FragmentErrorType: EnumTypeDefinition
        FragmentHistoryEntry: MessageTypeDefinition<_viam_app_v1_FragmentHistoryEntry, _viam_app_v1_FragmentHistoryEntry__Output>
        FragmentRevision: MessageTypeDefinition<_viam_app_v1_FragmentRevision, _viam_app_v1_FragmentRevision__Output>
        FragmentSummary: MessageTypeDefinition<_viam_app_v1_FragmentSummary, _viam_app_v1_FragmentSummary__Output>
        FragmentTag: MessageTypeDefinition<_viam_app_v1_FragmentTag, _viam_app_v1_FragmentTag__Output>
        FragmentUsage: MessageTypeDefinition<_viam_app_v1_FragmentUsage, _viam_app_v1_FragmentUsage__Output>
        FragmentVisibility: EnumTypeDefinition
        GetFragmentHistoryRequest: MessageTypeDefinition<_viam_app_v1_GetFragmentHistoryRequest, _viam_app_v1_GetFragmentHistoryRequest__Output>
        GetFragmentHistoryResponse: MessageTypeDefinition<_viam_app_v1_GetFragmentHistoryResponse, _viam_app_v1_GetFragmentHistoryResponse__Output>
        GetFragmentRequest: MessageTypeDefinition<_viam_app_v1_GetFragmentRequest, _viam_app_v1_GetFragmentRequest__Output>
        GetFragmentResponse: MessageTypeDefinition<_viam_app_v1_GetFragmentResponse, _viam_app_v1_GetFragmentResponse__Output>
        GetFragmentUsageRequest: MessageTypeDefinition<_viam_app_v1_GetFragmentUsageRequest, _viam_app_v1_GetFragmentUsageRequest__Output>
        GetFragmentUsageResponse: MessageTypeDefinition<_viam_app_v1_GetFragmentUsageResponse, _viam_app_v1_GetFragmentUsageResponse__Output>
        GetLocationMetadataRequest: MessageTypeDefinition<_viam_app_v1_GetLocationMetadataRequest, _viam_app_v1_GetLocationMetadataRequest__Output>
        GetLocationMetadataResponse: MessageTypeDefinition<_viam_app_v1_GetLocationMetadataResponse, _viam_app_v1_GetLocationMetadataResponse__Output>
        GetLocationRequest: MessageTypeDefinition<_viam_app_v1_GetLocationRequest, _viam_app_v1_GetLocationRequest__Output>
        GetLocationResponse: MessageTypeDefinition<_viam_app_v1_GetLocationResponse, _viam_app_v1_GetLocationResponse__Output>
        GetModuleRequest: MessageTypeDefinition<_viam_app_v1_GetModuleRequest, _viam_app_v1_GetModuleRequest__Output>
        GetModuleResponse: MessageTypeDefinition<_viam_app_v1_GetModuleResponse, _viam_app_v1_GetModuleResponse__Output>
        GetOrganizationMetadataRequest: MessageTypeDefinition<_viam_app_v1_GetOrganizationMetadataRequest, _viam_app_v1_GetOrganizationMetadataRequest__Output>
        GetOrganizationMetadataResponse: MessageTypeDefinition<_viam_app_v1_GetOrganizationMetadataResponse, _viam_app_v1_GetOrganizationMetadataResponse__Output>
        GetOrganizationNamespaceAvailabilityRequest: MessageTypeDefinition<_viam_app_v1_GetOrganizationNamespaceAvailabilityRequest, _viam_app_v1_GetOrganizationNamespaceAvailabilityRequest__Output>
        GetOrganizationNamespaceAvailabilityResponse: MessageTypeDefinition<_viam_app_v1_GetOrganizationNamespaceAvailabilityResponse, _viam_app_v1_GetOrganizationNamespaceAvailabilityResponse__Output>
        GetOrganizationRequest: MessageTypeDefinition<_viam_app_v1_GetOrganizationRequest, _viam_app_v1_GetOrganizationRequest__Output>
        GetOrganizationResponse: MessageTypeDefinition<_viam_app_v1_GetOrganizationResponse, _viam_app_v1_GetOrganizationResponse__Output>
        GetOrganizationsWithAccessToLocationRequest: MessageTypeDefinition<_viam_app_v1_GetOrganizationsWithAccessToLocationRequest, _viam_app_v1_GetOrganizationsWithAccessToLocationRequest__Output>
        GetOrganizationsWithAccessToLocationResponse: MessageTypeDefinition<_viam_app_v1_GetOrganizationsWithAccessToLocationResponse, _viam_app_v1_GetOrganizationsWithAccessToLocationResponse__Output>
        GetRegistryItemRequest: MessageTypeDefinition<_viam_app_v1_GetRegistryItemRequest, _viam_app_v1_GetRegistryItemRequest__Output>
        GetRegistryItemResponse: MessageTypeDefinition<_viam_app_v1_GetRegistryItemResponse, _viam_app_v1_GetRegistryItemResponse__Output>
        GetRobotAPIKeysRequest: MessageTypeDefinition<_viam_app_v1_GetRobotAPIKeysRequest, _viam_app_v1_GetRobotAPIKeysRequest__Output>
        GetRobotAPIKeysResponse: MessageTypeDefinition<_viam_app_v1_GetRobotAPIKeysResponse, _viam_app_v1_GetRobotAPIKeysResponse__Output>
        GetRobotMetadataRequest: MessageTypeDefinition<_viam_app_v1_GetRobotMetadataRequest, _viam_app_v1_GetRobotMetadataRequest__Output>
        GetRobotMetadataResponse: MessageTypeDefinition<_viam_app_v1_GetRobotMetadataResponse, _viam_app_v1_GetRobotMetadataResponse__Output>
        GetRobotPartByNameAndLocationRequest: MessageTypeDefinition<_viam_app_v1_GetRobotPartByNameAndLocationRequest, _viam_app_v1_GetRobotPartByNameAndLocationRequest__Output>
        GetRobotPartByNameAndLocationResponse: MessageTypeDefinition<_viam_app_v1_GetRobotPartByNameAndLocationResponse, _viam_app_v1_GetRobotPartByNameAndLocationResponse__Output>
        GetRobotPartHistoryRequest: MessageTypeDefinition<_viam_app_v1_GetRobotPartHistoryRequest, _viam_app_v1_GetRobotPartHistoryRequest__Output>
        GetRobotPartHistoryResponse: MessageTypeDefinition<_viam_app_v1_GetRobotPartHistoryResponse, _viam_app_v1_GetRobotPartHistoryResponse__Output>
        GetRobotPartLogsRequest: MessageTypeDefinition<_viam_app_v1_GetRobotPartLogsRequest, _viam_app_v1_GetRobotPartLogsRequest__Output>
        GetRobotPartLogsResponse: MessageTypeDefinition<_viam_app_v1_GetRobotPartLogsResponse, _viam_app_v1_GetRobotPartLogsResponse__Output>
        GetRobotPartMetadataRequest: MessageTypeDefinition<_viam_app_v1_GetRobotPartMetadataRequest, _viam_app_v1_GetRobotPartMetadataRequest__Output>
        GetRobotPartMetadataResponse: MessageTypeDefinition<_viam_app_v1_GetRobotPartMetadataResponse, _viam_app_v1_GetRobotPartMetadataResponse__Output>
        GetRobotPartRequest: MessageTypeDefinition<_viam_app_v1_GetRobotPartRequest, _viam_app_v1_GetRobotPartRequest__Output>
        GetRobotPartResponse: MessageTypeDefinition<_viam_app_v1_GetRobotPartResponse, _viam_app_v1_GetRobotPartResponse__Output>
        GetRobotPartsRequest: MessageTypeDefinition<_viam_app_v1_GetRobotPartsRequest, _viam_app_v1_GetRobotPartsRequest__Output>
        GetRobotPartsResponse: MessageTypeDefinition<_viam_app_v1_GetRobotPartsResponse, _viam_app_v1_GetRobotPartsResponse__Output>
        GetRobotRequest: MessageTypeDefinition<_viam_app_v1_GetRobotRequest, _viam_app_v1_GetRobotRequest__Output>
        GetRobotResponse: MessageTypeDefinition<_viam_app_v1_GetRobotResponse, _viam_app_v1_GetRobotResponse__Output>
        GetUserIDByEmailRequest: MessageTypeDefinition<_viam_app_v1_GetUserIDByEmailRequest, _viam_app_v1_GetUserIDByEmailRequest__Output>
        GetUserIDByEmailResponse: MessageTypeDefinition<_viam_app_v1_GetUserIDByEmailResponse, _viam_app_v1_GetUserIDByEmailResponse__Output>
        ListAuthorizationsRequest: MessageTypeDefinition<_viam_app_v1_ListAuthorizationsRequest, _viam_app_v1_ListAuthorizationsRequest__Output>
        ListAuthorizationsResponse: MessageTypeDefinition<_viam_app_v1_ListAuthorizationsResponse, _viam_app_v1_ListAuthorizationsResponse__Output>
        ListFragmentsRequest: MessageTypeDefinition<_viam_app_v1_ListFragmentsRequest, _viam_app_v1_ListFragmentsRequest__Output>
        ListFragmentsResponse: MessageTypeDefinition<_viam_app_v1_ListFragmentsResponse, _viam_app_v1_ListFragmentsResponse__Output>
        ListKeysRequest: MessageTypeDefinition<_viam_app_v1_ListKeysRequest, _viam_app_v1_ListKeysRequest__Output>
        ListKeysResponse: MessageTypeDefinition<_viam_app_v1_ListKeysResponse, _viam_app_v1_ListKeysResponse__Output>
        ListLocationsRequest: MessageTypeDefinition<_viam_app_v1_ListLocationsRequest, _viam_app_v1_ListLocationsRequest__Output>
        ListLocationsResponse: MessageTypeDefinition<_viam_app_v1_ListLocationsResponse, _viam_app_v1_ListLocationsResponse__Output>
        ListMachineFragmentsRequest: MessageTypeDefinition<_viam_app_v1_ListMachineFragmentsRequest, _viam_app_v1_ListMachineFragmentsRequest__Output>
        ListMachineFragmentsResponse: MessageTypeDefinition<_viam_app_v1_ListMachineFragmentsResponse, _viam_app_v1_ListMachineFragmentsResponse__Output>
        ListMachineSummariesRequest: MessageTypeDefinition<_viam_app_v1_ListMachineSummariesRequest, _viam_app_v1_ListMachineSummariesRequest__Output>
        ListMachineSummariesResponse: MessageTypeDefinition<_viam_app_v1_ListMachineSummariesResponse, _viam_app_v1_ListMachineSummariesResponse__Output>
        ListModulesRequest: MessageTypeDefinition<_viam_app_v1_ListModulesRequest, _viam_app_v1_ListModulesRequest__Output>
        ListModulesResponse: MessageTypeDefinition<_viam_app_v1_ListModulesResponse, _viam_app_v1_ListModulesResponse__Output>
        ListNestedFragmentsRequest: MessageTypeDefinition<_viam_app_v1_ListNestedFragmentsRequest, _viam_app_v1_ListNestedFragmentsRequest__Output>
        ListNestedFragmentsResponse: MessageTypeDefinition<_viam_app_v1_ListNestedFragmentsResponse, _viam_app_v1_ListNestedFragmentsResponse__Output>
        ListOrganizationMembersRequest: MessageTypeDefinition<_viam_app_v1_ListOrganizationMembersRequest, _viam_app_v1_ListOrganizationMembersRequest__Output>
        ListOrganizationMembersResponse: MessageTypeDefinition<_viam_app_v1_ListOrganizationMembersResponse, _viam_app_v1_ListOrganizationMembersResponse__Output>
        ListOrganizationsByUserRequest: MessageTypeDefinition<_viam_app_v1_ListOrganizationsByUserRequest, _viam_app_v1_ListOrganizationsByUserRequest__Output>
        ListOrganizationsByUserResponse: MessageTypeDefinition<_viam_app_v1_ListOrganizationsByUserResponse, _viam_app_v1_ListOrganizationsByUserResponse__Output>
        ListOrganizationsRequest: MessageTypeDefinition<_viam_app_v1_ListOrganizationsRequest, _viam_app_v1_ListOrganizationsRequest__Output>
        ListOrganizationsResponse: MessageTypeDefinition<_viam_app_v1_ListOrganizationsResponse, _viam_app_v1_ListOrganizationsResponse__Output>
        ListRegistryItemsRequest: MessageTypeDefinition<_viam_app_v1_ListRegistryItemsRequest, _viam_app_v1_ListRegistryItemsRequest__Output>
        ListRegistryItemsResponse: MessageTypeDefinition<_viam_app_v1_ListRegistryItemsResponse, _viam_app_v1_ListRegistryItemsResponse__Output>
        ListRobotsForLocationsRequest: MessageTypeDefinition<_viam_app_v1_ListRobotsForLocationsRequest, _viam_app_v1_ListRobotsForLocationsRequest__Output>
        ListRobotsForLocationsResponse: MessageTypeDefinition<_viam_app_v1_ListRobotsForLocationsResponse, _viam_app_v1_ListRobotsForLocationsResponse__Output>
        ListRobotsForOrgRequest: MessageTypeDefinition<_viam_app_v1_ListRobotsForOrgRequest, _viam_app_v1_ListRobotsForOrgRequest__Output>
        ListRobotsForOrgResponse: MessageTypeDefinition<_viam_app_v1_ListRobotsForOrgResponse, _viam_app_v1_ListRobotsForOrgResponse__Output>
        ListRobotsRequest: MessageTypeDefinition<_viam_app_v1_ListRobotsRequest, _viam_app_v1_ListRobotsRequest__Output>
        ListRobotsResponse: MessageTypeDefinition<_viam_app_v1_ListRobotsResponse, _viam_app_v1_ListRobotsResponse__Output>
        Location: MessageTypeDefinition<_viam_app_v1_Location, _viam_app_v1_Location__Output>
        LocationAuth: MessageTypeDefinition<_viam_app_v1_LocationAuth, _viam_app_v1_LocationAuth__Output>
        LocationAuthRequest: MessageTypeDefinition<_viam_app_v1_LocationAuthRequest, _viam_app_v1_LocationAuthRequest__Output>
        LocationAuthResponse: MessageTypeDefinition<_viam_app_v1_LocationAuthResponse, _viam_app_v1_LocationAuthResponse__Output>
        LocationOrganization: MessageTypeDefinition<_viam_app_v1_LocationOrganization, _viam_app_v1_LocationOrganization__Output>
        LocationSummary: MessageTypeDefinition<_viam_app_v1_LocationSummary, _viam_app_v1_LocationSummary__Output>
        MachinePickerCustomizations: MessageTypeDefinition<_viam_app_v1_MachinePickerCustomizations, _viam_app_v1_MachinePickerCustomizations__Output>
        MachineSummary: MessageTypeDefinition<_viam_app_v1_MachineSummary, _viam_app_v1_MachineSummary__Output>
        MarkPartAsMainRequest: MessageTypeDefinition<_viam_app_v1_MarkPartAsMainRequest, _viam_app_v1_MarkPartAsMainRequest__Output>
        MarkPartAsMainResponse: MessageTypeDefinition<_viam_app_v1_MarkPartAsMainResponse, _viam_app_v1_MarkPartAsMainResponse__Output>
        MarkPartForRestartRequest: MessageTypeDefinition<_viam_app_v1_MarkPartForRestartRequest, _viam_app_v1_MarkPartForRestartRequest__Output>
        MarkPartForRestartResponse: MessageTypeDefinition<_viam_app_v1_MarkPartForRestartResponse, _viam_app_v1_MarkPartForRestartResponse__Output>
        Model: MessageTypeDefinition<_viam_app_v1_Model, _viam_app_v1_Model__Output>
        Module: MessageTypeDefinition<_viam_app_v1_Module, _viam_app_v1_Module__Output>
        ModuleFileInfo: MessageTypeDefinition<_viam_app_v1_ModuleFileInfo, _viam_app_v1_ModuleFileInfo__Output>
        ModuleMetadata: MessageTypeDefinition<_viam_app_v1_ModuleMetadata, _viam_app_v1_ModuleMetadata__Output>
        ModuleVersion: MessageTypeDefinition<_viam_app_v1_ModuleVersion, _viam_app_v1_ModuleVersion__Output>
        NewRobotPartRequest: MessageTypeDefinition<_viam_app_v1_NewRobotPartRequest, _viam_app_v1_NewRobotPartRequest__Output>
        NewRobotPartResponse: MessageTypeDefinition<_viam_app_v1_NewRobotPartResponse, _viam_app_v1_NewRobotPartResponse__Output>
        NewRobotRequest: MessageTypeDefinition<_viam_app_v1_NewRobotRequest, _viam_app_v1_NewRobotRequest__Output>
        NewRobotResponse: MessageTypeDefinition<_viam_app_v1_NewRobotResponse, _viam_app_v1_NewRobotResponse__Output>
        OnlineState: EnumTypeDefinition
        OrgDetails: MessageTypeDefinition<_viam_app_v1_OrgDetails, _viam_app_v1_OrgDetails__Output>
        Organization: MessageTypeDefinition<_viam_app_v1_Organization, _viam_app_v1_Organization__Output>
        OrganizationIdentity: MessageTypeDefinition<_viam_app_v1_OrganizationIdentity, _viam_app_v1_OrganizationIdentity__Output>
        OrganizationInvite: MessageTypeDefinition<_viam_app_v1_OrganizationInvite, _viam_app_v1_OrganizationInvite__Output>
        OrganizationMember: MessageTypeDefinition<_viam_app_v1_OrganizationMember, _viam_app_v1_OrganizationMember__Output>
        PartSummary: MessageTypeDefinition<_viam_app_v1_PartSummary, _viam_app_v1_PartSummary__Output>
        RegistryItem: MessageTypeDefinition<_viam_app_v1_RegistryItem, _viam_app_v1_RegistryItem__Output>
        RemoveRoleRequest: MessageTypeDefinition<_viam_app_v1_RemoveRoleRequest, _viam_app_v1_RemoveRoleRequest__Output>
        RemoveRoleResponse: MessageTypeDefinition<_viam_app_v1_RemoveRoleResponse, _viam_app_v1_RemoveRoleResponse__Output>
        RenameKeyRequest: MessageTypeDefinition<_viam_app_v1_RenameKeyRequest, _viam_app_v1_RenameKeyRequest__Output>
        RenameKeyResponse: MessageTypeDefinition<_viam_app_v1_RenameKeyResponse, _viam_app_v1_RenameKeyResponse__Output>
        RenameRegistryItemRequest: MessageTypeDefinition<_viam_app_v1_RenameRegistryItemRequest, _viam_app_v1_RenameRegistryItemRequest__Output>
        RenameRegistryItemResponse: MessageTypeDefinition<_viam_app_v1_RenameRegistryItemResponse, _viam_app_v1_RenameRegistryItemResponse__Output>
        ResendOrganizationInviteRequest: MessageTypeDefinition<_viam_app_v1_ResendOrganizationInviteRequest, _viam_app_v1_ResendOrganizationInviteRequest__Output>
        ResendOrganizationInviteResponse: MessageTypeDefinition<_viam_app_v1_ResendOrganizationInviteResponse, _viam_app_v1_ResendOrganizationInviteResponse__Output>
        ResolvedFragment: MessageTypeDefinition<_viam_app_v1_ResolvedFragment, _viam_app_v1_ResolvedFragment__Output>
        Robot: MessageTypeDefinition<_viam_app_v1_Robot, _viam_app_v1_Robot__Output>
        RobotPart: MessageTypeDefinition<_viam_app_v1_RobotPart, _viam_app_v1_RobotPart__Output>
        RobotPartHistoryEntry: MessageTypeDefinition<_viam_app_v1_RobotPartHistoryEntry, _viam_app_v1_RobotPartHistoryEntry__Output>
        RotateKeyRequest: MessageTypeDefinition<_viam_app_v1_RotateKeyRequest, _viam_app_v1_RotateKeyRequest__Output>
        RotateKeyResponse: MessageTypeDefinition<_viam_app_v1_RotateKeyResponse, _viam_app_v1_RotateKeyResponse__Output>
        SetFragmentTagRequest: MessageTypeDefinition<_viam_app_v1_SetFragmentTagRequest, _viam_app_v1_SetFragmentTagRequest__Output>
        SetFragmentTagResponse: MessageTypeDefinition<_viam_app_v1_SetFragmentTagResponse, _viam_app_v1_SetFragmentTagResponse__Output>
        ShareLocationRequest: MessageTypeDefinition<_viam_app_v1_ShareLocationRequest, _viam_app_v1_ShareLocationRequest__Output>
        ShareLocationResponse: MessageTypeDefinition<_viam_app_v1_ShareLocationResponse, _viam_app_v1_ShareLocationResponse__Output>
        SharedSecret: MessageTypeDefinition<_viam_app_v1_SharedSecret, _viam_app_v1_SharedSecret__Output>
        StorageConfig: MessageTypeDefinition<_viam_app_v1_StorageConfig, _viam_app_v1_StorageConfig__Output>
        TailRobotPartLogsRequest: MessageTypeDefinition<_viam_app_v1_TailRobotPartLogsRequest, _viam_app_v1_TailRobotPartLogsRequest__Output>
        TailRobotPartLogsResponse: MessageTypeDefinition<_viam_app_v1_TailRobotPartLogsResponse, _viam_app_v1_TailRobotPartLogsResponse__Output>
        TransferRegistryItemRequest: MessageTypeDefinition<_viam_app_v1_TransferRegistryItemRequest, _viam_app_v1_TransferRegistryItemRequest__Output>
        TransferRegistryItemResponse: MessageTypeDefinition<_viam_app_v1_TransferRegistryItemResponse, _viam_app_v1_TransferRegistryItemResponse__Output>
        UnshareLocationRequest: MessageTypeDefinition<_viam_app_v1_UnshareLocationRequest, _viam_app_v1_UnshareLocationRequest__Output>
        UnshareLocationResponse: MessageTypeDefinition<_viam_app_v1_UnshareLocationResponse, _viam_app_v1_UnshareLocationResponse__Output>
        UpdateFragmentRequest: MessageTypeDefinition<_viam_app_v1_UpdateFragmentRequest, _viam_app_v1_UpdateFragmentRequest__Output>
        UpdateFragmentResponse: MessageTypeDefinition<_viam_app_v1_UpdateFragmentResponse, _viam_app_v1_UpdateFragmentResponse__Output>
        UpdateLocationMetadataRequest: MessageTypeDefinition<_viam_app_v1_UpdateLocationMetadataRequest, _viam_app_v1_UpdateLocationMetadataRequest__Output>
        UpdateLocationMetadataResponse: MessageTypeDefinition<_viam_app_v1_UpdateLocationMetadataResponse, _viam_app_v1_UpdateLocationMetadataResponse__Output>
        UpdateLocationRequest: MessageTypeDefinition<_viam_app_v1_UpdateLocationRequest, _viam_app_v1_UpdateLocationRequest__Output>
        UpdateLocationResponse: MessageTypeDefinition<_viam_app_v1_UpdateLocationResponse, _viam_app_v1_UpdateLocationResponse__Output>
        UpdateModuleMetadata: MessageTypeDefinition<_viam_app_v1_UpdateModuleMetadata, _viam_app_v1_UpdateModuleMetadata__Output>
        UpdateModuleRequest: MessageTypeDefinition<_viam_app_v1_UpdateModuleRequest, _viam_app_v1_UpdateModuleRequest__Output>
        UpdateModuleResponse: MessageTypeDefinition<_viam_app_v1_UpdateModuleResponse, _viam_app_v1_UpdateModuleResponse__Output>
        UpdateOrganizationInviteAuthorizationsRequest: MessageTypeDefinition<_viam_app_v1_UpdateOrganizationInviteAuthorizationsRequest, _viam_app_v1_UpdateOrganizationInviteAuthorizationsRequest__Output>
        UpdateOrganizationInviteAuthorizationsResponse: MessageTypeDefinition<_viam_app_v1_UpdateOrganizationInviteAuthorizationsResponse, _viam_app_v1_UpdateOrganizationInviteAuthorizationsResponse__Output>
        UpdateOrganizationMetadataRequest: MessageTypeDefinition<_viam_app_v1_UpdateOrganizationMetadataRequest, _viam_app_v1_UpdateOrganizationMetadataRequest__Output>
        UpdateOrganizationMetadataResponse: MessageTypeDefinition<_viam_app_v1_UpdateOrganizationMetadataResponse, _viam_app_v1_UpdateOrganizationMetadataResponse__Output>
        UpdateOrganizationNamespaceRequest: MessageTypeDefinition<_viam_app_v1_UpdateOrganizationNamespaceRequest, _viam_app_v1_UpdateOrganizationNamespaceRequest__Output>
        UpdateOrganizationNamespaceResponse: MessageTypeDefinition<_viam_app_v1_UpdateOrganizationNamespaceResponse, _viam_app_v1_UpdateOrganizationNamespaceResponse__Output>
        UpdateOrganizationRequest: MessageTypeDefinition<_viam_app_v1_UpdateOrganizationRequest, _viam_app_v1_UpdateOrganizationRequest__Output>
        UpdateOrganizationResponse: MessageTypeDefinition<_viam_app_v1_UpdateOrganizationResponse, _viam_app_v1_UpdateOrganizationResponse__Output>
        UpdateRegistryItemRequest: MessageTypeDefinition<_viam_app_v1_UpdateRegistryItemRequest, _viam_app_v1_UpdateRegistryItemRequest__Output>
        UpdateRegistryItemResponse: MessageTypeDefinition<_viam_app_v1_UpdateRegistryItemResponse, _viam_app_v1_UpdateRegistryItemResponse__Output>
        UpdateRobotMetadataRequest: MessageTypeDefinition<_viam_app_v1_UpdateRobotMetadataRequest, _viam_app_v1_UpdateRobotMetadataRequest__Output>
        UpdateRobotMetadataResponse: MessageTypeDefinition<_viam_app_v1_UpdateRobotMetadataResponse, _viam_app_v1_UpdateRobotMetadataResponse__Output>
        UpdateRobotPartMetadataRequest: MessageTypeDefinition<_viam_app_v1_UpdateRobotPartMetadataRequest, _viam_app_v1_UpdateRobotPartMetadataRequest__Output>
        UpdateRobotPartMetadataResponse: MessageTypeDefinition<_viam_app_v1_UpdateRobotPartMetadataResponse, _viam_app_v1_UpdateRobotPartMetadataResponse__Output>
        UpdateRobotPartRequest: MessageTypeDefinition<_viam_app_v1_UpdateRobotPartRequest, _viam_app_v1_UpdateRobotPartRequest__Output>
        UpdateRobotPartResponse: MessageTypeDefinition<_viam_app_v1_UpdateRobotPartResponse, _viam_app_v1_UpdateRobotPartResponse__Output>
        UpdateRobotRequest: MessageTypeDefinition<_viam_app_v1_UpdateRobotRequest, _viam_app_v1_UpdateRobotRequest__Output>
        UpdateRobotResponse: MessageTypeDefinition<_viam_app_v1_UpdateRobotResponse, _viam_app_v1_UpdateRobotResponse__Output>
        UploadModuleFileRequest: MessageTypeDefinition<_viam_app_v1_UploadModuleFileRequest, _viam_app_v1_UploadModuleFileRequest__Output>
        UploadModuleFileResponse: MessageTypeDefinition<_viam_app_v1_UploadModuleFileResponse, _viam_app_v1_UploadModuleFileResponse__Output>
        Uploads: MessageTypeDefinition<_viam_app_v1_Uploads, _viam_app_v1_Uploads__Output>
        VersionHistory: MessageTypeDefinition<_viam_app_v1_VersionHistory, _viam_app_v1_VersionHistory__Output>
        ViamAgentVersion: MessageTypeDefinition<_viam_app_v1_ViamAgentVersion, _viam_app_v1_ViamAgentVersion__Output>
        ViamServerVersion: MessageTypeDefinition<_viam_app_v1_ViamServerVersion, _viam_app_v1_ViamServerVersion__Output>
        Visibility: EnumTypeDefinition
      }
    }
    common: {
      v1: {
        LogEntry: MessageTypeDefinition<_viam_common_v1_LogEntry, _viam_common_v1_LogEntry__Output>
      }
    }
  }
}

