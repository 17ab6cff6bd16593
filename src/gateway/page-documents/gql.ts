/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  subscription FleetPageStatus($organizationId: ID!) {\n    machineStatus(organizationId: $organizationId) {\n      kind\n      locations { id name }\n      robots { id name locationId onlineState lastAccess parts { id name mainPart onlineState viamServerVersion } }\n      changes { kind robotId locationId }\n    }\n  }\n": typeof types.FleetPageStatusDocument,
    "\n  subscription FleetPageErrors($organizationId: ID!) {\n    fleetLogs(organizationId: $organizationId, levels: [\"error\"]) { id robotId }\n  }\n": typeof types.FleetPageErrorsDocument,
    "\n  query FleetPageOrganizations {\n    organizations { id name }\n  }\n": typeof types.FleetPageOrganizationsDocument,
    "\n  query LogViewerFleet {\n    organizations {\n      id\n      name\n      locations {\n        id\n        name\n        parent { name }\n        robots { id name onlineState parts { id name mainPart } }\n      }\n    }\n  }\n": typeof types.LogViewerFleetDocument,
    "\n  subscription LogViewerTail($partId: ID!, $errorsOnly: Boolean, $filter: String) {\n    robotPartLogs(partId: $partId, errorsOnly: $errorsOnly, filter: $filter) { time level message loggerName }\n  }\n": typeof types.LogViewerTailDocument,
};
const documents: Documents = {
    "\n  subscription FleetPageStatus($organizationId: ID!) {\n    machineStatus(organizationId: $organizationId) {\n      kind\n      locations { id name }\n      robots { id name locationId onlineState lastAccess parts { id name mainPart onlineState viamServerVersion } }\n      changes { kind robotId locationId }\n    }\n  }\n": types.FleetPageStatusDocument,
    "\n  subscription FleetPageErrors($organizationId: ID!) {\n    fleetLogs(organizationId: $organizationId, levels: [\"error\"]) { id robotId }\n  }\n": types.FleetPageErrorsDocument,
    "\n  query FleetPageOrganizations {\n    organizations { id name }\n  }\n": types.FleetPageOrganizationsDocument,
    "\n  query LogViewerFleet {\n    organizations {\n      id\n      name\n      locations {\n        id\n        name\n        parent { name }\n        robots { id name onlineState parts { id name mainPart } }\n      }\n    }\n  }\n": types.LogViewerFleetDocument,
    "\n  subscription LogViewerTail($partId: ID!, $errorsOnly: Boolean, $filter: String) {\n    robotPartLogs(partId: $partId, errorsOnly: $errorsOnly, filter: $filter) { time level message loggerName }\n  }\n": types.LogViewerTailDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FleetPageStatus($organizationId: ID!) {\n    machineStatus(organizationId: $organizationId) {\n      kind\n      locations { id name }\n      robots { id name locationId onlineState lastAccess parts { id name mainPart onlineState viamServerVersion } }\n      changes { kind robotId locationId }\n    }\n  }\n"): typeof import('./graphql').FleetPageStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FleetPageErrors($organizationId: ID!) {\n    fleetLogs(organizationId: $organizationId, levels: [\"error\"]) { id robotId }\n  }\n"): typeof import('./graphql').FleetPageErrorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FleetPageOrganizations {\n    organizations { id name }\n  }\n"): typeof import('./graphql').FleetPageOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LogViewerFleet {\n    organizations {\n      id\n      name\n      locations {\n        id\n        name\n        parent { name }\n        robots { id name onlineState parts { id name mainPart } }\n      }\n    }\n  }\n"): typeof import('./graphql').LogViewerFleetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LogViewerTail($partId: ID!, $errorsOnly: Boolean, $filter: String) {\n    robotPartLogs(partId: $partId, errorsOnly: $errorsOnly, filter: $filter) { time level message loggerName }\n  }\n"): typeof import('./graphql').LogViewerTailDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
