// Original file: proto/app/v1/app.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddRoleRequest as _viam_app_v1_AddRoleRequest, AddRoleRequest__Output as _viam_app_v1_AddRoleRequest__Output } from '../../../viam/app/v1/AddRoleRequest';
import type { AddRoleResponse as _viam_app_v1_AddRoleResponse, AddRoleResponse__Output as _viam_app_v1_AddRoleResponse__Output } from '../../../viam/app/v1/AddRoleResponse';
import type { ChangeRoleRequest as _viam_app_v1_ChangeRoleRequest, ChangeRoleRequest__Output as _viam_app_v1_ChangeRoleRequest__Output } from '../../../viam/app/v1/ChangeRoleRequest';
import type { ChangeRoleResponse as _viam_app_v1_ChangeRoleResponse, ChangeRoleResponse__Output as _viam_app_v1_ChangeRoleResponse__Output } from '../../../viam/app/v1/ChangeRoleResponse';
import type { CheckPermissionsRequest as _viam_app_v1_CheckPermissionsRequest, CheckPermissionsRequest__Output as _viam_app_v1_CheckPermissionsRequest__Output } from '../../../viam/app/v1/CheckPermissionsRequest';
import type { CheckPermissionsResponse as _viam_app_v1_CheckPermissionsResponse, CheckPermissionsResponse__Output as _viam_app_v1_CheckPermissionsResponse__Output } from '../../../viam/app/v1/CheckPermissionsResponse';
import type { CreateFragmentRequest as _viam_app_v1_CreateFragmentRequest, CreateFragmentRequest__Output as _viam_app_v1_CreateFragmentRequest__Output } from '../../../viam/app/v1/CreateFragmentRequest';
import type { CreateFragmentResponse as _viam_app_v1_CreateFragmentResponse, CreateFragmentResponse__Output as _viam_app_v1_CreateFragmentResponse__Output } from '../../../viam/app/v1/CreateFragmentResponse';
import type { CreateKeyFromExistingKeyAuthorizationsRequest as _viam_app_v1_CreateKeyFromExistingKeyAuthorizationsRequest, CreateKeyFromExistingKeyAuthorizationsRequest__Output as _viam_app_v1_CreateKeyFromExistingKeyAuthorizationsRequest__Output } from '../../../viam/app/v1/CreateKeyFromExistingKeyAuthorizationsRequest';
import type { CreateKeyFromExistingKeyAuthorizationsResponse as _viam_app_v1_CreateKeyFromExistingKeyAuthorizationsResponse, CreateKeyFromExistingKeyAuthorizationsResponse__Output as _viam_app_v1_CreateKeyFromExistingKeyAuthorizationsResponse__Output } from '../../../viam/app/v1/CreateKeyFromExistingKeyAuthorizationsResponse';
import type { CreateKeyRequest as _viam_app_v1_CreateKeyRequest, CreateKeyRequest__Output as _viam_app_v1_CreateKeyRequest__Output } from '../../../viam/app/v1/CreateKeyRequest';
import type { CreateKeyResponse as _viam_app_v1_CreateKeyResponse, CreateKeyResponse__Output as _viam_app_v1_CreateKeyResponse__Output } from '../../../viam/app/v1/CreateKeyResponse';
import type { CreateLocationRequest as _viam_app_v1_CreateLocationRequest, CreateLocationRequest__Output as _viam_app_v1_CreateLocationRequest__Output } from '../../../viam/app/v1/CreateLocationRequest';
import type { CreateLocationResponse as _viam_app_v1_CreateLocationResponse, CreateLocationResponse__Output as _viam_app_v1_CreateLocationResponse__Output } from '../../../viam/app/v1/CreateLocationResponse';
import type { CreateLocationSecretRequest as _viam_app_v1_CreateLocationSecretRequest, CreateLocationSecretRequest__Output as _viam_app_v1_CreateLocationSecretRequest__Output } from '../../../viam/app/v1/CreateLocationSecretRequest';
import type { CreateLocationSecretResponse as _viam_app_v1_CreateLocationSecretResponse, CreateLocationSecretResponse__Output as _viam_app_v1_CreateLocationSecretResponse__Output } from '../../../viam/app/v1/CreateLocationSecretResponse';
import type { CreateModuleRequest as _viam_app_v1_CreateModuleRequest, CreateModuleRequest__Output as _viam_app_v1_CreateModuleRequest__Output } from '../../../viam/app/v1/CreateModuleRequest';
import type { CreateModuleResponse as _viam_app_v1_CreateModuleResponse, CreateModuleResponse__Output as _viam_app_v1_CreateModuleResponse__Output } from '../../../viam/app/v1/CreateModuleResponse';
import type { CreateOrganizationInviteRequest as _viam_app_v1_CreateOrganizationInviteRequest, CreateOrganizationInviteRequest__Output as _viam_app_v1_CreateOrganizationInviteRequest__Output } from '../../../viam/app/v1/CreateOrganizationInviteRequest';
import type { CreateOrganizationInviteResponse as _viam_app_v1_CreateOrganizationInviteResponse, CreateOrganizationInviteResponse__Output as _viam_app_v1_CreateOrganizationInviteResponse__Output } from '../../../viam/app/v1/CreateOrganizationInviteResponse';
import type { CreateOrganizationRequest as _viam_app_v1_CreateOrganizationRequest, CreateOrganizationRequest__Output as _viam_app_v1_CreateOrganizationRequest__Output } from '../../../viam/app/v1/CreateOrganizationRequest';
import type { CreateOrganizationResponse as _viam_app_v1_CreateOrganizationResponse, CreateOrganizationResponse__Output as _viam_app_v1_CreateOrganizationResponse__Output } from '../../../viam/app/v1/CreateOrganizationResponse';
import type { CreateRegistryItemRequest as _viam_app_v1_CreateRegistryItemRequest, CreateRegistryItemRequest__Output as _viam_app_v1_CreateRegistryItemRequest__Output } from '../../../viam/app/v1/CreateRegistryItemRequest';
import type { CreateRegistryItemResponse as _viam_app_v1_CreateRegistryItemResponse, CreateRegistryItemResponse__Output as _viam_app_v1_CreateRegistryItemResponse__Output } from '../../../viam/app/v1/CreateRegistryItemResponse';
import type { CreateRobotPartSecretRequest as _viam_app_v1_CreateRobotPartSecretRequest, CreateRobotPartSecretRequest__Output as _viam_app_v1_CreateRobotPartSecretRequest__Output } from '../../../viam/app/v1/CreateRobotPartSecretRequest';
import type { CreateRobotPartSecretResponse as _viam_app_v1_CreateRobotPartSecretResponse, CreateRobotPartSecretResponse__Output as _viam_app_v1_CreateRobotPartSecretResponse__Output } from '../../../viam/app/v1/CreateRobotPartSecretResponse';
import type { DeleteFragmentRequest as _viam_app_v1_DeleteFragmentRequest, DeleteFragmentRequest__Output as _viam_app_v1_DeleteFragmentRequest__Output } from '../../../viam/app/v1/DeleteFragmentRequest';
import type { DeleteFragmentResponse as _viam_app_v1_DeleteFragmentResponse, DeleteFragmentResponse__Output as _viam_app_v1_DeleteFragmentResponse__Output } from '../../../viam/app/v1/DeleteFragmentResponse';
import type { DeleteFragmentTagRequest as _viam_app_v1_DeleteFragmentTagRequest, DeleteFragmentTagRequest__Output as _viam_app_v1_DeleteFragmentTagRequest__Output } from '../../../viam/app/v1/DeleteFragmentTagRequest';
import type { DeleteFragmentTagResponse as _viam_app_v1_DeleteFragmentTagResponse, DeleteFragmentTagResponse__Output as _viam_app_v1_DeleteFragmentTagResponse__Output } from '../../../viam/app/v1/DeleteFragmentTagResponse';
import type { DeleteKeyRequest as _viam_app_v1_DeleteKeyRequest, DeleteKeyRequest__Output as _viam_app_v1_DeleteKeyRequest__Output } from '../../../viam/app/v1/DeleteKeyRequest';
import type { DeleteKeyResponse as _viam_app_v1_DeleteKeyResponse, DeleteKeyResponse__Output as _viam_app_v1_DeleteKeyResponse__Output } from '../../../viam/app/v1/DeleteKeyResponse';
import type { DeleteLocationRequest as _viam_app_v1_DeleteLocationRequest, DeleteLocationRequest__Output as _viam_app_v1_DeleteLocationRequest__Output } from '../../../viam/app/v1/DeleteLocationRequest';
import type { DeleteLocationResponse as _viam_app_v1_DeleteLocationResponse, DeleteLocationResponse__Output as _viam_app_v1_DeleteLocationResponse__Output } from '../../../viam/app/v1/DeleteLocationResponse';
import type { DeleteLocationSecretRequest as _viam_app_v1_DeleteLocationSecretRequest, DeleteLocationSecretRequest__Output as _viam_app_v1_DeleteLocationSecretRequest__Output } from '../../../viam/app/v1/DeleteLocationSecretRequest';
import type { DeleteLocationSecretResponse as _viam_app_v1_DeleteLocationSecretResponse, DeleteLocationSecretResponse__Output as _viam_app_v1_DeleteLocationSecretResponse__Output } from '../../../viam/app/v1/DeleteLocationSecretResponse';
import type { DeleteOrganizationInviteRequest as _viam_app_v1_DeleteOrganizationInviteRequest, DeleteOrganizationInviteRequest__Output as _viam_app_v1_DeleteOrganizationInviteRequest__Output } from '../../../viam/app/v1/DeleteOrganizationInviteRequest';
import type { DeleteOrganizationInviteResponse as _viam_app_v1_DeleteOrganizationInviteResponse, DeleteOrganizationInviteResponse__Output as _viam_app_v1_DeleteOrganizationInviteResponse__Output } from '../../../viam/app/v1/DeleteOrganizationInviteResponse';
import type { DeleteOrganizationMemberRequest as _viam_app_v1_DeleteOrganizationMemberRequest, DeleteOrganizationMemberRequest__Output as _viam_app_v1_DeleteOrganizationMemberRequest__Output } from '../../../viam/app/v1/DeleteOrganizationMemberRequest';
import type { DeleteOrganizationMemberResponse as _viam_app_v1_DeleteOrganizationMemberResponse, DeleteOrganizationMemberResponse__Output as _viam_app_v1_DeleteOrganizationMemberResponse__Output } from '../../../viam/app/v1/DeleteOrganizationMemberResponse';
import type { DeleteOrganizationRequest as _viam_app_v1_DeleteOrganizationRequest, DeleteOrganizationRequest__Output as _viam_app_v1_DeleteOrganizationRequest__Output } from '../../../viam/app/v1/DeleteOrganizationRequest';
import type { DeleteOrganizationResponse as _viam_app_v1_DeleteOrganizationResponse, DeleteOrganizationResponse__Output as _viam_app_v1_DeleteOrganizationResponse__Output } from '../../../viam/app/v1/DeleteOrganizationResponse';
import type { DeleteRegistryItemRequest as _viam_app_v1_DeleteRegistryItemRequest, DeleteRegistryItemRequest__Output as _viam_app_v1_DeleteRegistryItemRequest__Output } from '../../../viam/app/v1/DeleteRegistryItemRequest';
import type { DeleteRegistryItemResponse as _viam_app_v1_DeleteRegistryItemResponse, DeleteRegistryItemResponse__Output as _viam_app_v1_DeleteRegistryItemResponse__Output } from '../../../viam/app/v1/DeleteRegistryItemResponse';
import type { DeleteRobotPartRequest as _viam_app_v1_DeleteRobotPartRequest, DeleteRobotPartRequest__Output as _viam_app_v1_DeleteRobotPartRequest__Output } from '../../../viam/app/v1/DeleteRobotPartRequest';
import type { DeleteRobotPartResponse as _viam_app_v1_DeleteRobotPartResponse, DeleteRobotPartResponse__Output as _viam_app_v1_DeleteRobotPartResponse__Output } from '../../../viam/app/v1/DeleteRobotPartResponse';
import type { DeleteRobotPartSecretRequest as _viam_app_v1_DeleteRobotPartSecretRequest, DeleteRobotPartSecretRequest__Output as _viam_app_v1_DeleteRobotPartSecretRequest__Output } from '../../../viam/app/v1/DeleteRobotPartSecretRequest';
import type { DeleteRobotPartSecretResponse as _viam_app_v1_DeleteRobotPartSecretResponse, DeleteRobotPartSecretResponse__Output as _viam_app_v1_DeleteRobotPartSecretResponse__Output } from '../../../viam/app/v1/DeleteRobotPartSecretResponse';
import type { DeleteRobotRequest as _viam_app_v1_DeleteRobotRequest, DeleteRobotRequest__Output as _viam_app_v1_DeleteRobotRequest__Output } from '../../../viam/app/v1/DeleteRobotRequest';
import type { DeleteRobotResponse as _viam_app_v1_DeleteRobotResponse, DeleteRobotResponse__Output as _viam_app_v1_DeleteRobotResponse__Output } from '../../../viam/app/v1/DeleteRobotResponse';
import type { GetFragmentHistoryRequest as _viam_app_v1_GetFragmentHistoryRequest, GetFragmentHistoryRequest__Output as _viam_app_v1_GetFragmentHistoryRequest__Output } from '../../../viam/app/v1/GetFragmentHistoryRequest';
import type { GetFragmentHistoryResponse as _viam_app_v1_GetFragmentHistoryResponse, GetFragmentHistoryResponse__Output as _viam_app_v1_GetFragmentHistoryResponse__Output } from '../../../viam/app/v1/GetFragmentHistoryResponse';
import type { GetFragmentRequest as _viam_app_v1_GetFragmentRequest, GetFragmentRequest__Output as _viam_app_v1_GetFragmentRequest__Output } from '../../../viam/app/v1/GetFragmentRequest';
import type { GetFragmentResponse as _viam_app_v1_GetFragmentResponse, GetFragmentResponse__Output as _viam_app_v1_GetFragmentResponse__Output } from '../../../viam/app/v1/GetFragmentResponse';
import type { GetFragmentUsageRequest as _viam_app_v1_GetFragmentUsageRequest, GetFragmentUsageRequest__Output as _viam_app_v1_GetFragmentUsageRequest__Output } from '../../../viam/app/v1/GetFragmentUsageRequest';
import type { GetFragmentUsageResponse as _viam_app_v1_GetFragmentUsageResponse, GetFragmentUsageResponse__Output as _viam_app_v1_GetFragmentUsageResponse__Output } from '../../../viam/app/v1/GetFragmentUsageResponse';
import type { GetLocationMetadataRequest as _viam_app_v1_GetLocationMetadataRequest, GetLocationMetadataRequest__Output as _viam_app_v1_GetLocationMetadataRequest__Output } from '../../../viam/app/v1/GetLocationMetadataRequest';
import type { GetLocationMetadataResponse as _viam_app_v1_GetLocationMetadataResponse, GetLocationMetadataResponse__Output as _viam_app_v1_GetLocationMetadataResponse__Output } from '../../../viam/app/v1/GetLocationMetadataResponse';
import type { GetLocationRequest as _viam_app_v1_GetLocationRequest, GetLocationRequest__Output as _viam_app_v1_GetLocationRequest__Output } from '../../../viam/app/v1/GetLocationRequest';
import type { GetLocationResponse as _viam_app_v1_GetLocationResponse, GetLocationResponse__Output as _viam_app_v1_GetLocationResponse__Output } from '../../../viam/app/v1/GetLocationResponse';
import type { GetModuleRequest as _viam_app_v1_GetModuleRequest, GetModuleRequest__Output as _viam_app_v1_GetModuleRequest__Output } from '../../../viam/app/v1/GetModuleRequest';
import type { GetModuleResponse as _viam_app_v1_GetModuleResponse, GetModuleResponse__Output as _viam_app_v1_GetModuleResponse__Output } from '../../../viam/app/v1/GetModuleResponse';
import type { GetOrganizationMetadataRequest as _viam_app_v1_GetOrganizationMetadataRequest, GetOrganizationMetadataRequest__Output as _viam_app_v1_GetOrganizationMetadataRequest__Output } from '../../../viam/app/v1/GetOrganizationMetadataRequest';
import type { GetOrganizationMetadataResponse as _viam_app_v1_GetOrganizationMetadataResponse, GetOrganizationMetadataResponse__Output as _viam_app_v1_GetOrganizationMetadataResponse__Output } from '../../../viam/app/v1/GetOrganizationMetadataResponse';
import type { GetOrganizationNamespaceAvailabilityRequest as _viam_app_v1_GetOrganizationNamespaceAvailabilityRequest, GetOrganizationNamespaceAvailabilityRequest__Output as _viam_app_v1_GetOrganizationNamespaceAvailabilityRequest__Output } from '../../../viam/app/v1/GetOrganizationNamespaceAvailabilityRequest';
import type { GetOrganizationNamespaceAvailabilityResponse as _viam_app_v1_GetOrganizationNamespaceAvailabilityResponse, GetOrganizationNamespaceAvailabilityResponse__Output as _viam_app_v1_GetOrganizationNamespaceAvailabilityResponse__Output } from '../../../viam/app/v1/GetOrganizationNamespaceAvailabilityResponse';
import type { GetOrganizationRequest as _viam_app_v1_GetOrganizationRequest, GetOrganizationRequest__Output as _viam_app_v1_GetOrganizationRequest__Output } from '../../../viam/app/v1/GetOrganizationRequest';
import type { GetOrganizationResponse as _viam_app_v1_GetOrganizationResponse, GetOrganizationResponse__Output as _viam_app_v1_GetOrganizationResponse__Output } from '../../../viam/app/v1/GetOrganizationResponse';
import type { GetOrganizationsWithAccessToLocationRequest as _viam_app_v1_GetOrganizationsWithAccessToLocationRequest, GetOrganizationsWithAccessToLocationRequest__Output as _viam_app_v1_GetOrganizationsWithAccessToLocationRequest__Output } from '../../../viam/app/v1/GetOrganizationsWithAccessToLocationRequest';
import type { GetOrganizationsWithAccessToLocationResponse as _viam_app_v1_GetOrganizationsWithAccessToLocationResponse, GetOrganizationsWithAccessToLocationResponse__Output as _viam_app_v1_GetOrganizationsWithAccessToLocationResponse__Output } from '../../../viam/app/v1/GetOrganizationsWithAccessToLocationResponse';
import type { GetRegistryItemRequest as _viam_app_v1_GetRegistryItemRequest, GetRegistryItemRequest__Output as _viam_app_v1_GetRegistryItemRequest__Output } from '../../../viam/app/v1/GetRegistryItemRequest';
import type { GetRegistryItemResponse as _viam_app_v1_GetRegistryItemResponse, GetRegistryItemResponse__Output as _viam_app_v1_GetRegistryItemResponse__Output } from '../../../viam/app/v1/GetRegistryItemResponse';
import type { GetRobotAPIKeysRequest as _viam_app_v1_GetRobotAPIKeysRequest, GetRobotAPIKeysRequest__Output as _viam_app_v1_GetRobotAPIKeysRequest__Output } from '../../../viam/app/v1/GetRobotAPIKeysRequest';
import type { GetRobotAPIKeysResponse as _viam_app_v1_GetRobotAPIKeysResponse, GetRobotAPIKeysResponse__Output as _viam_app_v1_GetRobotAPIKeysResponse__Output } from '../../../viam/app/v1/GetRobotAPIKeysResponse';
import type { GetRobotMetadataRequest as _viam_app_v1_GetRobotMetadataRequest, GetRobotMetadataRequest__Output as _viam_app_v1_GetRobotMetadataRequest__Output } from '../../../viam/app/v1/GetRobotMetadataRequest';
import type { GetRobotMetadataResponse as _viam_app_v1_GetRobotMetadataResponse, GetRobotMetadataResponse__Output as _viam_app_v1_GetRobotMetadataResponse__Output } from '../../../viam/app/v1/GetRobotMetadataResponse';
import type { GetRobotPartByNameAndLocationRequest as _viam_app_v1_GetRobotPartByNameAndLocationRequest, GetRobotPartByNameAndLocationRequest__Output as _viam_app_v1_GetRobotPartByNameAndLocationRequest__Output } from '../../../viam/app/v1/GetRobotPartByNameAndLocationRequest';
import type { GetRobotPartByNameAndLocationResponse as _viam_app_v1_GetRobotPartByNameAndLocationResponse, GetRobotPartByNameAndLocationResponse__Output as _viam_app_v1_GetRobotPartByNameAndLocationResponse__Output } from '../../../viam/app/v1/GetRobotPartByNameAndLocationResponse';
import type { GetRobotPartHistoryRequest as _viam_app_v1_GetRobotPartHistoryRequest, GetRobotPartHistoryRequest__Output as _viam_app_v1_GetRobotPartHistoryRequest__Output } from '../../../viam/app/v1/GetRobotPartHistoryRequest';
import type { GetRobotPartHistoryResponse as _viam_app_v1_GetRobotPartHistoryResponse, GetRobotPartHistoryResponse__Output as _viam_app_v1_GetRobotPartHistoryResponse__Output } from '../../../viam/app/v1/GetRobotPartHistoryResponse';
import type { GetRobotPartLogsRequest as _viam_app_v1_GetRobotPartLogsRequest, GetRobotPartLogsRequest__Output as _viam_app_v1_GetRobotPartLogsRequest__Output } from '../../../viam/app/v1/GetRobotPartLogsRequest';
import type { GetRobotPartLogsResponse as _viam_app_v1_GetRobotPartLogsResponse, GetRobotPartLogsResponse__Output as _viam_app_v1_GetRobotPartLogsResponse__Output } from '../../../viam/app/v1/GetRobotPartLogsResponse';
import type { GetRobotPartMetadataRequest as _viam_app_v1_GetRobotPartMetadataRequest, GetRobotPartMetadataRequest__Output as _viam_app_v1_GetRobotPartMetadataRequest__Output } from '../../../viam/app/v1/GetRobotPartMetadataRequest';
import type { GetRobotPartMetadataResponse as _viam_app_v1_GetRobotPartMetadataResponse, GetRobotPartMetadataResponse__Output as _viam_app_v1_GetRobotPartMetadataResponse__Output } from '../../../viam/app/v1/GetRobotPartMetadataResponse';
import type { GetRobotPartRequest as _viam_app_v1_GetRobotPartRequest, GetRobotPartRequest__Output as _viam_app_v1_GetRobotPartRequest__Output } from '../../../viam/app/v1/GetRobotPartRequest';
import type { GetRobotPartResponse as _viam_app_v1_GetRobotPartResponse, GetRobotPartResponse__Output as _viam_app_v1_GetRobotPartResponse__Output } from '../../../viam/app/v1/GetRobotPartResponse';
import type { GetRobotPartsRequest as _viam_app_v1_GetRobotPartsRequest, GetRobotPartsRequest__Output as _viam_app_v1_GetRobotPartsRequest__Output } from '../../../viam/app/v1/GetRobotPartsRequest';
import type { GetRobotPartsResponse as _viam_app_v1_GetRobotPartsResponse, GetRobotPartsResponse__Output as _viam_app_v1_GetRobotPartsResponse__Output } from '../../../viam/app/v1/GetRobotPartsResponse';
import type { GetRobotRequest as _viam_app_v1_GetRobotRequest, GetRobotRequest__Output as _viam_app_v1_GetRobotRequest__Output } from '../../../viam/app/v1/GetRobotRequest';
import type { GetRobotResponse as _viam_app_v1_GetRobotResponse, GetRobotResponse__Output as _viam_app_v1_GetRobotResponse__Output } from '../../../viam/app/v1/GetRobotResponse';
import type { GetUserIDByEmailRequest as _viam_app_v1_GetUserIDByEmailRequest, GetUserIDByEmailRequest__Output as _viam_app_v1_GetUserIDByEmailRequest__Output } from '../../../viam/app/v1/GetUserIDByEmailRequest';
import type { GetUserIDByEmailResponse as _viam_app_v1_GetUserIDByEmailResponse, GetUserIDByEmailResponse__Output as _viam_app_v1_GetUserIDByEmailResponse__Output } from '../../../viam/app/v1/GetUserIDByEmailResponse';
import type { ListAuthorizationsRequest as _viam_app_v1_ListAuthorizationsRequest, ListAuthorizationsRequest__Output as _viam_app_v1_ListAuthorizationsRequest__Output } from '../../../viam/app/v1/ListAuthorizationsRequest';
import type { ListAuthorizationsResponse as _viam_app_v1_ListAuthorizationsResponse, ListAuthorizationsResponse__Output as _viam_app_v1_ListAuthorizationsResponse__Output } from '../../../viam/app/v1/ListAuthorizationsResponse';
import type { ListFragmentsRequest as _viam_app_v1_ListFragmentsRequest, ListFragmentsRequest__Output as _viam_app_v1_ListFragmentsRequest__Output } from '../../../viam/app/v1/ListFragmentsRequest';
import type { ListFragmentsResponse as _viam_app_v1_ListFragmentsResponse, ListFragmentsResponse__Output as _viam_app_v1_ListFragmentsResponse__Output } from '../../../viam/app/v1/ListFragmentsResponse';
import type { ListKeysRequest as _viam_app_v1_ListKeysRequest, ListKeysRequest__Output as _viam_app_v1_ListKeysRequest__Output } from '../../../viam/app/v1/ListKeysRequest';
import type { ListKeysResponse as _viam_app_v1_ListKeysResponse, ListKeysResponse__Output as _viam_app_v1_ListKeysResponse__Output } from '../../../viam/app/v1/ListKeysResponse';
import type { ListLocationsRequest as _viam_app_v1_ListLocationsRequest, ListLocationsRequest__Output as _viam_app_v1_ListLocationsRequest__Output } from '../../../viam/app/v1/ListLocationsRequest';
import type { ListLocationsResponse as _viam_app_v1_ListLocationsResponse, ListLocationsResponse__Output as _viam_app_v1_ListLocationsResponse__Output } from '../../../viam/app/v1/ListLocationsResponse';
import type { ListMachineFragmentsRequest as _viam_app_v1_ListMachineFragmentsRequest, ListMachineFragmentsRequest__Output as _viam_app_v1_ListMachineFragmentsRequest__Output } from '../../../viam/app/v1/ListMachineFragmentsRequest';
import type { ListMachineFragmentsResponse as _viam_app_v1_ListMachineFragmentsResponse, ListMachineFragmentsResponse__Output as _viam_app_v1_ListMachineFragmentsResponse__Output } from '../../../viam/app/v1/ListMachineFragmentsResponse';
import type { ListMachineSummariesRequest as _viam_app_v1_ListMachineSummariesRequest, ListMachineSummariesRequest__Output as _viam_app_v1_ListMachineSummariesRequest__Output } from '../../../viam/app/v1/ListMachineSummariesRequest';
import type { ListMachineSummariesResponse as _viam_app_v1_ListMachineSummariesResponse, ListMachineSummariesResponse__Output as _viam_app_v1_ListMachineSummariesResponse__Output } from '../../../viam/app/v1/ListMachineSummariesResponse';
import type { ListModulesRequest as _viam_app_v1_ListModulesRequest, ListModulesRequest__Output as _viam_app_v1_ListModulesRequest__Output } from '../../../viam/app/v1/ListModulesRequest';
import type { ListModulesResponse as _viam_app_v1_ListModulesResponse, ListModulesResponse__Output as _viam_app_v1_ListModulesResponse__Output } from '../../../viam/app/v1/ListModulesResponse';
import type { ListNestedFragmentsRequest as _viam_app_v1_ListNestedFragmentsRequest, ListNestedFragmentsRequest__Output as _viam_app_v1_ListNestedFragmentsRequest__Output } from '../../../viam/app/v1/ListNestedFragmentsRequest';
import type { ListNestedFragmentsResponse as _viam_app_v1_ListNestedFragmentsResponse, ListNestedFragmentsResponse__Output as _viam_app_v1_ListNestedFragmentsResponse__Output } from '../../../viam/app/v1/ListNestedFragmentsResponse';
import type { ListOrganizationMembersRequest as _viam_app_v1_ListOrganizationMembersRequest, ListOrganizationMembersRequest__Output as _viam_app_v1_ListOrganizationMembersRequest__Output } from '../../../viam/app/v1/ListOrganizationMembersRequest';
import type { ListOrganizationMembersResponse as _viam_app_v1_ListOrganizationMembersResponse, ListOrganizationMembersResponse__Output as _viam_app_v1_ListOrganizationMembersResponse__Output } from '../../../viam/app/v1/ListOrganizationMembersResponse';
import type { ListOrganizationsByUserRequest as _viam_app_v1_ListOrganizationsByUserRequest, ListOrganizationsByUserRequest__Output as _viam_app_v1_ListOrganizationsByUserRequest__Output } from '../../../viam/app/v1/ListOrganizationsByUserRequest';
import type { ListOrganizationsByUserResponse as _viam_app_v1_ListOrganizationsByUserResponse, ListOrganizationsByUserResponse__Output as _viam_app_v1_ListOrganizationsByUserResponse__Output } from '../../../viam/app/v1/ListOrganizationsByUserResponse';
import type { ListOrganizationsRequest as _viam_app_v1_ListOrganizationsRequest, ListOrganizationsRequest__Output as _viam_app_v1_ListOrganizationsRequest__Output } from '../../../viam/app/v1/ListOrganizationsRequest';
import type { ListOrganizationsResponse as _viam_app_v1_ListOrganizationsResponse, ListOrganizationsResponse__Output as _viam_app_v1_ListOrganizationsResponse__Output } from '../../../viam/app/v1/ListOrganizationsResponse';
import type { ListRegistryItemsRequest as _viam_app_v1_ListRegistryItemsRequest, ListRegistryItemsRequest__Output as _viam_app_v1_ListRegistryItemsRequest__Output } from '../../../viam/app/v1/ListRegistryItemsRequest';
import type { ListRegistryItemsResponse as _viam_app_v1_ListRegistryItemsResponse, ListRegistryItemsResponse__Output as _viam_app_v1_ListRegistryItemsResponse__Output } from '../../../viam/app/v1/ListRegistryItemsResponse';
import type { ListRobotsForLocationsRequest as _viam_app_v1_ListRobotsForLocationsRequest, ListRobotsForLocationsRequest__Output as _viam_app_v1_ListRobotsForLocationsRequest__Output } from '../../../viam/app/v1/ListRobotsForLocationsRequest';
import type { ListRobotsForLocationsResponse as _viam_app_v1_ListRobotsForLocationsResponse, ListRobotsForLocationsResponse__Output as _viam_app_v1_ListRobotsForLocationsResponse__Output } from '../../../viam/app/v1/ListRobotsForLocationsResponse';
import type { ListRobotsForOrgRequest as _viam_app_v1_ListRobotsForOrgRequest, ListRobotsForOrgRequest__Output as _viam_app_v1_ListRobotsForOrgRequest__Output } from '../../../viam/app/v1/ListRobotsForOrgRequest';
import type { ListRobotsForOrgResponse as _viam_app_v1_ListRobotsForOrgResponse, ListRobotsForOrgResponse__Output as _viam_app_v1_ListRobotsForOrgResponse__Output } from '../../../viam/app/v1/ListRobotsForOrgResponse';
import type { ListRobotsRequest as _viam_app_v1_ListRobotsRequest, ListRobotsRequest__Output as _viam_app_v1_ListRobotsRequest__Output } from '../../../viam/app/v1/ListRobotsRequest';
import type { ListRobotsResponse as _viam_app_v1_ListRobotsResponse, ListRobotsResponse__Output as _viam_app_v1_ListRobotsResponse__Output } from '../../../viam/app/v1/ListRobotsResponse';
import type { LocationAuthRequest as _viam_app_v1_LocationAuthRequest, LocationAuthRequest__Output as _viam_app_v1_LocationAuthRequest__Output } from '../../../viam/app/v1/LocationAuthRequest';
import type { LocationAuthResponse as _viam_app_v1_LocationAuthResponse, LocationAuthResponse__Output as _viam_app_v1_LocationAuthResponse__Output } from '../../../viam/app/v1/LocationAuthResponse';
import type { MarkPartAsMainRequest as _viam_app_v1_MarkPartAsMainRequest, MarkPartAsMainRequest__Output as _viam_app_v1_MarkPartAsMainRequest__Output } from '../../../viam/app/v1/MarkPartAsMainRequest';
import type { MarkPartAsMainResponse as _viam_app_v1_MarkPartAsMainResponse, MarkPartAsMainResponse__Output as _viam_app_v1_MarkPartAsMainResponse__Output } from '../../../viam/app/v1/MarkPartAsMainResponse';
import type { MarkPartForRestartRequest as _viam_app_v1_MarkPartForRestartRequest, MarkPartForRestartRequest__Output as _viam_app_v1_MarkPartForRestartRequest__Output } from '../../../viam/app/v1/MarkPartForRestartRequest';
import type { MarkPartForRestartResponse as _viam_app_v1_MarkPartForRestartResponse, MarkPartForRestartResponse__Output as _viam_app_v1_MarkPartForRestartResponse__Output } from '../../../viam/app/v1/MarkPartForRestartResponse';
import type { NewRobotPartRequest as _viam_app_v1_NewRobotPartRequest, NewRobotPartRequest__Output as _viam_app_v1_NewRobotPartRequest__Output } from '../../../viam/app/v1/NewRobotPartRequest';
import type { NewRobotPartResponse as _viam_app_v1_NewRobotPartResponse, NewRobotPartResponse__Output as _viam_app_v1_NewRobotPartResponse__Output } from '../../../viam/app/v1/NewRobotPartResponse';
import type { NewRobotRequest as _viam_app_v1_NewRobotRequest, NewRobotRequest__Output as _viam_app_v1_NewRobotRequest__Output } from '../../../viam/app/v1/NewRobotRequest';
import type { NewRobotResponse as _viam_app_v1_NewRobotResponse, NewRobotResponse__Output as _viam_app_v1_NewRobotResponse__Output } from '../../../viam/app/v1/NewRobotResponse';
import type { RemoveRoleRequest as _viam_app_v1_RemoveRoleRequest, RemoveRoleRequest__Output as _viam_app_v1_RemoveRoleRequest__Output } from '../../../viam/app/v1/RemoveRoleRequest';
import type { RemoveRoleResponse as _viam_app_v1_RemoveRoleResponse, RemoveRoleResponse__Output as _viam_app_v1_RemoveRoleResponse__Output } from '../../../viam/app/v1/RemoveRoleResponse';
import type { RenameKeyRequest as _viam_app_v1_RenameKeyRequest, RenameKeyRequest__Output as _viam_app_v1_RenameKeyRequest__Output } from '../../../viam/app/v1/RenameKeyRequest';
import type { RenameKeyResponse as _viam_app_v1_RenameKeyResponse, RenameKeyResponse__Output as _viam_app_v1_RenameKeyResponse__Output } from '../../../viam/app/v1/RenameKeyResponse';
import type { RenameRegistryItemRequest as _viam_app_v1_RenameRegistryItemRequest, RenameRegistryItemRequest__Output as _viam_app_v1_RenameRegistryItemRequest__Output } from '../../../viam/app/v1/RenameRegistryItemRequest';
import type { RenameRegistryItemResponse as _viam_app_v1_RenameRegistryItemResponse, RenameRegistryItemResponse__Output as _viam_app_v1_RenameRegistryItemResponse__Output } from '../../../viam/app/v1/RenameRegistryItemResponse';
import type { ResendOrganizationInviteRequest as _viam_app_v1_ResendOrganizationInviteRequest, ResendOrganizationInviteRequest__Output as _viam_app_v1_ResendOrganizationInviteRequest__Output } from '../../../viam/app/v1/ResendOrganizationInviteRequest';
import type { ResendOrganizationInviteResponse as _viam_app_v1_ResendOrganizationInviteResponse, ResendOrganizationInviteResponse__Output as _viam_app_v1_ResendOrganizationInviteResponse__Output } from '../../../viam/app/v1/ResendOrganizationInviteResponse';
import type { RotateKeyRequest as _viam_app_v1_RotateKeyRequest, RotateKeyRequest__Output as _viam_app_v1_RotateKeyRequest__Output } from '../../../viam/app/v1/RotateKeyRequest';
import type { RotateKeyResponse as _viam_app_v1_RotateKeyResponse, RotateKeyResponse__Output as _viam_app_v1_RotateKeyResponse__Output } from '../../../viam/app/v1/RotateKeyResponse';
import type { SetFragmentTagRequest as _viam_app_v1_SetFragmentTagRequest, SetFragmentTagRequest__Output as _viam_app_v1_SetFragmentTagRequest__Output } from '../../../viam/app/v1/SetFragmentTagRequest';
import type { SetFragmentTagResponse as _viam_app_v1_SetFragmentTagResponse, SetFragmentTagResponse__Output as _viam_app_v1_SetFragmentTagResponse__Output } from '../../../viam/app/v1/SetFragmentTagResponse';
import type { ShareLocationRequest as _viam_app_v1_ShareLocationRequest, ShareLocationRequest__Output as _viam_app_v1_ShareLocationRequest__Output } from '../../../viam/app/v1/ShareLocationRequest';
import type { ShareLocationResponse as _viam_app_v1_ShareLocationResponse, ShareLocationResponse__Output as _viam_app_v1_ShareLocationResponse__Output } from '../../../viam/app/v1/ShareLocationResponse';
import type { TailRobotPartLogsRequest as _viam_app_v1_TailRobotPartLogsRequest, TailRobotPartLogsRequest__Output as _viam_app_v1_TailRobotPartLogsRequest__Output } from '../../../viam/app/v1/TailRobotPartLogsRequest';
import type { TailRobotPartLogsResponse as _viam_app_v1_TailRobotPartLogsResponse, TailRobotPartLogsResponse__Output as _viam_app_v1_TailRobotPartLogsResponse__Output } from '../../../viam/app/v1/TailRobotPartLogsResponse';
import type { TransferRegistryItemRequest as _viam_app_v1_TransferRegistryItemRequest, TransferRegistryItemRequest__Output as _viam_app_v1_TransferRegistryItemRequest__Output } from '../../../viam/app/v1/TransferRegistryItemRequest';
import type { TransferRegistryItemResponse as _viam_app_v1_TransferRegistryItemResponse, TransferRegistryItemResponse__Output as _viam_app_v1_TransferRegistryItemResponse__Output } from '../../../viam/app/v1/TransferRegistryItemResponse';
import type { UnshareLocationRequest as _viam_app_v1_UnshareLocationRequest, UnshareLocationRequest__Output as _viam_app_v1_UnshareLocationRequest__Output } from '../../../viam/app/v1/UnshareLocationRequest';
import type { UnshareLocationResponse as _viam_app_v1_UnshareLocationResponse, UnshareLocationResponse__Output as _viam_app_v1_UnshareLocationResponse__Output } from '../../../viam/app/v1/UnshareLocationResponse';
import type { UpdateFragmentRequest as _viam_app_v1_UpdateFragmentRequest, UpdateFragmentRequest__Output as _viam_app_v1_UpdateFragmentRequest__Output } from '../../../viam/app/v1/UpdateFragmentRequest';
import type { UpdateFragmentResponse as _viam_app_v1_UpdateFragmentResponse, UpdateFragmentResponse__Output as _viam_app_v1_UpdateFragmentResponse__Output } from '../../../viam/app/v1/UpdateFragmentResponse';
import type { UpdateLocationMetadataRequest as _viam_app_v1_UpdateLocationMetadataRequest, UpdateLocationMetadataRequest__Output as _viam_app_v1_UpdateLocationMetadataRequest__Output } from '../../../viam/app/v1/UpdateLocationMetadataRequest';
import type { UpdateLocationMetadataResponse as _viam_app_v1_UpdateLocationMetadataResponse, UpdateLocationMetadataResponse__Output as _viam_app_v1_UpdateLocationMetadataResponse__Output } from '../../../viam/app/v1/UpdateLocationMetadataResponse';
import type { UpdateLocationRequest as _viam_app_v1_UpdateLocationRequest, UpdateLocationRequest__Output as _viam_app_v1_UpdateLocationRequest__Output } from '../../../viam/app/v1/UpdateLocationRequest';
import type { UpdateLocationResponse as _viam_app_v1_UpdateLocationResponse, UpdateLocationResponse__Output as _viam_app_v1_UpdateLocationResponse__Output } from '../../../viam/app/v1/UpdateLocationResponse';
import type { UpdateModuleRequest as _viam_app_v1_UpdateModuleRequest, UpdateModuleRequest__Output as _viam_app_v1_UpdateModuleRequest__Output } from '../../../viam/app/v1/UpdateModuleRequest';
import type { UpdateModuleResponse as _viam_app_v1_UpdateModuleResponse, UpdateModuleResponse__Output as _viam_app_v1_UpdateModuleResponse__Output } from '../../../viam/app/v1/UpdateModuleResponse';
import type { UpdateOrganizationInviteAuthorizationsRequest as _viam_app_v1_UpdateOrganizationInviteAuthorizationsRequest, UpdateOrganizationInviteAuthorizationsRequest__Output as _viam_app_v1_UpdateOrganizationInviteAuthorizationsRequest__Output } from '../../../viam/app/v1/UpdateOrganizationInviteAuthorizationsRequest';
import type { UpdateOrganizationInviteAuthorizationsResponse as _viam_app_v1_UpdateOrganizationInviteAuthorizationsResponse, UpdateOrganizationInviteAuthorizationsResponse__Output as _viam_app_v1_UpdateOrganizationInviteAuthorizationsResponse__Output } from '../../../viam/app/v1/UpdateOrganizationInviteAuthorizationsResponse';
import type { UpdateOrganizationMetadataRequest as _viam_app_v1_UpdateOrganizationMetadataRequest, UpdateOrganizationMetadataRequest__Output as _viam_app_v1_UpdateOrganizationMetadataRequest__Output } from '../../../viam/app/v1/UpdateOrganizationMetadataRequest';
import type { UpdateOrganizationMetadataResponse as _viam_app_v1_UpdateOrganizationMetadataResponse, UpdateOrganizationMetadataResponse__Output as _viam_app_v1_UpdateOrganizationMetadataResponse__Output } from '../../../viam/app/v1/UpdateOrganizationMetadataResponse';
import type { UpdateOrganizationNamespaceRequest as _viam_app_v1_UpdateOrganizationNamespaceRequest, UpdateOrganizationNamespaceRequest__Output as _viam_app_v1_UpdateOrganizationNamespaceRequest__Output } from '../../../viam/app/v1/UpdateOrganizationNamespaceRequest';
import type { UpdateOrganizationNamespaceResponse as _viam_app_v1_UpdateOrganizationNamespaceResponse, UpdateOrganizationNamespaceResponse__Output as _viam_app_v1_UpdateOrganizationNamespaceResponse__Output } from '../../../viam/app/v1/UpdateOrganizationNamespaceResponse';
import type { UpdateOrganizationRequest as _viam_app_v1_UpdateOrganizationRequest, UpdateOrganizationRequest__Output as _viam_app_v1_UpdateOrganizationRequest__Output } from '../../../viam/app/v1/UpdateOrganizationRequest';
import type { UpdateOrganizationResponse as _viam_app_v1_UpdateOrganizationResponse, UpdateOrganizationResponse__Output as _viam_app_v1_UpdateOrganizationResponse__Output } from '../../../viam/app/v1/UpdateOrganizationResponse';
import type { UpdateRegistryItemRequest as _viam_app_v1_UpdateRegistryItemRequest, UpdateRegistryItemRequest__Output as _viam_app_v1_UpdateRegistryItemRequest__Output } from '../../../viam/app/v1/UpdateRegistryItemRequest';
import type { UpdateRegistryItemResponse as _viam_app_v1_UpdateRegistryItemResponse, UpdateRegistryItemResponse__Output as _viam_app_v1_UpdateRegistryItemResponse__Output } from '../../../viam/app/v1/UpdateRegistryItemResponse';
import type { UpdateRobotMetadataRequest as _viam_app_v1_UpdateRobotMetadataRequest, UpdateRobotMetadataRequest__Output as _viam_app_v1_UpdateRobotMetadataRequest__Output } from '../../../viam/app/v1/UpdateRobotMetadataRequest';
import type { UpdateRobotMetadataResponse as _viam_app_v1_UpdateRobotMetadataResponse, UpdateRobotMetadataResponse__Output as _viam_app_v1_UpdateRobotMetadataResponse__Output } from '../../../viam/app/v1/UpdateRobotMetadataResponse';
import type { UpdateRobotPartMetadataRequest as _viam_app_v1_UpdateRobotPartMetadataRequest, UpdateRobotPartMetadataRequest__Output as _viam_app_v1_UpdateRobotPartMetadataRequest__Output } from '../../../viam/app/v1/UpdateRobotPartMetadataRequest';
import type { UpdateRobotPartMetadataResponse as _viam_app_v1_UpdateRobotPartMetadataResponse, UpdateRobotPartMetadataResponse__Output as _viam_app_v1_UpdateRobotPartMetadataResponse__Output } from '../../../viam/app/v1/UpdateRobotPartMetadataResponse';
import type { UpdateRobotPartRequest as _viam_app_v1_UpdateRobotPartRequest, UpdateRobotPartRequest__Output as _viam_app_v1_UpdateRobotPartRequest__Output } from '../../../viam/app/v1/UpdateRobotPartRequest';
import type { UpdateRobotPartResponse as _viam_app_v1_UpdateRobotPartResponse, UpdateRobotPartResponse__Output as _viam_app_v1_UpdateRobotPartResponse__Output } from '../../../viam/app/v1/UpdateRobotPartResponse';
import type { UpdateRobotRequest as _viam_app_v1_UpdateRobotRequest, UpdateRobotRequest__Output as _viam_app_v1_UpdateRobotRequest__Output } from '../../../viam/app/v1/UpdateRobotRequest';
import type { UpdateRobotResponse as _viam_app_v1_UpdateRobotResponse, UpdateRobotResponse__Output as _viam_app_v1_UpdateRobotResponse__Output } from '../../../viam/app/v1/UpdateRobotResponse';
import type { UploadModuleFileRequest as _viam_app_v1_UploadModuleFileRequest, UploadModuleFileRequest__Output as _viam_app_v1_UploadModuleFileRequest__Output } from '../../../viam/app/v1/UploadModuleFileRequest';
import type { UploadModuleFileResponse as _viam_app_v1_UploadModuleFileResponse, UploadModuleFileResponse__Output as _viam_app_v1_UploadModuleFileResponse__Output } from '../../../viam/app/v1/UploadModuleFileResponse';

export interface AppServiceClient extends grpc.Client {
  AddRole(argument: _viam_app_v1_AddRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_AddRoleResponse__Output>): grpc.ClientUnaryCall;
  AddRole(argument: _viam_app_v1_AddRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_AddRoleResponse__Output>): grpc.ClientUnaryCall;
  AddRole(argument: _viam_app_v1_AddRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_AddRoleResponse__Output>): grpc.ClientUnaryCall;
  AddRole(argument: _viam_app_v1_AddRoleRequest, callback: grpc.requestCallback<_viam_app_v1_AddRoleResponse__Output>): grpc.ClientUnaryCall;
  addRole(argument: _viam_app_v1_AddRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_AddRoleResponse__Output>): grpc.ClientUnaryCall;
  addRole(argument: _viam_app_v1_AddRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_AddRoleResponse__Output>): grpc.ClientUnaryCall;
  addRole(argument: _viam_app_v1_AddRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_AddRoleResponse__Output>): grpc.ClientUnaryCall;
  addRole(argument: _viam_app_v1_AddRoleRequest, callback: grpc.requestCallback<_viam_app_v1_AddRoleResponse__Output>): grpc.ClientUnaryCall;
  
  ChangeRole(argument: _viam_app_v1_ChangeRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ChangeRoleResponse__Output>): grpc.ClientUnaryCall;
  ChangeRole(argument: _viam_app_v1_ChangeRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ChangeRoleResponse__Output>): grpc.ClientUnaryCall;
  ChangeRole(argument: _viam_app_v1_ChangeRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ChangeRoleResponse__Output>): grpc.ClientUnaryCall;
  ChangeRole(argument: _viam_app_v1_ChangeRoleRequest, callback: grpc.requestCallback<_viam_app_v1_ChangeRoleResponse__Output>): grpc.ClientUnaryCall;
  changeRole(argument: _viam_app_v1_ChangeRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ChangeRoleResponse__Output>): grpc.ClientUnaryCall;
  changeRole(argument: _viam_app_v1_ChangeRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ChangeRoleResponse__Output>): grpc.ClientUnaryCall;
  changeRole(argument: _viam_app_v1_ChangeRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ChangeRoleResponse__Output>): grpc.ClientUnaryCall;
  changeRole(argument: _viam_app_v1_ChangeRoleRequest, callback: grpc.requestCallback<_viam_app_v1_ChangeRoleResponse__Output>): grpc.ClientUnaryCall;
  
  CheckPermissions(argument: _viam_app_v1_CheckPermissionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CheckPermissionsResponse__Output>): grpc.ClientUnaryCall;
  CheckPermissions(argument: _viam_app_v1_CheckPermissionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_CheckPermissionsResponse__Output>): grpc.ClientUnaryCall;
  CheckPermissions(argument: _viam_app_v1_CheckPermissionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CheckPermissionsResponse__Output>): grpc.ClientUnaryCall;
  CheckPermissions(argument: _viam_app_v1_CheckPermissionsRequest, callback: grpc.requestCallback<_viam_app_v1_CheckPermissionsResponse__Output>): grpc.ClientUnaryCall;
  checkPermissions(argument: _viam_app_v1_CheckPermissionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CheckPermissionsResponse__Output>): grpc.ClientUnaryCall;
  checkPermissions(argument: _viam_app_v1_CheckPermissionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_CheckPermissionsResponse__Output>): grpc.ClientUnaryCall;
  checkPermissions(argument: _viam_app_v1_CheckPermissionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CheckPermissionsResponse__Output>): grpc.ClientUnaryCall;
  checkPermissions(argument: _viam_app_v1_CheckPermissionsRequest, callback: grpc.requestCallback<_viam_app_v1_CheckPermissionsResponse__Output>): grpc.ClientUnaryCall;
  
  CreateFragment(argument: _viam_app_v1_CreateFragmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateFragmentResponse__Output>): grpc.ClientUnaryCall;
  CreateFragment(argument: _viam_app_v1_CreateFragmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_CreateFragmentResponse__Output>): grpc.ClientUnaryCall;
  CreateFragment(argument: _viam_app_v1_CreateFragmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateFragmentResponse__Output>): grpc.ClientUnaryCall;
  CreateFragment(argument: _viam_app_v1_CreateFragmentRequest, callback: grpc.requestCallback<_viam_app_v1_CreateFragmentResponse__Output>): grpc.ClientUnaryCall;
  createFragment(argument: _viam_app_v1_CreateFragmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateFragmentResponse__Output>): grpc.ClientUnaryCall;
  createFragment(argument: _viam_app_v1_CreateFragmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_CreateFragmentResponse__Output>): grpc.ClientUnaryCall;
  createFragment(argument: _viam_app_v1_CreateFragmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateFragmentResponse__Output>): grpc.ClientUnaryCall;
  createFragment(argument: _viam_app_v1_CreateFragmentRequest, callback: grpc.requestCallback<_viam_app_v1_CreateFragmentResponse__Output>): grpc.ClientUnaryCall;
  
  CreateKey(argument: _viam_app_v1_CreateKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateKeyResponse__Output>): grpc.ClientUnaryCall;
  CreateKey(argument: _viam_app_v1_CreateKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_CreateKeyResponse__Output>): grpc.ClientUnaryCall;
  CreateKey(argument: _viam_app_v1_CreateKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateKeyResponse__Output>): grpc.ClientUnaryCall;
  CreateKey(argument: _viam_app_v1_CreateKeyRequest, callback: grpc.requestCallback<_viam_app_v1_CreateKeyResponse__Output>): grpc.ClientUnaryCall;
  createKey(argument: _viam_app_v1_CreateKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateKeyResponse__Output>): grpc.ClientUnaryCall;
  createKey(argument: _viam_app_v1_CreateKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_CreateKeyResponse__Output>): grpc.ClientUnaryCall;
  createKey(argument: _viam_app_v1_CreateKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateKeyResponse__Output>): grpc.ClientUnaryCall;
  createKey(argument: _viam_app_v1_CreateKeyRequest, callback: grpc.requestCallback<_viam_app_v1_CreateKeyResponse__Output>): grpc.ClientUnaryCall;
  
  CreateKeyFromExistingKeyAuthorizations(argument: _viam_app_v1_CreateKeyFromExistingKeyAuthorizationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateKeyFromExistingKeyAuthorizationsResponse__Output>): grpc.ClientUnaryCall;
  CreateKeyFromExistingKeyAuthorizations(argument: _viam_app_v1_CreateKeyFromExistingKeyAuthorizationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_CreateKeyFromExistingKeyAuthorizationsResponse__Output>): grpc.ClientUnaryCall;
  CreateKeyFromExistingKeyAuthorizations(argument: _viam_app_v1_CreateKeyFromExistingKeyAuthorizationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateKeyFromExistingKeyAuthorizationsResponse__Output>): grpc.ClientUnaryCall;
  CreateKeyFromExistingKeyAuthorizations(argument: _viam_app_v1_CreateKeyFromExistingKeyAuthorizationsRequest, callback: grpc.requestCallback<_viam_app_v1_CreateKeyFromExistingKeyAuthorizationsResponse__Output>): grpc.ClientUnaryCall;
  createKeyFromExistingKeyAuthorizations(argument: _viam_app_v1_CreateKeyFromExistingKeyAuthorizationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateKeyFromExistingKeyAuthorizationsResponse__Output>): grpc.ClientUnaryCall;
  createKeyFromExistingKeyAuthorizations(argument: _viam_app_v1_CreateKeyFromExistingKeyAuthorizationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_CreateKeyFromExistingKeyAuthorizationsResponse__Output>): grpc.ClientUnaryCall;
  createKeyFromExistingKeyAuthorizations(argument: _viam_app_v1_CreateKeyFromExistingKeyAuthorizationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateKeyFromExistingKeyAuthorizationsResponse__Output>): grpc.ClientUnaryCall;
  createKeyFromExistingKeyAuthorizations(argument: _viam_app_v1_CreateKeyFromExistingKeyAuthorizationsRequest, callback: grpc.requestCallback<_viam_app_v1_CreateKeyFromExistingKeyAuthorizationsResponse__Output>): grpc.ClientUnaryCall;
  
  CreateLocation(argument: _viam_app_v1_CreateLocationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateLocationResponse__Output>): grpc.ClientUnaryCall;
  CreateLocation(argument: _viam_app_v1_CreateLocationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_CreateLocationResponse__Output>): grpc.ClientUnaryCall;
  CreateLocation(argument: _viam_app_v1_CreateLocationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateLocationResponse__Output>): grpc.ClientUnaryCall;
  CreateLocation(argument: _viam_app_v1_CreateLocationRequest, callback: grpc.requestCallback<_viam_app_v1_CreateLocationResponse__Output>): grpc.ClientUnaryCall;
  createLocation(argument: _viam_app_v1_CreateLocationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateLocationResponse__Output>): grpc.ClientUnaryCall;
  createLocation(argument: _viam_app_v1_CreateLocationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_CreateLocationResponse__Output>): grpc.ClientUnaryCall;
  createLocation(argument: _viam_app_v1_CreateLocationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateLocationResponse__Output>): grpc.ClientUnaryCall;
  createLocation(argument: _viam_app_v1_CreateLocationRequest, callback: grpc.requestCallback<_viam_app_v1_CreateLocationResponse__Output>): grpc.ClientUnaryCall;
  
  CreateLocationSecret(argument: _viam_app_v1_CreateLocationSecretRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateLocationSecretResponse__Output>): grpc.ClientUnaryCall;
  CreateLocationSecret(argument: _viam_app_v1_CreateLocationSecretRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_CreateLocationSecretResponse__Output>): grpc.ClientUnaryCall;
  CreateLocationSecret(argument: _viam_app_v1_CreateLocationSecretRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateLocationSecretResponse__Output>): grpc.ClientUnaryCall;
  CreateLocationSecret(argument: _viam_app_v1_CreateLocationSecretRequest, callback: grpc.requestCallback<_viam_app_v1_CreateLocationSecretResponse__Output>): grpc.ClientUnaryCall;
  createLocationSecret(argument: _viam_app_v1_CreateLocationSecretRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateLocationSecretResponse__Output>): grpc.ClientUnaryCall;
  createLocationSecret(argument: _viam_app_v1_CreateLocationSecretRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_CreateLocationSecretResponse__Output>): grpc.ClientUnaryCall;
  createLocationSecret(argument: _viam_app_v1_CreateLocationSecretRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateLocationSecretResponse__Output>): grpc.ClientUnaryCall;
  createLocationSecret(argument: _viam_app_v1_CreateLocationSecretRequest, callback: grpc.requestCallback<_viam_app_v1_CreateLocationSecretResponse__Output>): grpc.ClientUnaryCall;
  
  CreateModule(argument: _viam_app_v1_CreateModuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateModuleResponse__Output>): grpc.ClientUnaryCall;
  CreateModule(argument: _viam_app_v1_CreateModuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_CreateModuleResponse__Output>): grpc.ClientUnaryCall;
  CreateModule(argument: _viam_app_v1_CreateModuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateModuleResponse__Output>): grpc.ClientUnaryCall;
  CreateModule(argument: _viam_app_v1_CreateModuleRequest, callback: grpc.requestCallback<_viam_app_v1_CreateModuleResponse__Output>): grpc.ClientUnaryCall;
  createModule(argument: _viam_app_v1_CreateModuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateModuleResponse__Output>): grpc.ClientUnaryCall;
  createModule(argument: _viam_app_v1_CreateModuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_CreateModuleResponse__Output>): grpc.ClientUnaryCall;
  createModule(argument: _viam_app_v1_CreateModuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateModuleResponse__Output>): grpc.ClientUnaryCall;
  createModule(argument: _viam_app_v1_CreateModuleRequest, callback: grpc.requestCallback<_viam_app_v1_CreateModuleResponse__Output>): grpc.ClientUnaryCall;
  
  CreateOrganization(argument: _viam_app_v1_CreateOrganizationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateOrganizationResponse__Output>): grpc.ClientUnaryCall;
  CreateOrganization(argument: _viam_app_v1_CreateOrganizationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_CreateOrganizationResponse__Output>): grpc.ClientUnaryCall;
  CreateOrganization(argument: _viam_app_v1_CreateOrganizationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateOrganizationResponse__Output>): grpc.ClientUnaryCall;
  CreateOrganization(argument: _viam_app_v1_CreateOrganizationRequest, callback: grpc.requestCallback<_viam_app_v1_CreateOrganizationResponse__Output>): grpc.ClientUnaryCall;
  createOrganization(argument: _viam_app_v1_CreateOrganizationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateOrganizationResponse__Output>): grpc.ClientUnaryCall;
  createOrganization(argument: _viam_app_v1_CreateOrganizationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_CreateOrganizationResponse__Output>): grpc.ClientUnaryCall;
  createOrganization(argument: _viam_app_v1_CreateOrganizationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateOrganizationResponse__Output>): grpc.ClientUnaryCall;
  createOrganization(argument: _viam_app_v1_CreateOrganizationRequest, callback: grpc.requestCallback<_viam_app_v1_CreateOrganizationResponse__Output>): grpc.ClientUnaryCall;
  
  CreateOrganizationInvite(argument: _viam_app_v1_CreateOrganizationInviteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateOrganizationInviteResponse__Output>): grpc.ClientUnaryCall;
  CreateOrganizationInvite(argument: _viam_app_v1_CreateOrganizationInviteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_CreateOrganizationInviteResponse__Output>): grpc.ClientUnaryCall;
  CreateOrganizationInvite(argument: _viam_app_v1_CreateOrganizationInviteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateOrganizationInviteResponse__Output>): grpc.ClientUnaryCall;
  CreateOrganizationInvite(argument: _viam_app_v1_CreateOrganizationInviteRequest, callback: grpc.requestCallback<_viam_app_v1_CreateOrganizationInviteResponse__Output>): grpc.ClientUnaryCall;
  createOrganizationInvite(argument: _viam_app_v1_CreateOrganizationInviteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateOrganizationInviteResponse__Output>): grpc.ClientUnaryCall;
  createOrganizationInvite(argument: _viam_app_v1_CreateOrganizationInviteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_CreateOrganizationInviteResponse__Output>): grpc.ClientUnaryCall;
  createOrganizationInvite(argument: _viam_app_v1_CreateOrganizationInviteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateOrganizationInviteResponse__Output>): grpc.ClientUnaryCall;
  createOrganizationInvite(argument: _viam_app_v1_CreateOrganizationInviteRequest, callback: grpc.requestCallback<_viam_app_v1_CreateOrganizationInviteResponse__Output>): grpc.ClientUnaryCall;
  
  CreateRegistryItem(argument: _viam_app_v1_CreateRegistryItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  CreateRegistryItem(argument: _viam_app_v1_CreateRegistryItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_CreateRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  CreateRegistryItem(argument: _viam_app_v1_CreateRegistryItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  CreateRegistryItem(argument: _viam_app_v1_CreateRegistryItemRequest, callback: grpc.requestCallback<_viam_app_v1_CreateRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  createRegistryItem(argument: _viam_app_v1_CreateRegistryItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  createRegistryItem(argument: _viam_app_v1_CreateRegistryItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_CreateRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  createRegistryItem(argument: _viam_app_v1_CreateRegistryItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  createRegistryItem(argument: _viam_app_v1_CreateRegistryItemRequest, callback: grpc.requestCallback<_viam_app_v1_CreateRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  
  CreateRobotPartSecret(argument: _viam_app_v1_CreateRobotPartSecretRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateRobotPartSecretResponse__Output>): grpc.ClientUnaryCall;
  CreateRobotPartSecret(argument: _viam_app_v1_CreateRobotPartSecretRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_CreateRobotPartSecretResponse__Output>): grpc.ClientUnaryCall;
  CreateRobotPartSecret(argument: _viam_app_v1_CreateRobotPartSecretRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateRobotPartSecretResponse__Output>): grpc.ClientUnaryCall;
  CreateRobotPartSecret(argument: _viam_app_v1_CreateRobotPartSecretRequest, callback: grpc.requestCallback<_viam_app_v1_CreateRobotPartSecretResponse__Output>): grpc.ClientUnaryCall;
  createRobotPartSecret(argument: _viam_app_v1_CreateRobotPartSecretRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateRobotPartSecretResponse__Output>): grpc.ClientUnaryCall;
  createRobotPartSecret(argument: _viam_app_v1_CreateRobotPartSecretRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_CreateRobotPartSecretResponse__Output>): grpc.ClientUnaryCall;
  createRobotPartSecret(argument: _viam_app_v1_CreateRobotPartSecretRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_CreateRobotPartSecretResponse__Output>): grpc.ClientUnaryCall;
  createRobotPartSecret(argument: _viam_app_v1_CreateRobotPartSecretRequest, callback: grpc.requestCallback<_viam_app_v1_CreateRobotPartSecretResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteFragment(argument: _viam_app_v1_DeleteFragmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteFragmentResponse__Output>): grpc.ClientUnaryCall;
  DeleteFragment(argument: _viam_app_v1_DeleteFragmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_DeleteFragmentResponse__Output>): grpc.ClientUnaryCall;
  DeleteFragment(argument: _viam_app_v1_DeleteFragmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteFragmentResponse__Output>): grpc.ClientUnaryCall;
  DeleteFragment(argument: _viam_app_v1_DeleteFragmentRequest, callback: grpc.requestCallback<_viam_app_v1_DeleteFragmentResponse__Output>): grpc.ClientUnaryCall;
  deleteFragment(argument: _viam_app_v1_DeleteFragmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteFragmentResponse__Output>): grpc.ClientUnaryCall;
  deleteFragment(argument: _viam_app_v1_DeleteFragmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_DeleteFragmentResponse__Output>): grpc.ClientUnaryCall;
  deleteFragment(argument: _viam_app_v1_DeleteFragmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteFragmentResponse__Output>): grpc.ClientUnaryCall;
  deleteFragment(argument: _viam_app_v1_DeleteFragmentRequest, callback: grpc.requestCallback<_viam_app_v1_DeleteFragmentResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteFragmentTag(argument: _viam_app_v1_DeleteFragmentTagRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteFragmentTagResponse__Output>): grpc.ClientUnaryCall;
  DeleteFragmentTag(argument: _viam_app_v1_DeleteFragmentTagRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_DeleteFragmentTagResponse__Output>): grpc.ClientUnaryCall;
  DeleteFragmentTag(argument: _viam_app_v1_DeleteFragmentTagRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteFragmentTagResponse__Output>): grpc.ClientUnaryCall;
  DeleteFragmentTag(argument: _viam_app_v1_DeleteFragmentTagRequest, callback: grpc.requestCallback<_viam_app_v1_DeleteFragmentTagResponse__Output>): grpc.ClientUnaryCall;
  deleteFragmentTag(argument: _viam_app_v1_DeleteFragmentTagRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteFragmentTagResponse__Output>): grpc.ClientUnaryCall;
  deleteFragmentTag(argument: _viam_app_v1_DeleteFragmentTagRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_DeleteFragmentTagResponse__Output>): grpc.ClientUnaryCall;
  deleteFragmentTag(argument: _viam_app_v1_DeleteFragmentTagRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteFragmentTagResponse__Output>): grpc.ClientUnaryCall;
  deleteFragmentTag(argument: _viam_app_v1_DeleteFragmentTagRequest, callback: grpc.requestCallback<_viam_app_v1_DeleteFragmentTagResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteKey(argument: _viam_app_v1_DeleteKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteKeyResponse__Output>): grpc.ClientUnaryCall;
  DeleteKey(argument: _viam_app_v1_DeleteKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_DeleteKeyResponse__Output>): grpc.ClientUnaryCall;
  DeleteKey(argument: _viam_app_v1_DeleteKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteKeyResponse__Output>): grpc.ClientUnaryCall;
  DeleteKey(argument: _viam_app_v1_DeleteKeyRequest, callback: grpc.requestCallback<_viam_app_v1_DeleteKeyResponse__Output>): grpc.ClientUnaryCall;
  deleteKey(argument: _viam_app_v1_DeleteKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteKeyResponse__Output>): grpc.ClientUnaryCall;
  deleteKey(argument: _viam_app_v1_DeleteKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_DeleteKeyResponse__Output>): grpc.ClientUnaryCall;
  deleteKey(argument: _viam_app_v1_DeleteKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteKeyResponse__Output>): grpc.ClientUnaryCall;
  deleteKey(argument: _viam_app_v1_DeleteKeyRequest, callback: grpc.requestCallback<_viam_app_v1_DeleteKeyResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteLocation(argument: _viam_app_v1_DeleteLocationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteLocationResponse__Output>): grpc.ClientUnaryCall;
  DeleteLocation(argument: _viam_app_v1_DeleteLocationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_DeleteLocationResponse__Output>): grpc.ClientUnaryCall;
  DeleteLocation(argument: _viam_app_v1_DeleteLocationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteLocationResponse__Output>): grpc.ClientUnaryCall;
  DeleteLocation(argument: _viam_app_v1_DeleteLocationRequest, callback: grpc.requestCallback<_viam_app_v1_DeleteLocationResponse__Output>): grpc.ClientUnaryCall;
  deleteLocation(argument: _viam_app_v1_DeleteLocationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteLocationResponse__Output>): grpc.ClientUnaryCall;
  deleteLocation(argument: _viam_app_v1_DeleteLocationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_DeleteLocationResponse__Output>): grpc.ClientUnaryCall;
  deleteLocation(argument: _viam_app_v1_DeleteLocationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteLocationResponse__Output>): grpc.ClientUnaryCall;
  deleteLocation(argument: _viam_app_v1_DeleteLocationRequest, callback: grpc.requestCallback<_viam_app_v1_DeleteLocationResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteLocationSecret(argument: _viam_app_v1_DeleteLocationSecretRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteLocationSecretResponse__Output>): grpc.ClientUnaryCall;
  DeleteLocationSecret(argument: _viam_app_v1_DeleteLocationSecretRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_DeleteLocationSecretResponse__Output>): grpc.ClientUnaryCall;
  DeleteLocationSecret(argument: _viam_app_v1_DeleteLocationSecretRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteLocationSecretResponse__Output>): grpc.ClientUnaryCall;
  DeleteLocationSecret(argument: _viam_app_v1_DeleteLocationSecretRequest, callback: grpc.requestCallback<_viam_app_v1_DeleteLocationSecretResponse__Output>): grpc.ClientUnaryCall;
  deleteLocationSecret(argument: _viam_app_v1_DeleteLocationSecretRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteLocationSecretResponse__Output>): grpc.ClientUnaryCall;
  deleteLocationSecret(argument: _viam_app_v1_DeleteLocationSecretRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_DeleteLocationSecretResponse__Output>): grpc.ClientUnaryCall;
  deleteLocationSecret(argument: _viam_app_v1_DeleteLocationSecretRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteLocationSecretResponse__Output>): grpc.ClientUnaryCall;
  deleteLocationSecret(argument: _viam_app_v1_DeleteLocationSecretRequest, callback: grpc.requestCallback<_viam_app_v1_DeleteLocationSecretResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteOrganization(argument: _viam_app_v1_DeleteOrganizationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteOrganizationResponse__Output>): grpc.ClientUnaryCall;
  DeleteOrganization(argument: _viam_app_v1_DeleteOrganizationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_DeleteOrganizationResponse__Output>): grpc.ClientUnaryCall;
  DeleteOrganization(argument: _viam_app_v1_DeleteOrganizationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteOrganizationResponse__Output>): grpc.ClientUnaryCall;
  DeleteOrganization(argument: _viam_app_v1_DeleteOrganizationRequest, callback: grpc.requestCallback<_viam_app_v1_DeleteOrganizationResponse__Output>): grpc.ClientUnaryCall;
  deleteOrganization(argument: _viam_app_v1_DeleteOrganizationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteOrganizationResponse__Output>): grpc.ClientUnaryCall;
  deleteOrganization(argument: _viam_app_v1_DeleteOrganizationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_DeleteOrganizationResponse__Output>): grpc.ClientUnaryCall;
  deleteOrganization(argument: _viam_app_v1_DeleteOrganizationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteOrganizationResponse__Output>): grpc.ClientUnaryCall;
  deleteOrganization(argument: _viam_app_v1_DeleteOrganizationRequest, callback: grpc.requestCallback<_viam_app_v1_DeleteOrganizationResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteOrganizationInvite(argument: _viam_app_v1_DeleteOrganizationInviteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteOrganizationInviteResponse__Output>): grpc.ClientUnaryCall;
  DeleteOrganizationInvite(argument: _viam_app_v1_DeleteOrganizationInviteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_DeleteOrganizationInviteResponse__Output>): grpc.ClientUnaryCall;
  DeleteOrganizationInvite(argument: _viam_app_v1_DeleteOrganizationInviteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteOrganizationInviteResponse__Output>): grpc.ClientUnaryCall;
  DeleteOrganizationInvite(argument: _viam_app_v1_DeleteOrganizationInviteRequest, callback: grpc.requestCallback<_viam_app_v1_DeleteOrganizationInviteResponse__Output>): grpc.ClientUnaryCall;
  deleteOrganizationInvite(argument: _viam_app_v1_DeleteOrganizationInviteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteOrganizationInviteResponse__Output>): grpc.ClientUnaryCall;
  deleteOrganizationInvite(argument: _viam_app_v1_DeleteOrganizationInviteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_DeleteOrganizationInviteResponse__Output>): grpc.ClientUnaryCall;
  deleteOrganizationInvite(argument: _viam_app_v1_DeleteOrganizationInviteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteOrganizationInviteResponse__Output>): grpc.ClientUnaryCall;
  deleteOrganizationInvite(argument: _viam_app_v1_DeleteOrganizationInviteRequest, callback: grpc.requestCallback<_viam_app_v1_DeleteOrganizationInviteResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteOrganizationMember(argument: _viam_app_v1_DeleteOrganizationMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteOrganizationMemberResponse__Output>): grpc.ClientUnaryCall;
  DeleteOrganizationMember(argument: _viam_app_v1_DeleteOrganizationMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_DeleteOrganizationMemberResponse__Output>): grpc.ClientUnaryCall;
  DeleteOrganizationMember(argument: _viam_app_v1_DeleteOrganizationMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteOrganizationMemberResponse__Output>): grpc.ClientUnaryCall;
  DeleteOrganizationMember(argument: _viam_app_v1_DeleteOrganizationMemberRequest, callback: grpc.requestCallback<_viam_app_v1_DeleteOrganizationMemberResponse__Output>): grpc.ClientUnaryCall;
  deleteOrganizationMember(argument: _viam_app_v1_DeleteOrganizationMemberRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteOrganizationMemberResponse__Output>): grpc.ClientUnaryCall;
  deleteOrganizationMember(argument: _viam_app_v1_DeleteOrganizationMemberRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_DeleteOrganizationMemberResponse__Output>): grpc.ClientUnaryCall;
  deleteOrganizationMember(argument: _viam_app_v1_DeleteOrganizationMemberRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteOrganizationMemberResponse__Output>): grpc.ClientUnaryCall;
  deleteOrganizationMember(argument: _viam_app_v1_DeleteOrganizationMemberRequest, callback: grpc.requestCallback<_viam_app_v1_DeleteOrganizationMemberResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteRegistryItem(argument: _viam_app_v1_DeleteRegistryItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  DeleteRegistryItem(argument: _viam_app_v1_DeleteRegistryItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_DeleteRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  DeleteRegistryItem(argument: _viam_app_v1_DeleteRegistryItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  DeleteRegistryItem(argument: _viam_app_v1_DeleteRegistryItemRequest, callback: grpc.requestCallback<_viam_app_v1_DeleteRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  deleteRegistryItem(argument: _viam_app_v1_DeleteRegistryItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  deleteRegistryItem(argument: _viam_app_v1_DeleteRegistryItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_DeleteRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  deleteRegistryItem(argument: _viam_app_v1_DeleteRegistryItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  deleteRegistryItem(argument: _viam_app_v1_DeleteRegistryItemRequest, callback: grpc.requestCallback<_viam_app_v1_DeleteRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteRobot(argument: _viam_app_v1_DeleteRobotRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteRobotResponse__Output>): grpc.ClientUnaryCall;
  DeleteRobot(argument: _viam_app_v1_DeleteRobotRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_DeleteRobotResponse__Output>): grpc.ClientUnaryCall;
  DeleteRobot(argument: _viam_app_v1_DeleteRobotRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteRobotResponse__Output>): grpc.ClientUnaryCall;
  DeleteRobot(argument: _viam_app_v1_DeleteRobotRequest, callback: grpc.requestCallback<_viam_app_v1_DeleteRobotResponse__Output>): grpc.ClientUnaryCall;
  deleteRobot(argument: _viam_app_v1_DeleteRobotRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteRobotResponse__Output>): grpc.ClientUnaryCall;
  deleteRobot(argument: _viam_app_v1_DeleteRobotRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_DeleteRobotResponse__Output>): grpc.ClientUnaryCall;
  deleteRobot(argument: _viam_app_v1_DeleteRobotRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteRobotResponse__Output>): grpc.ClientUnaryCall;
  deleteRobot(argument: _viam_app_v1_DeleteRobotRequest, callback: grpc.requestCallback<_viam_app_v1_DeleteRobotResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteRobotPart(argument: _viam_app_v1_DeleteRobotPartRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteRobotPartResponse__Output>): grpc.ClientUnaryCall;
  DeleteRobotPart(argument: _viam_app_v1_DeleteRobotPartRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_DeleteRobotPartResponse__Output>): grpc.ClientUnaryCall;
  DeleteRobotPart(argument: _viam_app_v1_DeleteRobotPartRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteRobotPartResponse__Output>): grpc.ClientUnaryCall;
  DeleteRobotPart(argument: _viam_app_v1_DeleteRobotPartRequest, callback: grpc.requestCallback<_viam_app_v1_DeleteRobotPartResponse__Output>): grpc.ClientUnaryCall;
  deleteRobotPart(argument: _viam_app_v1_DeleteRobotPartRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteRobotPartResponse__Output>): grpc.ClientUnaryCall;
  deleteRobotPart(argument: _viam_app_v1_DeleteRobotPartRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_DeleteRobotPartResponse__Output>): grpc.ClientUnaryCall;
  deleteRobotPart(argument: _viam_app_v1_DeleteRobotPartRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteRobotPartResponse__Output>): grpc.ClientUnaryCall;
  deleteRobotPart(argument: _viam_app_v1_DeleteRobotPartRequest, callback: grpc.requestCallback<_viam_app_v1_DeleteRobotPartResponse__Output>): grpc.ClientUnaryCall;
  
  DeleteRobotPartSecret(argument: _viam_app_v1_DeleteRobotPartSecretRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteRobotPartSecretResponse__Output>): grpc.ClientUnaryCall;
  DeleteRobotPartSecret(argument: _viam_app_v1_DeleteRobotPartSecretRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_DeleteRobotPartSecretResponse__Output>): grpc.ClientUnaryCall;
  DeleteRobotPartSecret(argument: _viam_app_v1_DeleteRobotPartSecretRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteRobotPartSecretResponse__Output>): grpc.ClientUnaryCall;
  DeleteRobotPartSecret(argument: _viam_app_v1_DeleteRobotPartSecretRequest, callback: grpc.requestCallback<_viam_app_v1_DeleteRobotPartSecretResponse__Output>): grpc.ClientUnaryCall;
  deleteRobotPartSecret(argument: _viam_app_v1_DeleteRobotPartSecretRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteRobotPartSecretResponse__Output>): grpc.ClientUnaryCall;
  deleteRobotPartSecret(argument: _viam_app_v1_DeleteRobotPartSecretRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_DeleteRobotPartSecretResponse__Output>): grpc.ClientUnaryCall;
  deleteRobotPartSecret(argument: _viam_app_v1_DeleteRobotPartSecretRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_DeleteRobotPartSecretResponse__Output>): grpc.ClientUnaryCall;
  deleteRobotPartSecret(argument: _viam_app_v1_DeleteRobotPartSecretRequest, callback: grpc.requestCallback<_viam_app_v1_DeleteRobotPartSecretResponse__Output>): grpc.ClientUnaryCall;
  
  GetFragment(argument: _viam_app_v1_GetFragmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetFragmentResponse__Output>): grpc.ClientUnaryCall;
  GetFragment(argument: _viam_app_v1_GetFragmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetFragmentResponse__Output>): grpc.ClientUnaryCall;
  GetFragment(argument: _viam_app_v1_GetFragmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetFragmentResponse__Output>): grpc.ClientUnaryCall;
  GetFragment(argument: _viam_app_v1_GetFragmentRequest, callback: grpc.requestCallback<_viam_app_v1_GetFragmentResponse__Output>): grpc.ClientUnaryCall;
  getFragment(argument: _viam_app_v1_GetFragmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetFragmentResponse__Output>): grpc.ClientUnaryCall;
  getFragment(argument: _viam_app_v1_GetFragmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetFragmentResponse__Output>): grpc.ClientUnaryCall;
  getFragment(argument: _viam_app_v1_GetFragmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetFragmentResponse__Output>): grpc.ClientUnaryCall;
  getFragment(argument: _viam_app_v1_GetFragmentRequest, callback: grpc.requestCallback<_viam_app_v1_GetFragmentResponse__Output>): grpc.ClientUnaryCall;
  
  GetFragmentHistory(argument: _viam_app_v1_GetFragmentHistoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetFragmentHistoryResponse__Output>): grpc.ClientUnaryCall;
  GetFragmentHistory(argument: _viam_app_v1_GetFragmentHistoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetFragmentHistoryResponse__Output>): grpc.ClientUnaryCall;
  GetFragmentHistory(argument: _viam_app_v1_GetFragmentHistoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetFragmentHistoryResponse__Output>): grpc.ClientUnaryCall;
  GetFragmentHistory(argument: _viam_app_v1_GetFragmentHistoryRequest, callback: grpc.requestCallback<_viam_app_v1_GetFragmentHistoryResponse__Output>): grpc.ClientUnaryCall;
  getFragmentHistory(argument: _viam_app_v1_GetFragmentHistoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetFragmentHistoryResponse__Output>): grpc.ClientUnaryCall;
  getFragmentHistory(argument: _viam_app_v1_GetFragmentHistoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetFragmentHistoryResponse__Output>): grpc.ClientUnaryCall;
  getFragmentHistory(argument: _viam_app_v1_GetFragmentHistoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetFragmentHistoryResponse__Output>): grpc.ClientUnaryCall;
  getFragmentHistory(argument: _viam_app_v1_GetFragmentHistoryRequest, callback: grpc.requestCallback<_viam_app_v1_GetFragmentHistoryResponse__Output>): grpc.ClientUnaryCall;
  
  GetFragmentUsage(argument: _viam_app_v1_GetFragmentUsageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetFragmentUsageResponse__Output>): grpc.ClientUnaryCall;
  GetFragmentUsage(argument: _viam_app_v1_GetFragmentUsageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetFragmentUsageResponse__Output>): grpc.ClientUnaryCall;
  GetFragmentUsage(argument: _viam_app_v1_GetFragmentUsageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetFragmentUsageResponse__Output>): grpc.ClientUnaryCall;
  GetFragmentUsage(argument: _viam_app_v1_GetFragmentUsageRequest, callback: grpc.requestCallback<_viam_app_v1_GetFragmentUsageResponse__Output>): grpc.ClientUnaryCall;
  getFragmentUsage(argument: _viam_app_v1_GetFragmentUsageRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetFragmentUsageResponse__Output>): grpc.ClientUnaryCall;
  getFragmentUsage(argument: _viam_app_v1_GetFragmentUsageRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetFragmentUsageResponse__Output>): grpc.ClientUnaryCall;
  getFragmentUsage(argument: _viam_app_v1_GetFragmentUsageRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetFragmentUsageResponse__Output>): grpc.ClientUnaryCall;
  getFragmentUsage(argument: _viam_app_v1_GetFragmentUsageRequest, callback: grpc.requestCallback<_viam_app_v1_GetFragmentUsageResponse__Output>): grpc.ClientUnaryCall;
  
  GetLocation(argument: _viam_app_v1_GetLocationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetLocationResponse__Output>): grpc.ClientUnaryCall;
  GetLocation(argument: _viam_app_v1_GetLocationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetLocationResponse__Output>): grpc.ClientUnaryCall;
  GetLocation(argument: _viam_app_v1_GetLocationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetLocationResponse__Output>): grpc.ClientUnaryCall;
  GetLocation(argument: _viam_app_v1_GetLocationRequest, callback: grpc.requestCallback<_viam_app_v1_GetLocationResponse__Output>): grpc.ClientUnaryCall;
  getLocation(argument: _viam_app_v1_GetLocationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetLocationResponse__Output>): grpc.ClientUnaryCall;
  getLocation(argument: _viam_app_v1_GetLocationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetLocationResponse__Output>): grpc.ClientUnaryCall;
  getLocation(argument: _viam_app_v1_GetLocationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetLocationResponse__Output>): grpc.ClientUnaryCall;
  getLocation(argument: _viam_app_v1_GetLocationRequest, callback: grpc.requestCallback<_viam_app_v1_GetLocationResponse__Output>): grpc.ClientUnaryCall;
  
  GetLocationMetadata(argument: _viam_app_v1_GetLocationMetadataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetLocationMetadataResponse__Output>): grpc.ClientUnaryCall;
  GetLocationMetadata(argument: _viam_app_v1_GetLocationMetadataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetLocationMetadataResponse__Output>): grpc.ClientUnaryCall;
  GetLocationMetadata(argument: _viam_app_v1_GetLocationMetadataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetLocationMetadataResponse__Output>): grpc.ClientUnaryCall;
  GetLocationMetadata(argument: _viam_app_v1_GetLocationMetadataRequest, callback: grpc.requestCallback<_viam_app_v1_GetLocationMetadataResponse__Output>): grpc.ClientUnaryCall;
  getLocationMetadata(argument: _viam_app_v1_GetLocationMetadataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetLocationMetadataResponse__Output>): grpc.ClientUnaryCall;
  getLocationMetadata(argument: _viam_app_v1_GetLocationMetadataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetLocationMetadataResponse__Output>): grpc.ClientUnaryCall;
  getLocationMetadata(argument: _viam_app_v1_GetLocationMetadataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetLocationMetadataResponse__Output>): grpc.ClientUnaryCall;
  getLocationMetadata(argument: _viam_app_v1_GetLocationMetadataRequest, callback: grpc.requestCallback<_viam_app_v1_GetLocationMetadataResponse__Output>): grpc.ClientUnaryCall;
  
  GetModule(argument: _viam_app_v1_GetModuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetModuleResponse__Output>): grpc.ClientUnaryCall;
  GetModule(argument: _viam_app_v1_GetModuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetModuleResponse__Output>): grpc.ClientUnaryCall;
  GetModule(argument: _viam_app_v1_GetModuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetModuleResponse__Output>): grpc.ClientUnaryCall;
  GetModule(argument: _viam_app_v1_GetModuleRequest, callback: grpc.requestCallback<_viam_app_v1_GetModuleResponse__Output>): grpc.ClientUnaryCall;
  getModule(argument: _viam_app_v1_GetModuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetModuleResponse__Output>): grpc.ClientUnaryCall;
  getModule(argument: _viam_app_v1_GetModuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetModuleResponse__Output>): grpc.ClientUnaryCall;
  getModule(argument: _viam_app_v1_GetModuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetModuleResponse__Output>): grpc.ClientUnaryCall;
  getModule(argument: _viam_app_v1_GetModuleRequest, callback: grpc.requestCallback<_viam_app_v1_GetModuleResponse__Output>): grpc.ClientUnaryCall;
  
  GetOrganization(argument: _viam_app_v1_GetOrganizationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetOrganizationResponse__Output>): grpc.ClientUnaryCall;
  GetOrganization(argument: _viam_app_v1_GetOrganizationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetOrganizationResponse__Output>): grpc.ClientUnaryCall;
  GetOrganization(argument: _viam_app_v1_GetOrganizationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetOrganizationResponse__Output>): grpc.ClientUnaryCall;
  GetOrganization(argument: _viam_app_v1_GetOrganizationRequest, callback: grpc.requestCallback<_viam_app_v1_GetOrganizationResponse__Output>): grpc.ClientUnaryCall;
  getOrganization(argument: _viam_app_v1_GetOrganizationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetOrganizationResponse__Output>): grpc.ClientUnaryCall;
  getOrganization(argument: _viam_app_v1_GetOrganizationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetOrganizationResponse__Output>): grpc.ClientUnaryCall;
  getOrganization(argument: _viam_app_v1_GetOrganizationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetOrganizationResponse__Output>): grpc.ClientUnaryCall;
  getOrganization(argument: _viam_app_v1_GetOrganizationRequest, callback: grpc.requestCallback<_viam_app_v1_GetOrganizationResponse__Output>): grpc.ClientUnaryCall;
  
  GetOrganizationMetadata(argument: _viam_app_v1_GetOrganizationMetadataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetOrganizationMetadataResponse__Output>): grpc.ClientUnaryCall;
  GetOrganizationMetadata(argument: _viam_app_v1_GetOrganizationMetadataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetOrganizationMetadataResponse__Output>): grpc.ClientUnaryCall;
  GetOrganizationMetadata(argument: _viam_app_v1_GetOrganizationMetadataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetOrganizationMetadataResponse__Output>): grpc.ClientUnaryCall;
  GetOrganizationMetadata(argument: _viam_app_v1_GetOrganizationMetadataRequest, callback: grpc.requestCallback<_viam_app_v1_GetOrganizationMetadataResponse__Output>): grpc.ClientUnaryCall;
  getOrganizationMetadata(argument: _viam_app_v1_GetOrganizationMetadataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetOrganizationMetadataResponse__Output>): grpc.ClientUnaryCall;
  getOrganizationMetadata(argument: _viam_app_v1_GetOrganizationMetadataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetOrganizationMetadataResponse__Output>): grpc.ClientUnaryCall;
  getOrganizationMetadata(argument: _viam_app_v1_GetOrganizationMetadataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetOrganizationMetadataResponse__Output>): grpc.ClientUnaryCall;
  getOrganizationMetadata(argument: _viam_app_v1_GetOrganizationMetadataRequest, callback: grpc.requestCallback<_viam_app_v1_GetOrganizationMetadataResponse__Output>): grpc.ClientUnaryCall;
  
  GetOrganizationNamespaceAvailability(argument: _viam_app_v1_GetOrganizationNamespaceAvailabilityRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetOrganizationNamespaceAvailabilityResponse__Output>): grpc.ClientUnaryCall;
  GetOrganizationNamespaceAvailability(argument: _viam_app_v1_GetOrganizationNamespaceAvailabilityRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetOrganizationNamespaceAvailabilityResponse__Output>): grpc.ClientUnaryCall;
  GetOrganizationNamespaceAvailability(argument: _viam_app_v1_GetOrganizationNamespaceAvailabilityRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetOrganizationNamespaceAvailabilityResponse__Output>): grpc.ClientUnaryCall;
  GetOrganizationNamespaceAvailability(argument: _viam_app_v1_GetOrganizationNamespaceAvailabilityRequest, callback: grpc.requestCallback<_viam_app_v1_GetOrganizationNamespaceAvailabilityResponse__Output>): grpc.ClientUnaryCall;
  getOrganizationNamespaceAvailability(argument: _viam_app_v1_GetOrganizationNamespaceAvailabilityRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetOrganizationNamespaceAvailabilityResponse__Output>): grpc.ClientUnaryCall;
  getOrganizationNamespaceAvailability(argument: _viam_app_v1_GetOrganizationNamespaceAvailabilityRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetOrganizationNamespaceAvailabilityResponse__Output>): grpc.ClientUnaryCall;
  getOrganizationNamespaceAvailability(argument: _viam_app_v1_GetOrganizationNamespaceAvailabilityRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetOrganizationNamespaceAvailabilityResponse__Output>): grpc.ClientUnaryCall;
  getOrganizationNamespaceAvailability(argument: _viam_app_v1_GetOrganizationNamespaceAvailabilityRequest, callback: grpc.requestCallback<_viam_app_v1_GetOrganizationNamespaceAvailabilityResponse__Output>): grpc.ClientUnaryCall;
  
  GetOrganizationsWithAccessToLocation(argument: _viam_app_v1_GetOrganizationsWithAccessToLocationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetOrganizationsWithAccessToLocationResponse__Output>): grpc.ClientUnaryCall;
  GetOrganizationsWithAccessToLocation(argument: _viam_app_v1_GetOrganizationsWithAccessToLocationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetOrganizationsWithAccessToLocationResponse__Output>): grpc.ClientUnaryCall;
  GetOrganizationsWithAccessToLocation(argument: _viam_app_v1_GetOrganizationsWithAccessToLocationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetOrganizationsWithAccessToLocationResponse__Output>): grpc.ClientUnaryCall;
  GetOrganizationsWithAccessToLocation(argument: _viam_app_v1_GetOrganizationsWithAccessToLocationRequest, callback: grpc.requestCallback<_viam_app_v1_GetOrganizationsWithAccessToLocationResponse__Output>): grpc.ClientUnaryCall;
  getOrganizationsWithAccessToLocation(argument: _viam_app_v1_GetOrganizationsWithAccessToLocationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetOrganizationsWithAccessToLocationResponse__Output>): grpc.ClientUnaryCall;
  getOrganizationsWithAccessToLocation(argument: _viam_app_v1_GetOrganizationsWithAccessToLocationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetOrganizationsWithAccessToLocationResponse__Output>): grpc.ClientUnaryCall;
  getOrganizationsWithAccessToLocation(argument: _viam_app_v1_GetOrganizationsWithAccessToLocationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetOrganizationsWithAccessToLocationResponse__Output>): grpc.ClientUnaryCall;
  getOrganizationsWithAccessToLocation(argument: _viam_app_v1_GetOrganizationsWithAccessToLocationRequest, callback: grpc.requestCallback<_viam_app_v1_GetOrganizationsWithAccessToLocationResponse__Output>): grpc.ClientUnaryCall;
  
  GetRegistryItem(argument: _viam_app_v1_GetRegistryItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  GetRegistryItem(argument: _viam_app_v1_GetRegistryItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  GetRegistryItem(argument: _viam_app_v1_GetRegistryItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  GetRegistryItem(argument: _viam_app_v1_GetRegistryItemRequest, callback: grpc.requestCallback<_viam_app_v1_GetRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  getRegistryItem(argument: _viam_app_v1_GetRegistryItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  getRegistryItem(argument: _viam_app_v1_GetRegistryItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  getRegistryItem(argument: _viam_app_v1_GetRegistryItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  getRegistryItem(argument: _viam_app_v1_GetRegistryItemRequest, callback: grpc.requestCallback<_viam_app_v1_GetRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  
  GetRobot(argument: _viam_app_v1_GetRobotRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRobotResponse__Output>): grpc.ClientUnaryCall;
  GetRobot(argument: _viam_app_v1_GetRobotRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetRobotResponse__Output>): grpc.ClientUnaryCall;
  GetRobot(argument: _viam_app_v1_GetRobotRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRobotResponse__Output>): grpc.ClientUnaryCall;
  GetRobot(argument: _viam_app_v1_GetRobotRequest, callback: grpc.requestCallback<_viam_app_v1_GetRobotResponse__Output>): grpc.ClientUnaryCall;
  getRobot(argument: _viam_app_v1_GetRobotRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRobotResponse__Output>): grpc.ClientUnaryCall;
  getRobot(argument: _viam_app_v1_GetRobotRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetRobotResponse__Output>): grpc.ClientUnaryCall;
  getRobot(argument: _viam_app_v1_GetRobotRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRobotResponse__Output>): grpc.ClientUnaryCall;
  getRobot(argument: _viam_app_v1_GetRobotRequest, callback: grpc.requestCallback<_viam_app_v1_GetRobotResponse__Output>): grpc.ClientUnaryCall;
  
  GetRobotAPIKeys(argument: _viam_app_v1_GetRobotAPIKeysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRobotAPIKeysResponse__Output>): grpc.ClientUnaryCall;
  GetRobotAPIKeys(argument: _viam_app_v1_GetRobotAPIKeysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetRobotAPIKeysResponse__Output>): grpc.ClientUnaryCall;
  GetRobotAPIKeys(argument: _viam_app_v1_GetRobotAPIKeysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRobotAPIKeysResponse__Output>): grpc.ClientUnaryCall;
  GetRobotAPIKeys(argument: _viam_app_v1_GetRobotAPIKeysRequest, callback: grpc.requestCallback<_viam_app_v1_GetRobotAPIKeysResponse__Output>): grpc.ClientUnaryCall;
  getRobotApiKeys(argument: _viam_app_v1_GetRobotAPIKeysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRobotAPIKeysResponse__Output>): grpc.ClientUnaryCall;
  getRobotApiKeys(argument: _viam_app_v1_GetRobotAPIKeysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetRobotAPIKeysResponse__Output>): grpc.ClientUnaryCall;
  getRobotApiKeys(argument: _viam_app_v1_GetRobotAPIKeysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRobotAPIKeysResponse__Output>): grpc.ClientUnaryCall;
  getRobotApiKeys(argument: _viam_app_v1_GetRobotAPIKeysRequest, callback: grpc.requestCallback<_viam_app_v1_GetRobotAPIKeysResponse__Output>): grpc.ClientUnaryCall;
  
  GetRobotMetadata(argument: _viam_app_v1_GetRobotMetadataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRobotMetadataResponse__Output>): grpc.ClientUnaryCall;
  GetRobotMetadata(argument: _viam_app_v1_GetRobotMetadataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetRobotMetadataResponse__Output>): grpc.ClientUnaryCall;
  GetRobotMetadata(argument: _viam_app_v1_GetRobotMetadataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRobotMetadataResponse__Output>): grpc.ClientUnaryCall;
  GetRobotMetadata(argument: _viam_app_v1_GetRobotMetadataRequest, callback: grpc.requestCallback<_viam_app_v1_GetRobotMetadataResponse__Output>): grpc.ClientUnaryCall;
  getRobotMetadata(argument: _viam_app_v1_GetRobotMetadataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRobotMetadataResponse__Output>): grpc.ClientUnaryCall;
  getRobotMetadata(argument: _viam_app_v1_GetRobotMetadataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetRobotMetadataResponse__Output>): grpc.ClientUnaryCall;
  getRobotMetadata(argument: _viam_app_v1_GetRobotMetadataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRobotMetadataResponse__Output>): grpc.ClientUnaryCall;
  getRobotMetadata(argument: _viam_app_v1_GetRobotMetadataRequest, callback: grpc.requestCallback<_viam_app_v1_GetRobotMetadataResponse__Output>): grpc.ClientUnaryCall;
  
  GetRobotPart(argument: _viam_app_v1_GetRobotPartRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartResponse__Output>): grpc.ClientUnaryCall;
  GetRobotPart(argument: _viam_app_v1_GetRobotPartRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartResponse__Output>): grpc.ClientUnaryCall;
  GetRobotPart(argument: _viam_app_v1_GetRobotPartRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartResponse__Output>): grpc.ClientUnaryCall;
  GetRobotPart(argument: _viam_app_v1_GetRobotPartRequest, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartResponse__Output>): grpc.ClientUnaryCall;
  getRobotPart(argument: _viam_app_v1_GetRobotPartRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartResponse__Output>): grpc.ClientUnaryCall;
  getRobotPart(argument: _viam_app_v1_GetRobotPartRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartResponse__Output>): grpc.ClientUnaryCall;
  getRobotPart(argument: _viam_app_v1_GetRobotPartRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartResponse__Output>): grpc.ClientUnaryCall;
  getRobotPart(argument: _viam_app_v1_GetRobotPartRequest, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartResponse__Output>): grpc.ClientUnaryCall;
  
  GetRobotPartByNameAndLocation(argument: _viam_app_v1_GetRobotPartByNameAndLocationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartByNameAndLocationResponse__Output>): grpc.ClientUnaryCall;
  GetRobotPartByNameAndLocation(argument: _viam_app_v1_GetRobotPartByNameAndLocationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartByNameAndLocationResponse__Output>): grpc.ClientUnaryCall;
  GetRobotPartByNameAndLocation(argument: _viam_app_v1_GetRobotPartByNameAndLocationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartByNameAndLocationResponse__Output>): grpc.ClientUnaryCall;
  GetRobotPartByNameAndLocation(argument: _viam_app_v1_GetRobotPartByNameAndLocationRequest, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartByNameAndLocationResponse__Output>): grpc.ClientUnaryCall;
  getRobotPartByNameAndLocation(argument: _viam_app_v1_GetRobotPartByNameAndLocationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartByNameAndLocationResponse__Output>): grpc.ClientUnaryCall;
  getRobotPartByNameAndLocation(argument: _viam_app_v1_GetRobotPartByNameAndLocationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartByNameAndLocationResponse__Output>): grpc.ClientUnaryCall;
  getRobotPartByNameAndLocation(argument: _viam_app_v1_GetRobotPartByNameAndLocationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartByNameAndLocationResponse__Output>): grpc.ClientUnaryCall;
  getRobotPartByNameAndLocation(argument: _viam_app_v1_GetRobotPartByNameAndLocationRequest, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartByNameAndLocationResponse__Output>): grpc.ClientUnaryCall;
  
  GetRobotPartHistory(argument: _viam_app_v1_GetRobotPartHistoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartHistoryResponse__Output>): grpc.ClientUnaryCall;
  GetRobotPartHistory(argument: _viam_app_v1_GetRobotPartHistoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartHistoryResponse__Output>): grpc.ClientUnaryCall;
  GetRobotPartHistory(argument: _viam_app_v1_GetRobotPartHistoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartHistoryResponse__Output>): grpc.ClientUnaryCall;
  GetRobotPartHistory(argument: _viam_app_v1_GetRobotPartHistoryRequest, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartHistoryResponse__Output>): grpc.ClientUnaryCall;
  getRobotPartHistory(argument: _viam_app_v1_GetRobotPartHistoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartHistoryResponse__Output>): grpc.ClientUnaryCall;
  getRobotPartHistory(argument: _viam_app_v1_GetRobotPartHistoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartHistoryResponse__Output>): grpc.ClientUnaryCall;
  getRobotPartHistory(argument: _viam_app_v1_GetRobotPartHistoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartHistoryResponse__Output>): grpc.ClientUnaryCall;
  getRobotPartHistory(argument: _viam_app_v1_GetRobotPartHistoryRequest, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartHistoryResponse__Output>): grpc.ClientUnaryCall;
  
  GetRobotPartLogs(argument: _viam_app_v1_GetRobotPartLogsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartLogsResponse__Output>): grpc.ClientUnaryCall;
  GetRobotPartLogs(argument: _viam_app_v1_GetRobotPartLogsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartLogsResponse__Output>): grpc.ClientUnaryCall;
  GetRobotPartLogs(argument: _viam_app_v1_GetRobotPartLogsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartLogsResponse__Output>): grpc.ClientUnaryCall;
  GetRobotPartLogs(argument: _viam_app_v1_GetRobotPartLogsRequest, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartLogsResponse__Output>): grpc.ClientUnaryCall;
  getRobotPartLogs(argument: _viam_app_v1_GetRobotPartLogsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartLogsResponse__Output>): grpc.ClientUnaryCall;
  getRobotPartLogs(argument: _viam_app_v1_GetRobotPartLogsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartLogsResponse__Output>): grpc.ClientUnaryCall;
  getRobotPartLogs(argument: _viam_app_v1_GetRobotPartLogsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartLogsResponse__Output>): grpc.ClientUnaryCall;
  getRobotPartLogs(argument: _viam_app_v1_GetRobotPartLogsRequest, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartLogsResponse__Output>): grpc.ClientUnaryCall;
  
  GetRobotPartMetadata(argument: _viam_app_v1_GetRobotPartMetadataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartMetadataResponse__Output>): grpc.ClientUnaryCall;
  GetRobotPartMetadata(argument: _viam_app_v1_GetRobotPartMetadataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartMetadataResponse__Output>): grpc.ClientUnaryCall;
  GetRobotPartMetadata(argument: _viam_app_v1_GetRobotPartMetadataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartMetadataResponse__Output>): grpc.ClientUnaryCall;
  GetRobotPartMetadata(argument: _viam_app_v1_GetRobotPartMetadataRequest, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartMetadataResponse__Output>): grpc.ClientUnaryCall;
  getRobotPartMetadata(argument: _viam_app_v1_GetRobotPartMetadataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartMetadataResponse__Output>): grpc.ClientUnaryCall;
  getRobotPartMetadata(argument: _viam_app_v1_GetRobotPartMetadataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartMetadataResponse__Output>): grpc.ClientUnaryCall;
  getRobotPartMetadata(argument: _viam_app_v1_GetRobotPartMetadataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartMetadataResponse__Output>): grpc.ClientUnaryCall;
  getRobotPartMetadata(argument: _viam_app_v1_GetRobotPartMetadataRequest, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartMetadataResponse__Output>): grpc.ClientUnaryCall;
  
  GetRobotParts(argument: _viam_app_v1_GetRobotPartsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartsResponse__Output>): grpc.ClientUnaryCall;
  GetRobotParts(argument: _viam_app_v1_GetRobotPartsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartsResponse__Output>): grpc.ClientUnaryCall;
  GetRobotParts(argument: _viam_app_v1_GetRobotPartsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartsResponse__Output>): grpc.ClientUnaryCall;
  GetRobotParts(argument: _viam_app_v1_GetRobotPartsRequest, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartsResponse__Output>): grpc.ClientUnaryCall;
  getRobotParts(argument: _viam_app_v1_GetRobotPartsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartsResponse__Output>): grpc.ClientUnaryCall;
  getRobotParts(argument: _viam_app_v1_GetRobotPartsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartsResponse__Output>): grpc.ClientUnaryCall;
  getRobotParts(argument: _viam_app_v1_GetRobotPartsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartsResponse__Output>): grpc.ClientUnaryCall;
  getRobotParts(argument: _viam_app_v1_GetRobotPartsRequest, callback: grpc.requestCallback<_viam_app_v1_GetRobotPartsResponse__Output>): grpc.ClientUnaryCall;
  
  GetUserIDByEmail(argument: _viam_app_v1_GetUserIDByEmailRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetUserIDByEmailResponse__Output>): grpc.ClientUnaryCall;
  GetUserIDByEmail(argument: _viam_app_v1_GetUserIDByEmailRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetUserIDByEmailResponse__Output>): grpc.ClientUnaryCall;
  GetUserIDByEmail(argument: _viam_app_v1_GetUserIDByEmailRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetUserIDByEmailResponse__Output>): grpc.ClientUnaryCall;
  GetUserIDByEmail(argument: _viam_app_v1_GetUserIDByEmailRequest, callback: grpc.requestCallback<_viam_app_v1_GetUserIDByEmailResponse__Output>): grpc.ClientUnaryCall;
  getUserIdByEmail(argument: _viam_app_v1_GetUserIDByEmailRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetUserIDByEmailResponse__Output>): grpc.ClientUnaryCall;
  getUserIdByEmail(argument: _viam_app_v1_GetUserIDByEmailRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_GetUserIDByEmailResponse__Output>): grpc.ClientUnaryCall;
  getUserIdByEmail(argument: _viam_app_v1_GetUserIDByEmailRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_GetUserIDByEmailResponse__Output>): grpc.ClientUnaryCall;
  getUserIdByEmail(argument: _viam_app_v1_GetUserIDByEmailRequest, callback: grpc.requestCallback<_viam_app_v1_GetUserIDByEmailResponse__Output>): grpc.ClientUnaryCall;
  
  ListAuthorizations(argument: _viam_app_v1_ListAuthorizationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListAuthorizationsResponse__Output>): grpc.ClientUnaryCall;
  ListAuthorizations(argument: _viam_app_v1_ListAuthorizationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ListAuthorizationsResponse__Output>): grpc.ClientUnaryCall;
  ListAuthorizations(argument: _viam_app_v1_ListAuthorizationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListAuthorizationsResponse__Output>): grpc.ClientUnaryCall;
  ListAuthorizations(argument: _viam_app_v1_ListAuthorizationsRequest, callback: grpc.requestCallback<_viam_app_v1_ListAuthorizationsResponse__Output>): grpc.ClientUnaryCall;
  listAuthorizations(argument: _viam_app_v1_ListAuthorizationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListAuthorizationsResponse__Output>): grpc.ClientUnaryCall;
  listAuthorizations(argument: _viam_app_v1_ListAuthorizationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ListAuthorizationsResponse__Output>): grpc.ClientUnaryCall;
  listAuthorizations(argument: _viam_app_v1_ListAuthorizationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListAuthorizationsResponse__Output>): grpc.ClientUnaryCall;
  listAuthorizations(argument: _viam_app_v1_ListAuthorizationsRequest, callback: grpc.requestCallback<_viam_app_v1_ListAuthorizationsResponse__Output>): grpc.ClientUnaryCall;
  
  ListFragments(argument: _viam_app_v1_ListFragmentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListFragmentsResponse__Output>): grpc.ClientUnaryCall;
  ListFragments(argument: _viam_app_v1_ListFragmentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ListFragmentsResponse__Output>): grpc.ClientUnaryCall;
  ListFragments(argument: _viam_app_v1_ListFragmentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListFragmentsResponse__Output>): grpc.ClientUnaryCall;
  ListFragments(argument: _viam_app_v1_ListFragmentsRequest, callback: grpc.requestCallback<_viam_app_v1_ListFragmentsResponse__Output>): grpc.ClientUnaryCall;
  listFragments(argument: _viam_app_v1_ListFragmentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListFragmentsResponse__Output>): grpc.ClientUnaryCall;
  listFragments(argument: _viam_app_v1_ListFragmentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ListFragmentsResponse__Output>): grpc.ClientUnaryCall;
  listFragments(argument: _viam_app_v1_ListFragmentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListFragmentsResponse__Output>): grpc.ClientUnaryCall;
  listFragments(argument: _viam_app_v1_ListFragmentsRequest, callback: grpc.requestCallback<_viam_app_v1_ListFragmentsResponse__Output>): grpc.ClientUnaryCall;
  
  ListKeys(argument: _viam_app_v1_ListKeysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListKeysResponse__Output>): grpc.ClientUnaryCall;
  ListKeys(argument: _viam_app_v1_ListKeysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ListKeysResponse__Output>): grpc.ClientUnaryCall;
  ListKeys(argument: _viam_app_v1_ListKeysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListKeysResponse__Output>): grpc.ClientUnaryCall;
  ListKeys(argument: _viam_app_v1_ListKeysRequest, callback: grpc.requestCallback<_viam_app_v1_ListKeysResponse__Output>): grpc.ClientUnaryCall;
  listKeys(argument: _viam_app_v1_ListKeysRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListKeysResponse__Output>): grpc.ClientUnaryCall;
  listKeys(argument: _viam_app_v1_ListKeysRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ListKeysResponse__Output>): grpc.ClientUnaryCall;
  listKeys(argument: _viam_app_v1_ListKeysRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListKeysResponse__Output>): grpc.ClientUnaryCall;
  listKeys(argument: _viam_app_v1_ListKeysRequest, callback: grpc.requestCallback<_viam_app_v1_ListKeysResponse__Output>): grpc.ClientUnaryCall;
  
  ListLocations(argument: _viam_app_v1_ListLocationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListLocationsResponse__Output>): grpc.ClientUnaryCall;
  ListLocations(argument: _viam_app_v1_ListLocationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ListLocationsResponse__Output>): grpc.ClientUnaryCall;
  ListLocations(argument: _viam_app_v1_ListLocationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListLocationsResponse__Output>): grpc.ClientUnaryCall;
  ListLocations(argument: _viam_app_v1_ListLocationsRequest, callback: grpc.requestCallback<_viam_app_v1_ListLocationsResponse__Output>): grpc.ClientUnaryCall;
  listLocations(argument: _viam_app_v1_ListLocationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListLocationsResponse__Output>): grpc.ClientUnaryCall;
  listLocations(argument: _viam_app_v1_ListLocationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ListLocationsResponse__Output>): grpc.ClientUnaryCall;
  listLocations(argument: _viam_app_v1_ListLocationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListLocationsResponse__Output>): grpc.ClientUnaryCall;
  listLocations(argument: _viam_app_v1_ListLocationsRequest, callback: grpc.requestCallback<_viam_app_v1_ListLocationsResponse__Output>): grpc.ClientUnaryCall;
  
  ListMachineFragments(argument: _viam_app_v1_ListMachineFragmentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListMachineFragmentsResponse__Output>): grpc.ClientUnaryCall;
  ListMachineFragments(argument: _viam_app_v1_ListMachineFragmentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ListMachineFragmentsResponse__Output>): grpc.ClientUnaryCall;
  ListMachineFragments(argument: _viam_app_v1_ListMachineFragmentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListMachineFragmentsResponse__Output>): grpc.ClientUnaryCall;
  ListMachineFragments(argument: _viam_app_v1_ListMachineFragmentsRequest, callback: grpc.requestCallback<_viam_app_v1_ListMachineFragmentsResponse__Output>): grpc.ClientUnaryCall;
  listMachineFragments(argument: _viam_app_v1_ListMachineFragmentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListMachineFragmentsResponse__Output>): grpc.ClientUnaryCall;
  listMachineFragments(argument: _viam_app_v1_ListMachineFragmentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ListMachineFragmentsResponse__Output>): grpc.ClientUnaryCall;
  listMachineFragments(argument: _viam_app_v1_ListMachineFragmentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListMachineFragmentsResponse__Output>): grpc.ClientUnaryCall;
  listMachineFragments(argument: _viam_app_v1_ListMachineFragmentsRequest, callback: grpc.requestCallback<_viam_app_v1_ListMachineFragmentsResponse__Output>): grpc.ClientUnaryCall;
  
  ListMachineSummaries(argument: _viam_app_v1_ListMachineSummariesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListMachineSummariesResponse__Output>): grpc.ClientUnaryCall;
  ListMachineSummaries(argument: _viam_app_v1_ListMachineSummariesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ListMachineSummariesResponse__Output>): grpc.ClientUnaryCall;
  ListMachineSummaries(argument: _viam_app_v1_ListMachineSummariesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListMachineSummariesResponse__Output>): grpc.ClientUnaryCall;
  ListMachineSummaries(argument: _viam_app_v1_ListMachineSummariesRequest, callback: grpc.requestCallback<_viam_app_v1_ListMachineSummariesResponse__Output>): grpc.ClientUnaryCall;
  listMachineSummaries(argument: _viam_app_v1_ListMachineSummariesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListMachineSummariesResponse__Output>): grpc.ClientUnaryCall;
  listMachineSummaries(argument: _viam_app_v1_ListMachineSummariesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ListMachineSummariesResponse__Output>): grpc.ClientUnaryCall;
  listMachineSummaries(argument: _viam_app_v1_ListMachineSummariesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListMachineSummariesResponse__Output>): grpc.ClientUnaryCall;
  listMachineSummaries(argument: _viam_app_v1_ListMachineSummariesRequest, callback: grpc.requestCallback<_viam_app_v1_ListMachineSummariesResponse__Output>): grpc.ClientUnaryCall;
  
  ListModules(argument: _viam_app_v1_ListModulesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListModulesResponse__Output>): grpc.ClientUnaryCall;
  ListModules(argument: _viam_app_v1_ListModulesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ListModulesResponse__Output>): grpc.ClientUnaryCall;
  ListModules(argument: _viam_app_v1_ListModulesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListModulesResponse__Output>): grpc.ClientUnaryCall;
  ListModules(argument: _viam_app_v1_ListModulesRequest, callback: grpc.requestCallback<_viam_app_v1_ListModulesResponse__Output>): grpc.ClientUnaryCall;
  listModules(argument: _viam_app_v1_ListModulesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListModulesResponse__Output>): grpc.ClientUnaryCall;
  listModules(argument: _viam_app_v1_ListModulesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ListModulesResponse__Output>): grpc.ClientUnaryCall;
  listModules(argument: _viam_app_v1_ListModulesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListModulesResponse__Output>): grpc.ClientUnaryCall;
  listModules(argument: _viam_app_v1_ListModulesRequest, callback: grpc.requestCallback<_viam_app_v1_ListModulesResponse__Output>): grpc.ClientUnaryCall;
  
  ListNestedFragments(argument: _viam_app_v1_ListNestedFragmentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListNestedFragmentsResponse__Output>): grpc.ClientUnaryCall;
  ListNestedFragments(argument: _viam_app_v1_ListNestedFragmentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ListNestedFragmentsResponse__Output>): grpc.ClientUnaryCall;
  ListNestedFragments(argument: _viam_app_v1_ListNestedFragmentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListNestedFragmentsResponse__Output>): grpc.ClientUnaryCall;
  ListNestedFragments(argument: _viam_app_v1_ListNestedFragmentsRequest, callback: grpc.requestCallback<_viam_app_v1_ListNestedFragmentsResponse__Output>): grpc.ClientUnaryCall;
  listNestedFragments(argument: _viam_app_v1_ListNestedFragmentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListNestedFragmentsResponse__Output>): grpc.ClientUnaryCall;
  listNestedFragments(argument: _viam_app_v1_ListNestedFragmentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ListNestedFragmentsResponse__Output>): grpc.ClientUnaryCall;
  listNestedFragments(argument: _viam_app_v1_ListNestedFragmentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListNestedFragmentsResponse__Output>): grpc.ClientUnaryCall;
  listNestedFragments(argument: _viam_app_v1_ListNestedFragmentsRequest, callback: grpc.requestCallback<_viam_app_v1_ListNestedFragmentsResponse__Output>): grpc.ClientUnaryCall;
  
  ListOrganizationMembers(argument: _viam_app_v1_ListOrganizationMembersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListOrganizationMembersResponse__Output>): grpc.ClientUnaryCall;
  ListOrganizationMembers(argument: _viam_app_v1_ListOrganizationMembersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ListOrganizationMembersResponse__Output>): grpc.ClientUnaryCall;
  ListOrganizationMembers(argument: _viam_app_v1_ListOrganizationMembersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListOrganizationMembersResponse__Output>): grpc.ClientUnaryCall;
  ListOrganizationMembers(argument: _viam_app_v1_ListOrganizationMembersRequest, callback: grpc.requestCallback<_viam_app_v1_ListOrganizationMembersResponse__Output>): grpc.ClientUnaryCall;
  listOrganizationMembers(argument: _viam_app_v1_ListOrganizationMembersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListOrganizationMembersResponse__Output>): grpc.ClientUnaryCall;
  listOrganizationMembers(argument: _viam_app_v1_ListOrganizationMembersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ListOrganizationMembersResponse__Output>): grpc.ClientUnaryCall;
  listOrganizationMembers(argument: _viam_app_v1_ListOrganizationMembersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListOrganizationMembersResponse__Output>): grpc.ClientUnaryCall;
  listOrganizationMembers(argument: _viam_app_v1_ListOrganizationMembersRequest, callback: grpc.requestCallback<_viam_app_v1_ListOrganizationMembersResponse__Output>): grpc.ClientUnaryCall;
  
  ListOrganizations(argument: _viam_app_v1_ListOrganizationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListOrganizationsResponse__Output>): grpc.ClientUnaryCall;
  ListOrganizations(argument: _viam_app_v1_ListOrganizationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ListOrganizationsResponse__Output>): grpc.ClientUnaryCall;
  ListOrganizations(argument: _viam_app_v1_ListOrganizationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListOrganizationsResponse__Output>): grpc.ClientUnaryCall;
  ListOrganizations(argument: _viam_app_v1_ListOrganizationsRequest, callback: grpc.requestCallback<_viam_app_v1_ListOrganizationsResponse__Output>): grpc.ClientUnaryCall;
  listOrganizations(argument: _viam_app_v1_ListOrganizationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListOrganizationsResponse__Output>): grpc.ClientUnaryCall;
  listOrganizations(argument: _viam_app_v1_ListOrganizationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ListOrganizationsResponse__Output>): grpc.ClientUnaryCall;
  listOrganizations(argument: _viam_app_v1_ListOrganizationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListOrganizationsResponse__Output>): grpc.ClientUnaryCall;
  listOrganizations(argument: _viam_app_v1_ListOrganizationsRequest, callback: grpc.requestCallback<_viam_app_v1_ListOrganizationsResponse__Output>): grpc.ClientUnaryCall;
  
  ListOrganizationsByUser(argument: _viam_app_v1_ListOrganizationsByUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListOrganizationsByUserResponse__Output>): grpc.ClientUnaryCall;
  ListOrganizationsByUser(argument: _viam_app_v1_ListOrganizationsByUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ListOrganizationsByUserResponse__Output>): grpc.ClientUnaryCall;
  ListOrganizationsByUser(argument: _viam_app_v1_ListOrganizationsByUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListOrganizationsByUserResponse__Output>): grpc.ClientUnaryCall;
  ListOrganizationsByUser(argument: _viam_app_v1_ListOrganizationsByUserRequest, callback: grpc.requestCallback<_viam_app_v1_ListOrganizationsByUserResponse__Output>): grpc.ClientUnaryCall;
  listOrganizationsByUser(argument: _viam_app_v1_ListOrganizationsByUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListOrganizationsByUserResponse__Output>): grpc.ClientUnaryCall;
  listOrganizationsByUser(argument: _viam_app_v1_ListOrganizationsByUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ListOrganizationsByUserResponse__Output>): grpc.ClientUnaryCall;
  listOrganizationsByUser(argument: _viam_app_v1_ListOrganizationsByUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListOrganizationsByUserResponse__Output>): grpc.ClientUnaryCall;
  listOrganizationsByUser(argument: _viam_app_v1_ListOrganizationsByUserRequest, callback: grpc.requestCallback<_viam_app_v1_ListOrganizationsByUserResponse__Output>): grpc.ClientUnaryCall;
  
  ListRegistryItems(argument: _viam_app_v1_ListRegistryItemsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListRegistryItemsResponse__Output>): grpc.ClientUnaryCall;
  ListRegistryItems(argument: _viam_app_v1_ListRegistryItemsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ListRegistryItemsResponse__Output>): grpc.ClientUnaryCall;
  ListRegistryItems(argument: _viam_app_v1_ListRegistryItemsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListRegistryItemsResponse__Output>): grpc.ClientUnaryCall;
  ListRegistryItems(argument: _viam_app_v1_ListRegistryItemsRequest, callback: grpc.requestCallback<_viam_app_v1_ListRegistryItemsResponse__Output>): grpc.ClientUnaryCall;
  listRegistryItems(argument: _viam_app_v1_ListRegistryItemsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListRegistryItemsResponse__Output>): grpc.ClientUnaryCall;
  listRegistryItems(argument: _viam_app_v1_ListRegistryItemsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ListRegistryItemsResponse__Output>): grpc.ClientUnaryCall;
  listRegistryItems(argument: _viam_app_v1_ListRegistryItemsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListRegistryItemsResponse__Output>): grpc.ClientUnaryCall;
  listRegistryItems(argument: _viam_app_v1_ListRegistryItemsRequest, callback: grpc.requestCallback<_viam_app_v1_ListRegistryItemsResponse__Output>): grpc.ClientUnaryCall;
  
  ListRobots(argument: _viam_app_v1_ListRobotsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListRobotsResponse__Output>): grpc.ClientUnaryCall;
  ListRobots(argument: _viam_app_v1_ListRobotsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ListRobotsResponse__Output>): grpc.ClientUnaryCall;
  ListRobots(argument: _viam_app_v1_ListRobotsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListRobotsResponse__Output>): grpc.ClientUnaryCall;
  ListRobots(argument: _viam_app_v1_ListRobotsRequest, callback: grpc.requestCallback<_viam_app_v1_ListRobotsResponse__Output>): grpc.ClientUnaryCall;
  listRobots(argument: _viam_app_v1_ListRobotsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListRobotsResponse__Output>): grpc.ClientUnaryCall;
  listRobots(argument: _viam_app_v1_ListRobotsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ListRobotsResponse__Output>): grpc.ClientUnaryCall;
  listRobots(argument: _viam_app_v1_ListRobotsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListRobotsResponse__Output>): grpc.ClientUnaryCall;
  listRobots(argument: _viam_app_v1_ListRobotsRequest, callback: grpc.requestCallback<_viam_app_v1_ListRobotsResponse__Output>): grpc.ClientUnaryCall;
  
  ListRobotsForLocations(argument: _viam_app_v1_ListRobotsForLocationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListRobotsForLocationsResponse__Output>): grpc.ClientUnaryCall;
  ListRobotsForLocations(argument: _viam_app_v1_ListRobotsForLocationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ListRobotsForLocationsResponse__Output>): grpc.ClientUnaryCall;
  ListRobotsForLocations(argument: _viam_app_v1_ListRobotsForLocationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListRobotsForLocationsResponse__Output>): grpc.ClientUnaryCall;
  ListRobotsForLocations(argument: _viam_app_v1_ListRobotsForLocationsRequest, callback: grpc.requestCallback<_viam_app_v1_ListRobotsForLocationsResponse__Output>): grpc.ClientUnaryCall;
  listRobotsForLocations(argument: _viam_app_v1_ListRobotsForLocationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListRobotsForLocationsResponse__Output>): grpc.ClientUnaryCall;
  listRobotsForLocations(argument: _viam_app_v1_ListRobotsForLocationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ListRobotsForLocationsResponse__Output>): grpc.ClientUnaryCall;
  listRobotsForLocations(argument: _viam_app_v1_ListRobotsForLocationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListRobotsForLocationsResponse__Output>): grpc.ClientUnaryCall;
  listRobotsForLocations(argument: _viam_app_v1_ListRobotsForLocationsRequest, callback: grpc.requestCallback<_viam_app_v1_ListRobotsForLocationsResponse__Output>): grpc.ClientUnaryCall;
  
  ListRobotsForOrg(argument: _viam_app_v1_ListRobotsForOrgRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListRobotsForOrgResponse__Output>): grpc.ClientUnaryCall;
  ListRobotsForOrg(argument: _viam_app_v1_ListRobotsForOrgRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ListRobotsForOrgResponse__Output>): grpc.ClientUnaryCall;
  ListRobotsForOrg(argument: _viam_app_v1_ListRobotsForOrgRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListRobotsForOrgResponse__Output>): grpc.ClientUnaryCall;
  ListRobotsForOrg(argument: _viam_app_v1_ListRobotsForOrgRequest, callback: grpc.requestCallback<_viam_app_v1_ListRobotsForOrgResponse__Output>): grpc.ClientUnaryCall;
  listRobotsForOrg(argument: _viam_app_v1_ListRobotsForOrgRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListRobotsForOrgResponse__Output>): grpc.ClientUnaryCall;
  listRobotsForOrg(argument: _viam_app_v1_ListRobotsForOrgRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ListRobotsForOrgResponse__Output>): grpc.ClientUnaryCall;
  listRobotsForOrg(argument: _viam_app_v1_ListRobotsForOrgRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ListRobotsForOrgResponse__Output>): grpc.ClientUnaryCall;
  listRobotsForOrg(argument: _viam_app_v1_ListRobotsForOrgRequest, callback: grpc.requestCallback<_viam_app_v1_ListRobotsForOrgResponse__Output>): grpc.ClientUnaryCall;
  
  LocationAuth(argument: _viam_app_v1_LocationAuthRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_LocationAuthResponse__Output>): grpc.ClientUnaryCall;
  LocationAuth(argument: _viam_app_v1_LocationAuthRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_LocationAuthResponse__Output>): grpc.ClientUnaryCall;
  LocationAuth(argument: _viam_app_v1_LocationAuthRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_LocationAuthResponse__Output>): grpc.ClientUnaryCall;
  LocationAuth(argument: _viam_app_v1_LocationAuthRequest, callback: grpc.requestCallback<_viam_app_v1_LocationAuthResponse__Output>): grpc.ClientUnaryCall;
  locationAuth(argument: _viam_app_v1_LocationAuthRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_LocationAuthResponse__Output>): grpc.ClientUnaryCall;
  locationAuth(argument: _viam_app_v1_LocationAuthRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_LocationAuthResponse__Output>): grpc.ClientUnaryCall;
  locationAuth(argument: _viam_app_v1_LocationAuthRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_LocationAuthResponse__Output>): grpc.ClientUnaryCall;
  locationAuth(argument: _viam_app_v1_LocationAuthRequest, callback: grpc.requestCallback<_viam_app_v1_LocationAuthResponse__Output>): grpc.ClientUnaryCall;
  
  MarkPartAsMain(argument: _viam_app_v1_MarkPartAsMainRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_MarkPartAsMainResponse__Output>): grpc.ClientUnaryCall;
  MarkPartAsMain(argument: _viam_app_v1_MarkPartAsMainRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_MarkPartAsMainResponse__Output>): grpc.ClientUnaryCall;
  MarkPartAsMain(argument: _viam_app_v1_MarkPartAsMainRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_MarkPartAsMainResponse__Output>): grpc.ClientUnaryCall;
  MarkPartAsMain(argument: _viam_app_v1_MarkPartAsMainRequest, callback: grpc.requestCallback<_viam_app_v1_MarkPartAsMainResponse__Output>): grpc.ClientUnaryCall;
  markPartAsMain(argument: _viam_app_v1_MarkPartAsMainRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_MarkPartAsMainResponse__Output>): grpc.ClientUnaryCall;
  markPartAsMain(argument: _viam_app_v1_MarkPartAsMainRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_MarkPartAsMainResponse__Output>): grpc.ClientUnaryCall;
  markPartAsMain(argument: _viam_app_v1_MarkPartAsMainRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_MarkPartAsMainResponse__Output>): grpc.ClientUnaryCall;
  markPartAsMain(argument: _viam_app_v1_MarkPartAsMainRequest, callback: grpc.requestCallback<_viam_app_v1_MarkPartAsMainResponse__Output>): grpc.ClientUnaryCall;
  
  MarkPartForRestart(argument: _viam_app_v1_MarkPartForRestartRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_MarkPartForRestartResponse__Output>): grpc.ClientUnaryCall;
  MarkPartForRestart(argument: _viam_app_v1_MarkPartForRestartRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_MarkPartForRestartResponse__Output>): grpc.ClientUnaryCall;
  MarkPartForRestart(argument: _viam_app_v1_MarkPartForRestartRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_MarkPartForRestartResponse__Output>): grpc.ClientUnaryCall;
  MarkPartForRestart(argument: _viam_app_v1_MarkPartForRestartRequest, callback: grpc.requestCallback<_viam_app_v1_MarkPartForRestartResponse__Output>): grpc.ClientUnaryCall;
  markPartForRestart(argument: _viam_app_v1_MarkPartForRestartRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_MarkPartForRestartResponse__Output>): grpc.ClientUnaryCall;
  markPartForRestart(argument: _viam_app_v1_MarkPartForRestartRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_MarkPartForRestartResponse__Output>): grpc.ClientUnaryCall;
  markPartForRestart(argument: _viam_app_v1_MarkPartForRestartRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_MarkPartForRestartResponse__Output>): grpc.ClientUnaryCall;
  markPartForRestart(argument: _viam_app_v1_MarkPartForRestartRequest, callback: grpc.requestCallback<_viam_app_v1_MarkPartForRestartResponse__Output>): grpc.ClientUnaryCall;
  
  NewRobot(argument: _viam_app_v1_NewRobotRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_NewRobotResponse__Output>): grpc.ClientUnaryCall;
  NewRobot(argument: _viam_app_v1_NewRobotRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_NewRobotResponse__Output>): grpc.ClientUnaryCall;
  NewRobot(argument: _viam_app_v1_NewRobotRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_NewRobotResponse__Output>): grpc.ClientUnaryCall;
  NewRobot(argument: _viam_app_v1_NewRobotRequest, callback: grpc.requestCallback<_viam_app_v1_NewRobotResponse__Output>): grpc.ClientUnaryCall;
  newRobot(argument: _viam_app_v1_NewRobotRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_NewRobotResponse__Output>): grpc.ClientUnaryCall;
  newRobot(argument: _viam_app_v1_NewRobotRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_NewRobotResponse__Output>): grpc.ClientUnaryCall;
  newRobot(argument: _viam_app_v1_NewRobotRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_NewRobotResponse__Output>): grpc.ClientUnaryCall;
  newRobot(argument: _viam_app_v1_NewRobotRequest, callback: grpc.requestCallback<_viam_app_v1_NewRobotResponse__Output>): grpc.ClientUnaryCall;
  
  NewRobotPart(argument: _viam_app_v1_NewRobotPartRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_NewRobotPartResponse__Output>): grpc.ClientUnaryCall;
  NewRobotPart(argument: _viam_app_v1_NewRobotPartRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_NewRobotPartResponse__Output>): grpc.ClientUnaryCall;
  NewRobotPart(argument: _viam_app_v1_NewRobotPartRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_NewRobotPartResponse__Output>): grpc.ClientUnaryCall;
  NewRobotPart(argument: _viam_app_v1_NewRobotPartRequest, callback: grpc.requestCallback<_viam_app_v1_NewRobotPartResponse__Output>): grpc.ClientUnaryCall;
  newRobotPart(argument: _viam_app_v1_NewRobotPartRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_NewRobotPartResponse__Output>): grpc.ClientUnaryCall;
  newRobotPart(argument: _viam_app_v1_NewRobotPartRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_NewRobotPartResponse__Output>): grpc.ClientUnaryCall;
  newRobotPart(argument: _viam_app_v1_NewRobotPartRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_NewRobotPartResponse__Output>): grpc.ClientUnaryCall;
  newRobotPart(argument: _viam_app_v1_NewRobotPartRequest, callback: grpc.requestCallback<_viam_app_v1_NewRobotPartResponse__Output>): grpc.ClientUnaryCall;
  
  RemoveRole(argument: _viam_app_v1_RemoveRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_RemoveRoleResponse__Output>): grpc.ClientUnaryCall;
  RemoveRole(argument: _viam_app_v1_RemoveRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_RemoveRoleResponse__Output>): grpc.ClientUnaryCall;
  RemoveRole(argument: _viam_app_v1_RemoveRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_RemoveRoleResponse__Output>): grpc.ClientUnaryCall;
  RemoveRole(argument: _viam_app_v1_RemoveRoleRequest, callback: grpc.requestCallback<_viam_app_v1_RemoveRoleResponse__Output>): grpc.ClientUnaryCall;
  removeRole(argument: _viam_app_v1_RemoveRoleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_RemoveRoleResponse__Output>): grpc.ClientUnaryCall;
  removeRole(argument: _viam_app_v1_RemoveRoleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_RemoveRoleResponse__Output>): grpc.ClientUnaryCall;
  removeRole(argument: _viam_app_v1_RemoveRoleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_RemoveRoleResponse__Output>): grpc.ClientUnaryCall;
  removeRole(argument: _viam_app_v1_RemoveRoleRequest, callback: grpc.requestCallback<_viam_app_v1_RemoveRoleResponse__Output>): grpc.ClientUnaryCall;
  
  RenameKey(argument: _viam_app_v1_RenameKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_RenameKeyResponse__Output>): grpc.ClientUnaryCall;
  RenameKey(argument: _viam_app_v1_RenameKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_RenameKeyResponse__Output>): grpc.ClientUnaryCall;
  RenameKey(argument: _viam_app_v1_RenameKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_RenameKeyResponse__Output>): grpc.ClientUnaryCall;
  RenameKey(argument: _viam_app_v1_RenameKeyRequest, callback: grpc.requestCallback<_viam_app_v1_RenameKeyResponse__Output>): grpc.ClientUnaryCall;
  renameKey(argument: _viam_app_v1_RenameKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_RenameKeyResponse__Output>): grpc.ClientUnaryCall;
  renameKey(argument: _viam_app_v1_RenameKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_RenameKeyResponse__Output>): grpc.ClientUnaryCall;
  renameKey(argument: _viam_app_v1_RenameKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_RenameKeyResponse__Output>): grpc.ClientUnaryCall;
  renameKey(argument: _viam_app_v1_RenameKeyRequest, callback: grpc.requestCallback<_viam_app_v1_RenameKeyResponse__Output>): grpc.ClientUnaryCall;
  
  RenameRegistryItem(argument: _viam_app_v1_RenameRegistryItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_RenameRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  RenameRegistryItem(argument: _viam_app_v1_RenameRegistryItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_RenameRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  RenameRegistryItem(argument: _viam_app_v1_RenameRegistryItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_RenameRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  RenameRegistryItem(argument: _viam_app_v1_RenameRegistryItemRequest, callback: grpc.requestCallback<_viam_app_v1_RenameRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  renameRegistryItem(argument: _viam_app_v1_RenameRegistryItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_RenameRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  renameRegistryItem(argument: _viam_app_v1_RenameRegistryItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_RenameRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  renameRegistryItem(argument: _viam_app_v1_RenameRegistryItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_RenameRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  renameRegistryItem(argument: _viam_app_v1_RenameRegistryItemRequest, callback: grpc.requestCallback<_viam_app_v1_RenameRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  
  ResendOrganizationInvite(argument: _viam_app_v1_ResendOrganizationInviteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ResendOrganizationInviteResponse__Output>): grpc.ClientUnaryCall;
  ResendOrganizationInvite(argument: _viam_app_v1_ResendOrganizationInviteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ResendOrganizationInviteResponse__Output>): grpc.ClientUnaryCall;
  ResendOrganizationInvite(argument: _viam_app_v1_ResendOrganizationInviteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ResendOrganizationInviteResponse__Output>): grpc.ClientUnaryCall;
  ResendOrganizationInvite(argument: _viam_app_v1_ResendOrganizationInviteRequest, callback: grpc.requestCallback<_viam_app_v1_ResendOrganizationInviteResponse__Output>): grpc.ClientUnaryCall;
  resendOrganizationInvite(argument: _viam_app_v1_ResendOrganizationInviteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ResendOrganizationInviteResponse__Output>): grpc.ClientUnaryCall;
  resendOrganizationInvite(argument: _viam_app_v1_ResendOrganizationInviteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ResendOrganizationInviteResponse__Output>): grpc.ClientUnaryCall;
  resendOrganizationInvite(argument: _viam_app_v1_ResendOrganizationInviteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ResendOrganizationInviteResponse__Output>): grpc.ClientUnaryCall;
  resendOrganizationInvite(argument: _viam_app_v1_ResendOrganizationInviteRequest, callback: grpc.requestCallback<_viam_app_v1_ResendOrganizationInviteResponse__Output>): grpc.ClientUnaryCall;
  
  RotateKey(argument: _viam_app_v1_RotateKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_RotateKeyResponse__Output>): grpc.ClientUnaryCall;
  RotateKey(argument: _viam_app_v1_RotateKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_RotateKeyResponse__Output>): grpc.ClientUnaryCall;
  RotateKey(argument: _viam_app_v1_RotateKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_RotateKeyResponse__Output>): grpc.ClientUnaryCall;
  RotateKey(argument: _viam_app_v1_RotateKeyRequest, callback: grpc.requestCallback<_viam_app_v1_RotateKeyResponse__Output>): grpc.ClientUnaryCall;
  rotateKey(argument: _viam_app_v1_RotateKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_RotateKeyResponse__Output>): grpc.ClientUnaryCall;
  rotateKey(argument: _viam_app_v1_RotateKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_RotateKeyResponse__Output>): grpc.ClientUnaryCall;
  rotateKey(argument: _viam_app_v1_RotateKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_RotateKeyResponse__Output>): grpc.ClientUnaryCall;
  rotateKey(argument: _viam_app_v1_RotateKeyRequest, callback: grpc.requestCallback<_viam_app_v1_RotateKeyResponse__Output>): grpc.ClientUnaryCall;
  
  SetFragmentTag(argument: _viam_app_v1_SetFragmentTagRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_SetFragmentTagResponse__Output>): grpc.ClientUnaryCall;
  SetFragmentTag(argument: _viam_app_v1_SetFragmentTagRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_SetFragmentTagResponse__Output>): grpc.ClientUnaryCall;
  SetFragmentTag(argument: _viam_app_v1_SetFragmentTagRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_SetFragmentTagResponse__Output>): grpc.ClientUnaryCall;
  SetFragmentTag(argument: _viam_app_v1_SetFragmentTagRequest, callback: grpc.requestCallback<_viam_app_v1_SetFragmentTagResponse__Output>): grpc.ClientUnaryCall;
  setFragmentTag(argument: _viam_app_v1_SetFragmentTagRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_SetFragmentTagResponse__Output>): grpc.ClientUnaryCall;
  setFragmentTag(argument: _viam_app_v1_SetFragmentTagRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_SetFragmentTagResponse__Output>): grpc.ClientUnaryCall;
  setFragmentTag(argument: _viam_app_v1_SetFragmentTagRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_SetFragmentTagResponse__Output>): grpc.ClientUnaryCall;
  setFragmentTag(argument: _viam_app_v1_SetFragmentTagRequest, callback: grpc.requestCallback<_viam_app_v1_SetFragmentTagResponse__Output>): grpc.ClientUnaryCall;
  
  ShareLocation(argument: _viam_app_v1_ShareLocationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ShareLocationResponse__Output>): grpc.ClientUnaryCall;
  ShareLocation(argument: _viam_app_v1_ShareLocationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ShareLocationResponse__Output>): grpc.ClientUnaryCall;
  ShareLocation(argument: _viam_app_v1_ShareLocationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ShareLocationResponse__Output>): grpc.ClientUnaryCall;
  ShareLocation(argument: _viam_app_v1_ShareLocationRequest, callback: grpc.requestCallback<_viam_app_v1_ShareLocationResponse__Output>): grpc.ClientUnaryCall;
  shareLocation(argument: _viam_app_v1_ShareLocationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ShareLocationResponse__Output>): grpc.ClientUnaryCall;
  shareLocation(argument: _viam_app_v1_ShareLocationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_ShareLocationResponse__Output>): grpc.ClientUnaryCall;
  shareLocation(argument: _viam_app_v1_ShareLocationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_ShareLocationResponse__Output>): grpc.ClientUnaryCall;
  shareLocation(argument: _viam_app_v1_ShareLocationRequest, callback: grpc.requestCallback<_viam_app_v1_ShareLocationResponse__Output>): grpc.ClientUnaryCall;
  
  TailRobotPartLogs(argument: _viam_app_v1_TailRobotPartLogsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_viam_app_v1_TailRobotPartLogsResponse__Output>;
  TailRobotPartLogs(argument: _viam_app_v1_TailRobotPartLogsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_viam_app_v1_TailRobotPartLogsResponse__Output>;
  tailRobotPartLogs(argument: _viam_app_v1_TailRobotPartLogsRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_viam_app_v1_TailRobotPartLogsResponse__Output>;
  tailRobotPartLogs(argument: _viam_app_v1_TailRobotPartLogsRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_viam_app_v1_TailRobotPartLogsResponse__Output>;
  
  TransferRegistryItem(argument: _viam_app_v1_TransferRegistryItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_TransferRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  TransferRegistryItem(argument: _viam_app_v1_TransferRegistryItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_TransferRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  TransferRegistryItem(argument: _viam_app_v1_TransferRegistryItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_TransferRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  TransferRegistryItem(argument: _viam_app_v1_TransferRegistryItemRequest, callback: grpc.requestCallback<_viam_app_v1_TransferRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  transferRegistryItem(argument: _viam_app_v1_TransferRegistryItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_TransferRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  transferRegistryItem(argument: _viam_app_v1_TransferRegistryItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_TransferRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  transferRegistryItem(argument: _viam_app_v1_TransferRegistryItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_TransferRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  transferRegistryItem(argument: _viam_app_v1_TransferRegistryItemRequest, callback: grpc.requestCallback<_viam_app_v1_TransferRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  
  UnshareLocation(argument: _viam_app_v1_UnshareLocationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UnshareLocationResponse__Output>): grpc.ClientUnaryCall;
  UnshareLocation(argument: _viam_app_v1_UnshareLocationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_UnshareLocationResponse__Output>): grpc.ClientUnaryCall;
  UnshareLocation(argument: _viam_app_v1_UnshareLocationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UnshareLocationResponse__Output>): grpc.ClientUnaryCall;
  UnshareLocation(argument: _viam_app_v1_UnshareLocationRequest, callback: grpc.requestCallback<_viam_app_v1_UnshareLocationResponse__Output>): grpc.ClientUnaryCall;
  unshareLocation(argument: _viam_app_v1_UnshareLocationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UnshareLocationResponse__Output>): grpc.ClientUnaryCall;
  unshareLocation(argument: _viam_app_v1_UnshareLocationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_UnshareLocationResponse__Output>): grpc.ClientUnaryCall;
  unshareLocation(argument: _viam_app_v1_UnshareLocationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UnshareLocationResponse__Output>): grpc.ClientUnaryCall;
  unshareLocation(argument: _viam_app_v1_UnshareLocationRequest, callback: grpc.requestCallback<_viam_app_v1_UnshareLocationResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateFragment(argument: _viam_app_v1_UpdateFragmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateFragmentResponse__Output>): grpc.ClientUnaryCall;
  UpdateFragment(argument: _viam_app_v1_UpdateFragmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_UpdateFragmentResponse__Output>): grpc.ClientUnaryCall;
  UpdateFragment(argument: _viam_app_v1_UpdateFragmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateFragmentResponse__Output>): grpc.ClientUnaryCall;
  UpdateFragment(argument: _viam_app_v1_UpdateFragmentRequest, callback: grpc.requestCallback<_viam_app_v1_UpdateFragmentResponse__Output>): grpc.ClientUnaryCall;
  updateFragment(argument: _viam_app_v1_UpdateFragmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateFragmentResponse__Output>): grpc.ClientUnaryCall;
  updateFragment(argument: _viam_app_v1_UpdateFragmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_UpdateFragmentResponse__Output>): grpc.ClientUnaryCall;
  updateFragment(argument: _viam_app_v1_UpdateFragmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateFragmentResponse__Output>): grpc.ClientUnaryCall;
  updateFragment(argument: _viam_app_v1_UpdateFragmentRequest, callback: grpc.requestCallback<_viam_app_v1_UpdateFragmentResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateLocation(argument: _viam_app_v1_UpdateLocationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateLocationResponse__Output>): grpc.ClientUnaryCall;
  UpdateLocation(argument: _viam_app_v1_UpdateLocationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_UpdateLocationResponse__Output>): grpc.ClientUnaryCall;
  UpdateLocation(argument: _viam_app_v1_UpdateLocationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateLocationResponse__Output>): grpc.ClientUnaryCall;
  UpdateLocation(argument: _viam_app_v1_UpdateLocationRequest, callback: grpc.requestCallback<_viam_app_v1_UpdateLocationResponse__Output>): grpc.ClientUnaryCall;
  updateLocation(argument: _viam_app_v1_UpdateLocationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateLocationResponse__Output>): grpc.ClientUnaryCall;
  updateLocation(argument: _viam_app_v1_UpdateLocationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_UpdateLocationResponse__Output>): grpc.ClientUnaryCall;
  updateLocation(argument: _viam_app_v1_UpdateLocationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateLocationResponse__Output>): grpc.ClientUnaryCall;
  updateLocation(argument: _viam_app_v1_UpdateLocationRequest, callback: grpc.requestCallback<_viam_app_v1_UpdateLocationResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateLocationMetadata(argument: _viam_app_v1_UpdateLocationMetadataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateLocationMetadataResponse__Output>): grpc.ClientUnaryCall;
  UpdateLocationMetadata(argument: _viam_app_v1_UpdateLocationMetadataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_UpdateLocationMetadataResponse__Output>): grpc.ClientUnaryCall;
  UpdateLocationMetadata(argument: _viam_app_v1_UpdateLocationMetadataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateLocationMetadataResponse__Output>): grpc.ClientUnaryCall;
  UpdateLocationMetadata(argument: _viam_app_v1_UpdateLocationMetadataRequest, callback: grpc.requestCallback<_viam_app_v1_UpdateLocationMetadataResponse__Output>): grpc.ClientUnaryCall;
  updateLocationMetadata(argument: _viam_app_v1_UpdateLocationMetadataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateLocationMetadataResponse__Output>): grpc.ClientUnaryCall;
  updateLocationMetadata(argument: _viam_app_v1_UpdateLocationMetadataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_UpdateLocationMetadataResponse__Output>): grpc.ClientUnaryCall;
  updateLocationMetadata(argument: _viam_app_v1_UpdateLocationMetadataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateLocationMetadataResponse__Output>): grpc.ClientUnaryCall;
  updateLocationMetadata(argument: _viam_app_v1_UpdateLocationMetadataRequest, callback: grpc.requestCallback<_viam_app_v1_UpdateLocationMetadataResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateModule(argument: _viam_app_v1_UpdateModuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateModuleResponse__Output>): grpc.ClientUnaryCall;
  UpdateModule(argument: _viam_app_v1_UpdateModuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_UpdateModuleResponse__Output>): grpc.ClientUnaryCall;
  UpdateModule(argument: _viam_app_v1_UpdateModuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateModuleResponse__Output>): grpc.ClientUnaryCall;
  UpdateModule(argument: _viam_app_v1_UpdateModuleRequest, callback: grpc.requestCallback<_viam_app_v1_UpdateModuleResponse__Output>): grpc.ClientUnaryCall;
  updateModule(argument: _viam_app_v1_UpdateModuleRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateModuleResponse__Output>): grpc.ClientUnaryCall;
  updateModule(argument: _viam_app_v1_UpdateModuleRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_UpdateModuleResponse__Output>): grpc.ClientUnaryCall;
  updateModule(argument: _viam_app_v1_UpdateModuleRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateModuleResponse__Output>): grpc.ClientUnaryCall;
  updateModule(argument: _viam_app_v1_UpdateModuleRequest, callback: grpc.requestCallback<_viam_app_v1_UpdateModuleResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateOrganization(argument: _viam_app_v1_UpdateOrganizationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateOrganizationResponse__Output>): grpc.ClientUnaryCall;
  UpdateOrganization(argument: _viam_app_v1_UpdateOrganizationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_UpdateOrganizationResponse__Output>): grpc.ClientUnaryCall;
  UpdateOrganization(argument: _viam_app_v1_UpdateOrganizationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateOrganizationResponse__Output>): grpc.ClientUnaryCall;
  UpdateOrganization(argument: _viam_app_v1_UpdateOrganizationRequest, callback: grpc.requestCallback<_viam_app_v1_UpdateOrganizationResponse__Output>): grpc.ClientUnaryCall;
  updateOrganization(argument: _viam_app_v1_UpdateOrganizationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateOrganizationResponse__Output>): grpc.ClientUnaryCall;
  updateOrganization(argument: _viam_app_v1_UpdateOrganizationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_UpdateOrganizationResponse__Output>): grpc.ClientUnaryCall;
  updateOrganization(argument: _viam_app_v1_UpdateOrganizationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateOrganizationResponse__Output>): grpc.ClientUnaryCall;
  updateOrganization(argument: _viam_app_v1_UpdateOrganizationRequest, callback: grpc.requestCallback<_viam_app_v1_UpdateOrganizationResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateOrganizationInviteAuthorizations(argument: _viam_app_v1_UpdateOrganizationInviteAuthorizationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateOrganizationInviteAuthorizationsResponse__Output>): grpc.ClientUnaryCall;
  UpdateOrganizationInviteAuthorizations(argument: _viam_app_v1_UpdateOrganizationInviteAuthorizationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_UpdateOrganizationInviteAuthorizationsResponse__Output>): grpc.ClientUnaryCall;
  UpdateOrganizationInviteAuthorizations(argument: _viam_app_v1_UpdateOrganizationInviteAuthorizationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateOrganizationInviteAuthorizationsResponse__Output>): grpc.ClientUnaryCall;
  UpdateOrganizationInviteAuthorizations(argument: _viam_app_v1_UpdateOrganizationInviteAuthorizationsRequest, callback: grpc.requestCallback<_viam_app_v1_UpdateOrganizationInviteAuthorizationsResponse__Output>): grpc.ClientUnaryCall;
  updateOrganizationInviteAuthorizations(argument: _viam_app_v1_UpdateOrganizationInviteAuthorizationsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateOrganizationInviteAuthorizationsResponse__Output>): grpc.ClientUnaryCall;
  updateOrganizationInviteAuthorizations(argument: _viam_app_v1_UpdateOrganizationInviteAuthorizationsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_UpdateOrganizationInviteAuthorizationsResponse__Output>): grpc.ClientUnaryCall;
  updateOrganizationInviteAuthorizations(argument: _viam_app_v1_UpdateOrganizationInviteAuthorizationsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateOrganizationInviteAuthorizationsResponse__Output>): grpc.ClientUnaryCall;
  updateOrganizationInviteAuthorizations(argument: _viam_app_v1_UpdateOrganizationInviteAuthorizationsRequest, callback: grpc.requestCallback<_viam_app_v1_UpdateOrganizationInviteAuthorizationsResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateOrganizationMetadata(argument: _viam_app_v1_UpdateOrganizationMetadataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateOrganizationMetadataResponse__Output>): grpc.ClientUnaryCall;
  UpdateOrganizationMetadata(argument: _viam_app_v1_UpdateOrganizationMetadataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_UpdateOrganizationMetadataResponse__Output>): grpc.ClientUnaryCall;
  UpdateOrganizationMetadata(argument: _viam_app_v1_UpdateOrganizationMetadataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateOrganizationMetadataResponse__Output>): grpc.ClientUnaryCall;
  UpdateOrganizationMetadata(argument: _viam_app_v1_UpdateOrganizationMetadataRequest, callback: grpc.requestCallback<_viam_app_v1_UpdateOrganizationMetadataResponse__Output>): grpc.ClientUnaryCall;
  updateOrganizationMetadata(argument: _viam_app_v1_UpdateOrganizationMetadataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateOrganizationMetadataResponse__Output>): grpc.ClientUnaryCall;
  updateOrganizationMetadata(argument: _viam_app_v1_UpdateOrganizationMetadataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_UpdateOrganizationMetadataResponse__Output>): grpc.ClientUnaryCall;
  updateOrganizationMetadata(argument: _viam_app_v1_UpdateOrganizationMetadataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateOrganizationMetadataResponse__Output>): grpc.ClientUnaryCall;
  updateOrganizationMetadata(argument: _viam_app_v1_UpdateOrganizationMetadataRequest, callback: grpc.requestCallback<_viam_app_v1_UpdateOrganizationMetadataResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateOrganizationNamespace(argument: _viam_app_v1_UpdateOrganizationNamespaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateOrganizationNamespaceResponse__Output>): grpc.ClientUnaryCall;
  UpdateOrganizationNamespace(argument: _viam_app_v1_UpdateOrganizationNamespaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_UpdateOrganizationNamespaceResponse__Output>): grpc.ClientUnaryCall;
  UpdateOrganizationNamespace(argument: _viam_app_v1_UpdateOrganizationNamespaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateOrganizationNamespaceResponse__Output>): grpc.ClientUnaryCall;
  UpdateOrganizationNamespace(argument: _viam_app_v1_UpdateOrganizationNamespaceRequest, callback: grpc.requestCallback<_viam_app_v1_UpdateOrganizationNamespaceResponse__Output>): grpc.ClientUnaryCall;
  updateOrganizationNamespace(argument: _viam_app_v1_UpdateOrganizationNamespaceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateOrganizationNamespaceResponse__Output>): grpc.ClientUnaryCall;
  updateOrganizationNamespace(argument: _viam_app_v1_UpdateOrganizationNamespaceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_UpdateOrganizationNamespaceResponse__Output>): grpc.ClientUnaryCall;
  updateOrganizationNamespace(argument: _viam_app_v1_UpdateOrganizationNamespaceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateOrganizationNamespaceResponse__Output>): grpc.ClientUnaryCall;
  updateOrganizationNamespace(argument: _viam_app_v1_UpdateOrganizationNamespaceRequest, callback: grpc.requestCallback<_viam_app_v1_UpdateOrganizationNamespaceResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateRegistryItem(argument: _viam_app_v1_UpdateRegistryItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  UpdateRegistryItem(argument: _viam_app_v1_UpdateRegistryItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_UpdateRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  UpdateRegistryItem(argument: _viam_app_v1_UpdateRegistryItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  UpdateRegistryItem(argument: _viam_app_v1_UpdateRegistryItemRequest, callback: grpc.requestCallback<_viam_app_v1_UpdateRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  updateRegistryItem(argument: _viam_app_v1_UpdateRegistryItemRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  updateRegistryItem(argument: _viam_app_v1_UpdateRegistryItemRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_UpdateRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  updateRegistryItem(argument: _viam_app_v1_UpdateRegistryItemRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  updateRegistryItem(argument: _viam_app_v1_UpdateRegistryItemRequest, callback: grpc.requestCallback<_viam_app_v1_UpdateRegistryItemResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateRobot(argument: _viam_app_v1_UpdateRobotRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateRobotResponse__Output>): grpc.ClientUnaryCall;
  UpdateRobot(argument: _viam_app_v1_UpdateRobotRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_UpdateRobotResponse__Output>): grpc.ClientUnaryCall;
  UpdateRobot(argument: _viam_app_v1_UpdateRobotRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateRobotResponse__Output>): grpc.ClientUnaryCall;
  UpdateRobot(argument: _viam_app_v1_UpdateRobotRequest, callback: grpc.requestCallback<_viam_app_v1_UpdateRobotResponse__Output>): grpc.ClientUnaryCall;
  updateRobot(argument: _viam_app_v1_UpdateRobotRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateRobotResponse__Output>): grpc.ClientUnaryCall;
  updateRobot(argument: _viam_app_v1_UpdateRobotRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_UpdateRobotResponse__Output>): grpc.ClientUnaryCall;
  updateRobot(argument: _viam_app_v1_UpdateRobotRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateRobotResponse__Output>): grpc.ClientUnaryCall;
  updateRobot(argument: _viam_app_v1_UpdateRobotRequest, callback: grpc.requestCallback<_viam_app_v1_UpdateRobotResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateRobotMetadata(argument: _viam_app_v1_UpdateRobotMetadataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateRobotMetadataResponse__Output>): grpc.ClientUnaryCall;
  UpdateRobotMetadata(argument: _viam_app_v1_UpdateRobotMetadataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_UpdateRobotMetadataResponse__Output>): grpc.ClientUnaryCall;
  UpdateRobotMetadata(argument: _viam_app_v1_UpdateRobotMetadataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateRobotMetadataResponse__Output>): grpc.ClientUnaryCall;
  UpdateRobotMetadata(argument: _viam_app_v1_UpdateRobotMetadataRequest, callback: grpc.requestCallback<_viam_app_v1_UpdateRobotMetadataResponse__Output>): grpc.ClientUnaryCall;
  updateRobotMetadata(argument: _viam_app_v1_UpdateRobotMetadataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateRobotMetadataResponse__Output>): grpc.ClientUnaryCall;
  updateRobotMetadata(argument: _viam_app_v1_UpdateRobotMetadataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_UpdateRobotMetadataResponse__Output>): grpc.ClientUnaryCall;
  updateRobotMetadata(argument: _viam_app_v1_UpdateRobotMetadataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateRobotMetadataResponse__Output>): grpc.ClientUnaryCall;
  updateRobotMetadata(argument: _viam_app_v1_UpdateRobotMetadataRequest, callback: grpc.requestCallback<_viam_app_v1_UpdateRobotMetadataResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateRobotPart(argument: _viam_app_v1_UpdateRobotPartRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateRobotPartResponse__Output>): grpc.ClientUnaryCall;
  UpdateRobotPart(argument: _viam_app_v1_UpdateRobotPartRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_UpdateRobotPartResponse__Output>): grpc.ClientUnaryCall;
  UpdateRobotPart(argument: _viam_app_v1_UpdateRobotPartRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateRobotPartResponse__Output>): grpc.ClientUnaryCall;
  UpdateRobotPart(argument: _viam_app_v1_UpdateRobotPartRequest, callback: grpc.requestCallback<_viam_app_v1_UpdateRobotPartResponse__Output>): grpc.ClientUnaryCall;
  updateRobotPart(argument: _viam_app_v1_UpdateRobotPartRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateRobotPartResponse__Output>): grpc.ClientUnaryCall;
  updateRobotPart(argument: _viam_app_v1_UpdateRobotPartRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_UpdateRobotPartResponse__Output>): grpc.ClientUnaryCall;
  updateRobotPart(argument: _viam_app_v1_UpdateRobotPartRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateRobotPartResponse__Output>): grpc.ClientUnaryCall;
  updateRobotPart(argument: _viam_app_v1_UpdateRobotPartRequest, callback: grpc.requestCallback<_viam_app_v1_UpdateRobotPartResponse__Output>): grpc.ClientUnaryCall;
  
  UpdateRobotPartMetadata(argument: _viam_app_v1_UpdateRobotPartMetadataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateRobotPartMetadataResponse__Output>): grpc.ClientUnaryCall;
  UpdateRobotPartMetadata(argument: _viam_app_v1_UpdateRobotPartMetadataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_UpdateRobotPartMetadataResponse__Output>): grpc.ClientUnaryCall;
  UpdateRobotPartMetadata(argument: _viam_app_v1_UpdateRobotPartMetadataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateRobotPartMetadataResponse__Output>): grpc.ClientUnaryCall;
  UpdateRobotPartMetadata(argument: _viam_app_v1_UpdateRobotPartMetadataRequest, callback: grpc.requestCallback<_viam_app_v1_UpdateRobotPartMetadataResponse__Output>): grpc.ClientUnaryCall;
  updateRobotPartMetadata(argument: _viam_app_v1_UpdateRobotPartMetadataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateRobotPartMetadataResponse__Output>): grpc.ClientUnaryCall;
  updateRobotPartMetadata(argument: _viam_app_v1_UpdateRobotPartMetadataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_UpdateRobotPartMetadataResponse__Output>): grpc.ClientUnaryCall;
  updateRobotPartMetadata(argument: _viam_app_v1_UpdateRobotPartMetadataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UpdateRobotPartMetadataResponse__Output>): grpc.ClientUnaryCall;
  updateRobotPartMetadata(argument: _viam_app_v1_UpdateRobotPartMetadataRequest, callback: grpc.requestCallback<_viam_app_v1_UpdateRobotPartMetadataResponse__Output>): grpc.ClientUnaryCall;
  
  UploadModuleFile(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UploadModuleFileResponse__Output>): grpc.ClientWritableStream<_viam_app_v1_UploadModuleFileRequest>;
  UploadModuleFile(metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_UploadModuleFileResponse__Output>): grpc.ClientWritableStream<_viam_app_v1_UploadModuleFileRequest>;
  UploadModuleFile(options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UploadModuleFileResponse__Output>): grpc.ClientWritableStream<_viam_app_v1_UploadModuleFileRequest>;
  UploadModuleFile(callback: grpc.requestCallback<_viam_app_v1_UploadModuleFileResponse__Output>): grpc.ClientWritableStream<_viam_app_v1_UploadModuleFileRequest>;
  uploadModuleFile(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UploadModuleFileResponse__Output>): grpc.ClientWritableStream<_viam_app_v1_UploadModuleFileRequest>;
  uploadModuleFile(metadata: grpc.Metadata, callback: grpc.requestCallback<_viam_app_v1_UploadModuleFileResponse__Output>): grpc.ClientWritableStream<_viam_app_v1_UploadModuleFileRequest>;
  uploadModuleFile(options: grpc.CallOptions, callback: grpc.requestCallback<_viam_app_v1_UploadModuleFileResponse__Output>): grpc.ClientWritableStream<_viam_app_v1_UploadModuleFileRequest>;
  uploadModuleFile(callback: grpc.requestCallback<_viam_app_v1_UploadModuleFileResponse__Output>): grpc.ClientWritableStream<_viam_app_v1_UploadModuleFileRequest>;
  
}

export interface AppServiceHandlers extends grpc.UntypedServiceImplementation {
  AddRole: grpc.handleUnaryCall<_viam_app_v1_AddRoleRequest__Output, _viam_app_v1_AddRoleResponse>;
  
  ChangeRole: grpc.handleUnaryCall<_viam_app_v1_ChangeRoleRequest__Output, _viam_app_v1_ChangeRoleResponse>;
  
  CheckPermissions: grpc.handleUnaryCall<_viam_app_v1_CheckPermissionsRequest__Output, _viam_app_v1_CheckPermissionsResponse>;
  
  CreateFragment: grpc.handleUnaryCall<_viam_app_v1_CreateFragmentRequest__Output, _viam_app_v1_CreateFragmentResponse>;
  
  CreateKey: grpc.handleUnaryCall<_viam_app_v1_CreateKeyRequest__Output, _viam_app_v1_CreateKeyResponse>;
  
  CreateKeyFromExistingKeyAuthorizations: grpc.handleUnaryCall<_viam_app_v1_CreateKeyFromExistingKeyAuthorizationsRequest__Output, _viam_app_v1_CreateKeyFromExistingKeyAuthorizationsResponse>;
  
  CreateLocation: grpc.handleUnaryCall<_viam_app_v1_CreateLocationRequest__Output, _viam_app_v1_CreateLocationResponse>;
  
  CreateLocationSecret: grpc.handleUnaryCall<_viam_app_v1_CreateLocationSecretRequest__Output, _viam_app_v1_CreateLocationSecretResponse>;
  
  CreateModule: grpc.handleUnaryCall<_viam_app_v1_CreateModuleRequest__Output, _viam_app_v1_CreateModuleResponse>;
  
  CreateOrganization: grpc.handleUnaryCall<_viam_app_v1_CreateOrganizationRequest__Output, _viam_app_v1_CreateOrganizationResponse>;
  
  CreateOrganizationInvite: grpc.handleUnaryCall<_viam_app_v1_CreateOrganizationInviteRequest__Output, _viam_app_v1_CreateOrganizationInviteResponse>;
  
  CreateRegistryItem: grpc.handleUnaryCall<_viam_app_v1_CreateRegistryItemRequest__Output, _viam_app_v1_CreateRegistryItemResponse>;
  
  CreateRobotPartSecret: grpc.handleUnaryCall<_viam_app_v1_CreateRobotPartSecretRequest__Output, _viam_app_v1_CreateRobotPartSecretResponse>;
  
  DeleteFragment: grpc.handleUnaryCall<_viam_app_v1_DeleteFragmentRequest__Output, _viam_app_v1_DeleteFragmentResponse>;
  
  DeleteFragmentTag: grpc.handleUnaryCall<_viam_app_v1_DeleteFragmentTagRequest__Output, _viam_app_v1_DeleteFragmentTagResponse>;
  
  DeleteKey: grpc.handleUnaryCall<_viam_app_v1_DeleteKeyRequest__Output, _viam_app_v1_DeleteKeyResponse>;
  
  DeleteLocation: grpc.handleUnaryCall<_viam_app_v1_DeleteLocationRequest__Output, _viam_app_v1_DeleteLocationResponse>;
  
  DeleteLocationSecret: grpc.handleUnaryCall<_viam_app_v1_DeleteLocationSecretRequest__Output, _viam_app_v1_DeleteLocationSecretResponse>;
  
  DeleteOrganization: grpc.handleUnaryCall<_viam_app_v1_DeleteOrganizationRequest__Output, _viam_app_v1_DeleteOrganizationResponse>;
  
  DeleteOrganizationInvite: grpc.handleUnaryCall<_viam_app_v1_DeleteOrganizationInviteRequest__Output, _viam_app_v1_DeleteOrganizationInviteResponse>;
  
  DeleteOrganizationMember: grpc.handleUnaryCall<_viam_app_v1_DeleteOrganizationMemberRequest__Output, _viam_app_v1_DeleteOrganizationMemberResponse>;
  
  DeleteRegistryItem: grpc.handleUnaryCall<_viam_app_v1_DeleteRegistryItemRequest__Output, _viam_app_v1_DeleteRegistryItemResponse>;
  
  DeleteRobot: grpc.handleUnaryCall<_viam_app_v1_DeleteRobotRequest__Output, _viam_app_v1_DeleteRobotResponse>;
  
  DeleteRobotPart: grpc.handleUnaryCall<_viam_app_v1_DeleteRobotPartRequest__Output, _viam_app_v1_DeleteRobotPartResponse>;
  
  DeleteRobotPartSecret: grpc.handleUnaryCall<_viam_app_v1_DeleteRobotPartSecretRequest__Output, _viam_app_v1_DeleteRobotPartSecretResponse>;
  
  GetFragment: grpc.handleUnaryCall<_viam_app_v1_GetFragmentRequest__Output, _viam_app_v1_GetFragmentResponse>;
  
  GetFragmentHistory: grpc.handleUnaryCall<_viam_app_v1_GetFragmentHistoryRequest__Output, _viam_app_v1_GetFragmentHistoryResponse>;
  
  GetFragmentUsage: grpc.handleUnaryCall<_viam_app_v1_GetFragmentUsageRequest__Output, _viam_app_v1_GetFragmentUsageResponse>;
  
  GetLocation: grpc.handleUnaryCall<_viam_app_v1_GetLocationRequest__Output, _viam_app_v1_GetLocationResponse>;
  
  GetLocationMetadata: grpc.handleUnaryCall<_viam_app_v1_GetLocationMetadataRequest__Output, _viam_app_v1_GetLocationMetadataResponse>;
  
  GetModule: grpc.handleUnaryCall<_viam_app_v1_GetModuleRequest__Output, _viam_app_v1_GetModuleResponse>;
  
  GetOrganization: grpc.handleUnaryCall<_viam_app_v1_GetOrganizationRequest__Output, _viam_app_v1_GetOrganizationResponse>;
  
  GetOrganizationMetadata: grpc.handleUnaryCall<_viam_app_v1_GetOrganizationMetadataRequest__Output, _viam_app_v1_GetOrganizationMetadataResponse>;
  
  GetOrganizationNamespaceAvailability: grpc.handleUnaryCall<_viam_app_v1_GetOrganizationNamespaceAvailabilityRequest__Output, _viam_app_v1_GetOrganizationNamespaceAvailabilityResponse>;
  
  GetOrganizationsWithAccessToLocation: grpc.handleUnaryCall<_viam_app_v1_GetOrganizationsWithAccessToLocationRequest__Output, _viam_app_v1_GetOrganizationsWithAccessToLocationResponse>;
  
  GetRegistryItem: grpc.handleUnaryCall<_viam_app_v1_GetRegistryItemRequest__Output, _viam_app_v1_GetRegistryItemResponse>;
  
  GetRobot: grpc.handleUnaryCall<_viam_app_v1_GetRobotRequest__Output, _viam_app_v1_GetRobotResponse>;
  
  GetRobotAPIKeys: grpc.handleUnaryCall<_viam_app_v1_GetRobotAPIKeysRequest__Output, _viam_app_v1_GetRobotAPIKeysResponse>;
  
  GetRobotMetadata: grpc.handleUnaryCall<_viam_app_v1_GetRobotMetadataRequest__Output, _viam_app_v1_GetRobotMetadataResponse>;
  
  GetRobotPart: grpc.handleUnaryCall<_viam_app_v1_GetRobotPartRequest__Output, _viam_app_v1_GetRobotPartResponse>;
  
  GetRobotPartByNameAndLocation: grpc.handleUnaryCall<_viam_app_v1_GetRobotPartByNameAndLocationRequest__Output, _viam_app_v1_GetRobotPartByNameAndLocationResponse>;
  
  GetRobotPartHistory: grpc.handleUnaryCall<_viam_app_v1_GetRobotPartHistoryRequest__Output, _viam_app_v1_GetRobotPartHistoryResponse>;
  
  GetRobotPartLogs: grpc.handleUnaryCall<_viam_app_v1_GetRobotPartLogsRequest__Output, _viam_app_v1_GetRobotPartLogsResponse>;
  
  GetRobotPartMetadata: grpc.handleUnaryCall<_viam_app_v1_GetRobotPartMetadataRequest__Output, _viam_app_v1_GetRobotPartMetadataResponse>;
  
  GetRobotParts: grpc.handleUnaryCall<_viam_app_v1_GetRobotPartsRequest__Output, _viam_app_v1_GetRobotPartsResponse>;
  
  GetUserIDByEmail: grpc.handleUnaryCall<_viam_app_v1_GetUserIDByEmailRequest__Output, _viam_app_v1_GetUserIDByEmailResponse>;
  
  ListAuthorizations: grpc.handleUnaryCall<_viam_app_v1_ListAuthorizationsRequest__Output, _viam_app_v1_ListAuthorizationsResponse>;
  
  ListFragments: grpc.handleUnaryCall<_viam_app_v1_ListFragmentsRequest__Output, _viam_app_v1_ListFragmentsResponse>;
  
  ListKeys: grpc.handleUnaryCall<_viam_app_v1_ListKeysRequest__Output, _viam_app_v1_ListKeysResponse>;
  
  ListLocations: grpc.handleUnaryCall<_viam_app_v1_ListLocationsRequest__Output, _viam_app_v1_ListLocationsResponse>;
  
  ListMachineFragments: grpc.handleUnaryCall<_viam_app_v1_ListMachineFragmentsRequest__Output, _viam_app_v1_ListMachineFragmentsResponse>;
  
  ListMachineSummaries: grpc.handleUnaryCall<_viam_app_v1_ListMachineSummariesRequest__Output, _viam_app_v1_ListMachineSummariesResponse>;
  
  ListModules: grpc.handleUnaryCall<_viam_app_v1_ListModulesRequest__Output, _viam_app_v1_ListModulesResponse>;
  
  ListNestedFragments: grpc.handleUnaryCall<_viam_app_v1_ListNestedFragmentsRequest__Output, _viam_app_v1_ListNestedFragmentsResponse>;
  
  ListOrganizationMembers: grpc.handleUnaryCall<_viam_app_v1_ListOrganizationMembersRequest__Output, _viam_app_v1_ListOrganizationMembersResponse>;
  
  ListOrganizations: grpc.handleUnaryCall<_viam_app_v1_ListOrganizationsRequest__Output, _viam_app_v1_ListOrganizationsResponse>;
  
  ListOrganizationsByUser: grpc.handleUnaryCall<_viam_app_v1_ListOrganizationsByUserRequest__Output, _viam_app_v1_ListOrganizationsByUserResponse>;
  
  ListRegistryItems: grpc.handleUnaryCall<_viam_app_v1_ListRegistryItemsRequest__Output, _viam_app_v1_ListRegistryItemsResponse>;
  
  ListRobots: grpc.handleUnaryCall<_viam_app_v1_ListRobotsRequest__Output, _viam_app_v1_ListRobotsResponse>;
  
  ListRobotsForLocations: grpc.handleUnaryCall<_viam_app_v1_ListRobotsForLocationsRequest__Output, _viam_app_v1_ListRobotsForLocationsResponse>;
  
  ListRobotsForOrg: grpc.handleUnaryCall<_viam_app_v1_ListRobotsForOrgRequest__Output, _viam_app_v1_ListRobotsForOrgResponse>;
  
  LocationAuth: grpc.handleUnaryCall<_viam_app_v1_LocationAuthRequest__Output, _viam_app_v1_LocationAuthResponse>;
  
  MarkPartAsMain: grpc.handleUnaryCall<_viam_app_v1_MarkPartAsMainRequest__Output, _viam_app_v1_MarkPartAsMainResponse>;
  
  MarkPartForRestart: grpc.handleUnaryCall<_viam_app_v1_MarkPartForRestartRequest__Output, _viam_app_v1_MarkPartForRestartResponse>;
  
  NewRobot: grpc.handleUnaryCall<_viam_app_v1_NewRobotRequest__Output, _viam_app_v1_NewRobotResponse>;
  
  NewRobotPart: grpc.handleUnaryCall<_viam_app_v1_NewRobotPartRequest__Output, _viam_app_v1_NewRobotPartResponse>;
  
  RemoveRole: grpc.handleUnaryCall<_viam_app_v1_RemoveRoleRequest__Output, _viam_app_v1_RemoveRoleResponse>;
  
  RenameKey: grpc.handleUnaryCall<_viam_app_v1_RenameKeyRequest__Output, _viam_app_v1_RenameKeyResponse>;
  
  RenameRegistryItem: grpc.handleUnaryCall<_viam_app_v1_RenameRegistryItemRequest__Output, _viam_app_v1_RenameRegistryItemResponse>;
  
  ResendOrganizationInvite: grpc.handleUnaryCall<_viam_app_v1_ResendOrganizationInviteRequest__Output, _viam_app_v1_ResendOrganizationInviteResponse>;
  
  RotateKey: grpc.handleUnaryCall<_viam_app_v1_RotateKeyRequest__Output, _viam_app_v1_RotateKeyResponse>;
  
  SetFragmentTag: grpc.handleUnaryCall<_viam_app_v1_SetFragmentTagRequest__Output, _viam_app_v1_SetFragmentTagResponse>;
  
  ShareLocation: grpc.handleUnaryCall<_viam_app_v1_ShareLocationRequest__Output, _viam_app_v1_ShareLocationResponse>;
  
  TailRobotPartLogs: grpc.handleServerStreamingCall<_viam_app_v1_TailRobotPartLogsRequest__Output, _viam_app_v1_TailRobotPartLogsResponse>;
  
  TransferRegistryItem: grpc.handleUnaryCall<_viam_app_v1_TransferRegistryItemRequest__Output, _viam_app_v1_TransferRegistryItemResponse>;
  
  UnshareLocation: grpc.handleUnaryCall<_viam_app_v1_UnshareLocationRequest__Output, _viam_app_v1_UnshareLocationResponse>;
  
  UpdateFragment: grpc.handleUnaryCall<_viam_app_v1_UpdateFragmentRequest__Output, _viam_app_v1_UpdateFragmentResponse>;
  
  UpdateLocation: grpc.handleUnaryCall<_viam_app_v1_UpdateLocationRequest__Output, _viam_app_v1_UpdateLocationResponse>;
  
  UpdateLocationMetadata: grpc.handleUnaryCall<_viam_app_v1_UpdateLocationMetadataRequest__Output, _viam_app_v1_UpdateLocationMetadataResponse>;
  
  UpdateModule: grpc.handleUnaryCall<_viam_app_v1_UpdateModuleRequest__Output, _viam_app_v1_UpdateModuleResponse>;
  
  UpdateOrganization: grpc.handleUnaryCall<_viam_app_v1_UpdateOrganizationRequest__Output, _viam_app_v1_UpdateOrganizationResponse>;
  
  UpdateOrganizationInviteAuthorizations: grpc.handleUnaryCall<_viam_app_v1_UpdateOrganizationInviteAuthorizationsRequest__Output, _viam_app_v1_UpdateOrganizationInviteAuthorizationsResponse>;
  
  UpdateOrganizationMetadata: grpc.handleUnaryCall<_viam_app_v1_UpdateOrganizationMetadataRequest__Output, _viam_app_v1_UpdateOrganizationMetadataResponse>;
  
  UpdateOrganizationNamespace: grpc.handleUnaryCall<_viam_app_v1_UpdateOrganizationNamespaceRequest__Output, _viam_app_v1_UpdateOrganizationNamespaceResponse>;
  
  UpdateRegistryItem: grpc.handleUnaryCall<_viam_app_v1_UpdateRegistryItemRequest__Output, _viam_app_v1_UpdateRegistryItemResponse>;
  
  UpdateRobot: grpc.handleUnaryCall<_viam_app_v1_UpdateRobotRequest__Output, _viam_app_v1_UpdateRobotResponse>;
  
  UpdateRobotMetadata: grpc.handleUnaryCall<_viam_app_v1_UpdateRobotMetadataRequest__Output, _viam_app_v1_UpdateRobotMetadataResponse>;
  
  UpdateRobotPart: grpc.handleUnaryCall<_viam_app_v1_UpdateRobotPartRequest__Output, _viam_app_v1_UpdateRobotPartResponse>;
  
  UpdateRobotPartMetadata: grpc.handleUnaryCall<_viam_app_v1_UpdateRobotPartMetadataRequest__Output, _viam_app_v1_UpdateRobotPartMetadataResponse>;
  
  UploadModuleFile: grpc.handleClientStreamingCall<_viam_app_v1_UploadModuleFileRequest__Output, _viam_app_v1_UploadModuleFileResponse>;
  
}

export interface AppServiceDefinition extends grpc.ServiceDefinition {
  AddRole: MethodDefinition<_viam_app_v1_AddRoleRequest, _viam_app_v1_AddRoleResponse, _viam_app_v1_AddRoleRequest__Output, _viam_app_v1_AddRoleResponse__Output>
  ChangeRole: MethodDefinition<_viam_app_v1_ChangeRoleRequest, _viam_app_v1_ChangeRoleResponse, _viam_app_v1_ChangeRoleRequest__Output, _viam_app_v1_ChangeRoleResponse__Output>
  CheckPermissions: MethodDefinition<_viam_app_v1_CheckPermissionsRequest, _viam_app_v1_CheckPermissionsResponse, _viam_app_v1_CheckPermissionsRequest__Output, _viam_app_v1_CheckPermissionsResponse__Output>
  CreateFragment: MethodDefinition<_viam_app_v1_CreateFragmentRequest, _viam_app_v1_CreateFragmentResponse, _viam_app_v1_CreateFragmentRequest__Output, _viam_app_v1_CreateFragmentResponse__Output>
  CreateKey: MethodDefinition<_viam_app_v1_CreateKeyRequest, _viam_app_v1_CreateKeyResponse, _viam_app_v1_CreateKeyRequest__Output, _viam_app_v1_CreateKeyResponse__Output>
  CreateKeyFromExistingKeyAuthorizations: MethodDefinition<_viam_app_v1_CreateKeyFromExistingKeyAuthorizationsRequest, _viam_app_v1_CreateKeyFromExistingKeyAuthorizationsResponse, _viam_app_v1_CreateKeyFromExistingKeyAuthorizationsRequest__Output, _viam_app_v1_CreateKeyFromExistingKeyAuthorizationsResponse__Output>
  CreateLocation: MethodDefinition<_viam_app_v1_CreateLocationRequest, _viam_app_v1_CreateLocationResponse, _viam_app_v1_CreateLocationRequest__Output, _viam_app_v1_CreateLocationResponse__Output>
  CreateLocationSecret: MethodDefinition<_viam_app_v1_CreateLocationSecretRequest, _viam_app_v1_CreateLocationSecretResponse, _viam_app_v1_CreateLocationSecretRequest__Output, _viam_app_v1_CreateLocationSecretResponse__Output>
  CreateModule: MethodDefinition<_viam_app_v1_CreateModuleRequest, _viam_app_v1_CreateModuleResponse, _viam_app_v1_CreateModuleRequest__Output, _viam_app_v1_CreateModuleResponse__Output>
  CreateOrganization: MethodDefinition<_viam_app_v1_CreateOrganizationRequest, _viam_app_v1_CreateOrganizationResponse, _viam_app_v1_CreateOrganizationRequest__Output, _viam_app_v1_CreateOrganizationResponse__Output>
  CreateOrganizationInvite: MethodDefinition<_viam_app_v1_CreateOrganizationInviteRequest, _viam_app_v1_CreateOrganizationInviteResponse, _viam_app_v1_CreateOrganizationInviteRequest__Output, _viam_app_v1_CreateOrganizationInviteResponse__Output>
  CreateRegistryItem: MethodDefinition<_viam_app_v1_CreateRegistryItemRequest, _viam_app_v1_CreateRegistryItemResponse, _viam_app_v1_CreateRegistryItemRequest__Output, _viam_app_v1_CreateRegistryItemResponse__Output>
  CreateRobotPartSecret: MethodDefinition<_viam_app_v1_CreateRobotPartSecretRequest, _viam_app_v1_CreateRobotPartSecretResponse, _viam_app_v1_CreateRobotPartSecretRequest__Output, _viam_app_v1_CreateRobotPartSecretResponse__Output>
  DeleteFragment: MethodDefinition<_viam_app_v1_DeleteFragmentRequest, _viam_app_v1_DeleteFragmentResponse, _viam_app_v1_DeleteFragmentRequest__Output, _viam_app_v1_DeleteFragmentResponse__Output>
  DeleteFragmentTag: MethodDefinition<_viam_app_v1_DeleteFragmentTagRequest, _viam_app_v1_DeleteFragmentTagResponse, _viam_app_v1_DeleteFragmentTagRequest__Output, _viam_app_v1_DeleteFragmentTagResponse__Output>
  DeleteKey: MethodDefinition<_viam_app_v1_DeleteKeyRequest, _viam_app_v1_DeleteKeyResponse, _viam_app_v1_DeleteKeyRequest__Output, _viam_app_v1_DeleteKeyResponse__Output>
  DeleteLocation: MethodDefinition<_viam_app_v1_DeleteLocationRequest, _viam_app_v1_DeleteLocationResponse, _viam_app_v1_DeleteLocationRequest__Output, _viam_app_v1_DeleteLocationResponse__Output>
  DeleteLocationSecret: MethodDefinition<_viam_app_v1_DeleteLocationSecretRequest, _viam_app_v1_DeleteLocationSecretResponse, _viam_app_v1_DeleteLocationSecretRequest__Output, _viam_app_v1_DeleteLocationSecretResponse__Output>
  DeleteOrganization: MethodDefinition<_viam_app_v1_DeleteOrganizationRequest, _viam_app_v1_DeleteOrganizationResponse, _viam_app_v1_DeleteOrganizationRequest__Output, _viam_app_v1_DeleteOrganizationResponse__Output>
  DeleteOrganizationInvite: MethodDefinition<_viam_app_v1_DeleteOrganizationInviteRequest, _viam_app_v1_DeleteOrganizationInviteResponse, _viam_app_v1_DeleteOrganizationInviteRequest__Output, _viam_app_v1_DeleteOrganizationInviteResponse__Output>
  DeleteOrganizationMember: MethodDefinition<_viam_app_v1_DeleteOrganizationMemberRequest, _viam_app_v1_DeleteOrganizationMemberResponse, _viam_app_v1_DeleteOrganizationMemberRequest__Output, _viam_app_v1_DeleteOrganizationMemberResponse__Output>
  DeleteRegistryItem: MethodDefinition<_viam_app_v1_DeleteRegistryItemRequest, _viam_app_v1_DeleteRegistryItemResponse, _viam_app_v1_DeleteRegistryItemRequest__Output, _viam_app_v1_DeleteRegistryItemResponse__Output>
  DeleteRobot: MethodDefinition<_viam_app_v1_DeleteRobotRequest, _viam_app_v1_DeleteRobotResponse, _viam_app_v1_DeleteRobotRequest__Output, _viam_app_v1_DeleteRobotResponse__Output>
  DeleteRobotPart: MethodDefinition<_viam_app_v1_DeleteRobotPartRequest, _viam_app_v1_DeleteRobotPartResponse, _viam_app_v1_DeleteRobotPartRequest__Output, _viam_app_v1_DeleteRobotPartResponse__Output>
  DeleteRobotPartSecret: MethodDefinition<_viam_app_v1_DeleteRobotPartSecretRequest, _viam_app_v1_DeleteRobotPartSecretResponse, _viam_app_v1_DeleteRobotPartSecretRequest__Output, _viam_app_v1_DeleteRobotPartSecretResponse__Output>
  GetFragment: MethodDefinition<_viam_app_v1_GetFragmentRequest, _viam_app_v1_GetFragmentResponse, _viam_app_v1_GetFragmentRequest__Output, _viam_app_v1_GetFragmentResponse__Output>
  GetFragmentHistory: MethodDefinition<_viam_app_v1_GetFragmentHistoryRequest, _viam_app_v1_GetFragmentHistoryResponse, _viam_app_v1_GetFragmentHistoryRequest__Output, _viam_app_v1_GetFragmentHistoryResponse__Output>
  GetFragmentUsage: MethodDefinition<_viam_app_v1_GetFragmentUsageRequest, _viam_app_v1_GetFragmentUsageResponse, _viam_app_v1_GetFragmentUsageRequest__Output, _viam_app_v1_GetFragmentUsageResponse__Output>
  GetLocation: MethodDefinition<_viam_app_v1_GetLocationRequest, _viam_app_v1_GetLocationResponse, _viam_app_v1_GetLocationRequest__Output, _viam_app_v1_GetLocationResponse__Output>
  GetLocationMetadata: MethodDefinition<_viam_app_v1_GetLocationMetadataRequest, _viam_app_v1_GetLocationMetadataResponse, _viam_app_v1_GetLocationMetadataRequest__Output, _viam_app_v1_GetLocationMetadataResponse__Output>
  GetModule: MethodDefinition<_viam_app_v1_GetModuleRequest, _viam_app_v1_GetModuleResponse, _viam_app_v1_GetModuleRequest__Output, _viam_app_v1_GetModuleResponse__Output>
  GetOrganization: MethodDefinition<_viam_app_v1_GetOrganizationRequest, _viam_app_v1_GetOrganizationResponse, _viam_app_v1_GetOrganizationRequest__Output, _viam_app_v1_GetOrganizationResponse__Output>
  GetOrganizationMetadata: MethodDefinition<_viam_app_v1_GetOrganizationMetadataRequest, _viam_app_v1_GetOrganizationMetadataResponse, _viam_app_v1_GetOrganizationMetadataRequest__Output, _viam_app_v1_GetOrganizationMetadataResponse__Output>
  GetOrganizationNamespaceAvailability: MethodDefinition<_viam_app_v1_GetOrganizationNamespaceAvailabilityRequest, _viam_app_v1_GetOrganizationNamespaceAvailabilityResponse, _viam_app_v1_GetOrganizationNamespaceAvailabilityRequest__Output, _viam_app_v1_GetOrganizationNamespaceAvailabilityResponse__Output>
  GetOrganizationsWithAccessToLocation: MethodDefinition<_viam_app_v1_GetOrganizationsWithAccessToLocationRequest, _viam_app_v1_GetOrganizationsWithAccessToLocationResponse, _viam_app_v1_GetOrganizationsWithAccessToLocationRequest__Output, _viam_app_v1_GetOrganizationsWithAccessToLocationResponse__Output>
  GetRegistryItem: MethodDefinition<_viam_app_v1_GetRegistryItemRequest, _viam_app_v1_GetRegistryItemResponse, _viam_app_v1_GetRegistryItemRequest__Output, _viam_app_v1_GetRegistryItemResponse__Output>
  GetRobot: MethodDefinition<_viam_app_v1_GetRobotRequest, _viam_app_v1_GetRobotResponse, _viam_app_v1_GetRobotRequest__Output, _viam_app_v1_GetRobotResponse__Output>
  GetRobotAPIKeys: MethodDefinition<_viam_app_v1_GetRobotAPIKeysRequest, _viam_app_v1_GetRobotAPIKeysResponse, _viam_app_v1_GetRobotAPIKeysRequest__Output, _viam_app_v1_GetRobotAPIKeysResponse__Output>
  GetRobotMetadata: MethodDefinition<_viam_app_v1_GetRobotMetadataRequest, _viam_app_v1_GetRobotMetadataResponse, _viam_app_v1_GetRobotMetadataRequest__Output, _viam_app_v1_GetRobotMetadataResponse__Output>
  GetRobotPart: MethodDefinition<_viam_app_v1_GetRobotPartRequest, _viam_app_v1_GetRobotPartResponse, _viam_app_v1_GetRobotPartRequest__Output, _viam_app_v1_GetRobotPartResponse__Output>
  GetRobotPartByNameAndLocation: MethodDefinition<_viam_app_v1_GetRobotPartByNameAndLocationRequest, _viam_app_v1_GetRobotPartByNameAndLocationResponse, _viam_app_v1_GetRobotPartByNameAndLocationRequest__Output, _viam_app_v1_GetRobotPartByNameAndLocationResponse__Output>
  GetRobotPartHistory: MethodDefinition<_viam_app_v1_GetRobotPartHistoryRequest, _viam_app_v1_GetRobotPartHistoryResponse, _viam_app_v1_GetRobotPartHistoryRequest__Output, _viam_app_v1_GetRobotPartHistoryResponse__Output>
  GetRobotPartLogs: MethodDefinition<_viam_app_v1_GetRobotPartLogsRequest, _viam_app_v1_GetRobotPartLogsResponse, _viam_app_v1_GetRobotPartLogsRequest__Output, _viam_app_v1_GetRobotPartLogsResponse__Output>
  GetRobotPartMetadata: MethodDefinition<_viam_app_v1_GetRobotPartMetadataRequest, _viam_app_v1_GetRobotPartMetadataResponse, _viam_app_v1_GetRobotPartMetadataRequest__Output, _viam_app_v1_GetRobotPartMetadataResponse__Output>
  GetRobotParts: MethodDefinition<_viam_app_v1_GetRobotPartsRequest, _viam_app_v1_GetRobotPartsResponse, _viam_app_v1_GetRobotPartsRequest__Output, _viam_app_v1_GetRobotPartsResponse__Output>
  GetUserIDByEmail: MethodDefinition<_viam_app_v1_GetUserIDByEmailRequest, _viam_app_v1_GetUserIDByEmailResponse, _viam_app_v1_GetUserIDByEmailRequest__Output, _viam_app_v1_GetUserIDByEmailResponse__Output>
  ListAuthorizations: MethodDefinition<_viam_app_v1_ListAuthorizationsRequest, _viam_app_v1_ListAuthorizationsResponse, _viam_app_v1_ListAuthorizationsRequest__Output, _viam_app_v1_ListAuthorizationsResponse__Output>
  ListFragments: MethodDefinition<_viam_app_v1_ListFragmentsRequest, _viam_app_v1_ListFragmentsResponse, _viam_app_v1_ListFragmentsRequest__Output, _viam_app_v1_ListFragmentsResponse__Output>
  ListKeys: MethodDefinition<_viam_app_v1_ListKeysRequest, _viam_app_v1_ListKeysResponse, _viam_app_v1_ListKeysRequest__Output, _viam_app_v1_ListKeysResponse__Output>
  ListLocations: MethodDefinition<_viam_app_v1_ListLocationsRequest, _viam_app_v1_ListLocationsResponse, _viam_app_v1_ListLocationsRequest__Output, _viam_app_v1_ListLocationsResponse__Output>
  ListMachineFragments: MethodDefinition<_viam_app_v1_ListMachineFragmentsRequest, _viam_app_v1_ListMachineFragmentsResponse, _viam_app_v1_ListMachineFragmentsRequest__Output, _viam_app_v1_ListMachineFragmentsResponse__Output>
  ListMachineSummaries: MethodDefinition<_viam_app_v1_ListMachineSummariesRequest, _viam_app_v1_ListMachineSummariesResponse, _viam_app_v1_ListMachineSummariesRequest__Output, _viam_app_v1_ListMachineSummariesResponse__Output>
  ListModules: MethodDefinition<_viam_app_v1_ListModulesRequest, _viam_app_v1_ListModulesResponse, _viam_app_v1_ListModulesRequest__Output, _viam_app_v1_ListModulesResponse__Output>
  ListNestedFragments: MethodDefinition<_viam_app_v1_ListNestedFragmentsRequest, _viam_app_v1_ListNestedFragmentsResponse, _viam_app_v1_ListNestedFragmentsRequest__Output, _viam_app_v1_ListNestedFragmentsResponse__Output>
  ListOrganizationMembers: MethodDefinition<_viam_app_v1_ListOrganizationMembersRequest, _viam_app_v1_ListOrganizationMembersResponse, _viam_app_v1_ListOrganizationMembersRequest__Output, _viam_app_v1_ListOrganizationMembersResponse__Output>
  ListOrganizations: MethodDefinition<_viam_app_v1_ListOrganizationsRequest, _viam_app_v1_ListOrganizationsResponse, _viam_app_v1_ListOrganizationsRequest__Output, _viam_app_v1_ListOrganizationsResponse__Output>
  ListOrganizationsByUser: MethodDefinition<_viam_app_v1_ListOrganizationsByUserRequest, _viam_app_v1_ListOrganizationsByUserResponse, _viam_app_v1_ListOrganizationsByUserRequest__Output, _viam_app_v1_ListOrganizationsByUserResponse__Output>
  ListRegistryItems: MethodDefinition<_viam_app_v1_ListRegistryItemsRequest, _viam_app_v1_ListRegistryItemsResponse, _viam_app_v1_ListRegistryItemsRequest__Output, _viam_app_v1_ListRegistryItemsResponse__Output>
  ListRobots: MethodDefinition<_viam_app_v1_ListRobotsRequest, _viam_app_v1_ListRobotsResponse, _viam_app_v1_ListRobotsRequest__Output, _viam_app_v1_ListRobotsResponse__Output>
  ListRobotsForLocations: MethodDefinition<_viam_app_v1_ListRobotsForLocationsRequest, _viam_app_v1_ListRobotsForLocationsResponse, _viam_app_v1_ListRobotsForLocationsRequest__Output, _viam_app_v1_ListRobotsForLocationsResponse__Output>
  ListRobotsForOrg: MethodDefinition<_viam_app_v1_ListRobotsForOrgRequest, _viam_app_v1_ListRobotsForOrgResponse, _viam_app_v1_ListRobotsForOrgRequest__Output, _viam_app_v1_ListRobotsForOrgResponse__Output>
  LocationAuth: MethodDefinition<_viam_app_v1_LocationAuthRequest, _viam_app_v1_LocationAuthResponse, _viam_app_v1_LocationAuthRequest__Output, _viam_app_v1_LocationAuthResponse__Output>
  MarkPartAsMain: MethodDefinition<_viam_app_v1_MarkPartAsMainRequest, _viam_app_v1_MarkPartAsMainResponse, _viam_app_v1_MarkPartAsMainRequest__Output, _viam_app_v1_MarkPartAsMainResponse__Output>
  MarkPartForRestart: MethodDefinition<_viam_app_v1_MarkPartForRestartRequest, _viam_app_v1_MarkPartForRestartResponse, _viam_app_v1_MarkPartForRestartRequest__Output, _viam_app_v1_MarkPartForRestartResponse__Output>
  NewRobot: MethodDefinition<_viam_app_v1_NewRobotRequest, _viam_app_v1_NewRobotResponse, _viam_app_v1_NewRobotRequest__Output, _viam_app_v1_NewRobotResponse__Output>
  NewRobotPart: MethodDefinition<_viam_app_v1_NewRobotPartRequest, _viam_app_v1_NewRobotPartResponse, _viam_app_v1_NewRobotPartRequest__Output, _viam_app_v1_NewRobotPartResponse__Output>
  RemoveRole: MethodDefinition<_viam_app_v1_RemoveRoleRequest, _viam_app_v1_RemoveRoleResponse, _viam_app_v1_RemoveRoleRequest__Output, _viam_app_v1_RemoveRoleResponse__Output>
  RenameKey: MethodDefinition<_viam_app_v1_RenameKeyRequest, _viam_app_v1_RenameKeyResponse, _viam_app_v1_RenameKeyRequest__Output, _viam_app_v1_RenameKeyResponse__Output>
  RenameRegistryItem: MethodDefinition<_viam_app_v1_RenameRegistryItemRequest, _viam_app_v1_RenameRegistryItemResponse, _viam_app_v1_RenameRegistryItemRequest__Output, _viam_app_v1_RenameRegistryItemResponse__Output>
  ResendOrganizationInvite: MethodDefinition<_viam_app_v1_ResendOrganizationInviteRequest, _viam_app_v1_ResendOrganizationInviteResponse, _viam_app_v1_ResendOrganizationInviteRequest__Output, _viam_app_v1_ResendOrganizationInviteResponse__Output>
  RotateKey: MethodDefinition<_viam_app_v1_RotateKeyRequest, _viam_app_v1_RotateKeyResponse, _viam_app_v1_RotateKeyRequest__Output, _viam_app_v1_RotateKeyResponse__Output>
  SetFragmentTag: MethodDefinition<_viam_app_v1_SetFragmentTagRequest, _viam_app_v1_SetFragmentTagResponse, _viam_app_v1_SetFragmentTagRequest__Output, _viam_app_v1_SetFragmentTagResponse__Output>
  ShareLocation: MethodDefinition<_viam_app_v1_ShareLocationRequest, _viam_app_v1_ShareLocationResponse, _viam_app_v1_ShareLocationRequest__Output, _viam_app_v1_ShareLocationResponse__Output>
  TailRobotPartLogs: MethodDefinition<_viam_app_v1_TailRobotPartLogsRequest, _viam_app_v1_TailRobotPartLogsResponse, _viam_app_v1_TailRobotPartLogsRequest__Output, _viam_app_v1_TailRobotPartLogsResponse__Output>
  TransferRegistryItem: MethodDefinition<_viam_app_v1_TransferRegistryItemRequest, _viam_app_v1_TransferRegistryItemResponse, _viam_app_v1_TransferRegistryItemRequest__Output, _viam_app_v1_TransferRegistryItemResponse__Output>
  UnshareLocation: MethodDefinition<_viam_app_v1_UnshareLocationRequest, _viam_app_v1_UnshareLocationResponse, _viam_app_v1_UnshareLocationRequest__Output, _viam_app_v1_UnshareLocationResponse__Output>
  UpdateFragment: MethodDefinition<_viam_app_v1_UpdateFragmentRequest, _viam_app_v1_UpdateFragmentResponse, _viam_app_v1_UpdateFragmentRequest__Output, _viam_app_v1_UpdateFragmentResponse__Output>
  UpdateLocation: MethodDefinition<_viam_app_v1_UpdateLocationRequest, _viam_app_v1_UpdateLocationResponse, _viam_app_v1_UpdateLocationRequest__Output, _viam_app_v1_UpdateLocationResponse__Output>
  UpdateLocationMetadata: MethodDefinition<_viam_app_v1_UpdateLocationMetadataRequest, _viam_app_v1_UpdateLocationMetadataResponse, _viam_app_v1_UpdateLocationMetadataRequest__Output, _viam_app_v1_UpdateLocationMetadataResponse__Output>
  UpdateModule: MethodDefinition<_viam_app_v1_UpdateModuleRequest, _viam_app_v1_UpdateModuleResponse, _viam_app_v1_UpdateModuleRequest__Output, _viam_app_v1_UpdateModuleResponse__Output>
  UpdateOrganization: MethodDefinition<_viam_app_v1_UpdateOrganizationRequest, _viam_app_v1_UpdateOrganizationResponse, _viam_app_v1_UpdateOrganizationRequest__Output, _viam_app_v1_UpdateOrganizationResponse__Output>
  UpdateOrganizationInviteAuthorizations: MethodDefinition<_viam_app_v1_UpdateOrganizationInviteAuthorizationsRequest, _viam_app_v1_UpdateOrganizationInviteAuthorizationsResponse, _viam_app_v1_UpdateOrganizationInviteAuthorizationsRequest__Output, _viam_app_v1_UpdateOrganizationInviteAuthorizationsResponse__Output>
  UpdateOrganizationMetadata: MethodDefinition<_viam_app_v1_UpdateOrganizationMetadataRequest, _viam_app_v1_UpdateOrganizationMetadataResponse, _viam_app_v1_UpdateOrganizationMetadataRequest__Output, _viam_app_v1_UpdateOrganizationMetadataResponse__Output>
  UpdateOrganizationNamespace: MethodDefinition<_viam_app_v1_UpdateOrganizationNamespaceRequest, _viam_app_v1_UpdateOrganizationNamespaceResponse, _viam_app_v1_UpdateOrganizationNamespaceRequest__Output, _viam_app_v1_UpdateOrganizationNamespaceResponse__Output>
  UpdateRegistryItem: MethodDefinition<_viam_app_v1_UpdateRegistryItemRequest, _viam_app_v1_UpdateRegistryItemResponse, _viam_app_v1_UpdateRegistryItemRequest__Output, _viam_app_v1_UpdateRegistryItemResponse__Output>
  UpdateRobot: MethodDefinition<_viam_app_v1_UpdateRobotRequest, _viam_app_v1_UpdateRobotResponse, _viam_app_v1_UpdateRobotRequest__Output, _viam_app_v1_UpdateRobotResponse__Output>
  UpdateRobotMetadata: MethodDefinition<_viam_app_v1_UpdateRobotMetadataRequest, _viam_app_v1_UpdateRobotMetadataResponse, _viam_app_v1_UpdateRobotMetadataRequest__Output, _viam_app_v1_UpdateRobotMetadataResponse__Output>
  UpdateRobotPart: MethodDefinition<_viam_app_v1_UpdateRobotPartRequest, _viam_app_v1_UpdateRobotPartResponse, _viam_app_v1_UpdateRobotPartRequest__Output, _viam_app_v1_UpdateRobotPartResponse__Output>
  UpdateRobotPartMetadata: MethodDefinition<_viam_app_v1_UpdateRobotPartMetadataRequest, _viam_app_v1_UpdateRobotPartMetadataResponse, _viam_app_v1_UpdateRobotPartMetadataRequest__Output, _viam_app_v1_UpdateRobotPartMetadataResponse__Output>
  UploadModuleFile: MethodDefinition<_viam_app_v1_UploadModuleFileRequest, _viam_app_v1_UploadModuleFileResponse, _viam_app_v1_UploadModuleFileRequest__Output, _viam_app_v1_UploadModuleFileResponse__Output>
}
