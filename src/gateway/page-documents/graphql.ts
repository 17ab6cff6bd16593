/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** One change to the fleet as machineStatus sees it. */
export type MachineStatusChangeKind =
  /** A location came into scope (`location`). */
  | 'LOCATION_ADDED'
  /** A location left the scope or was deleted (`locationId`). */
  | 'LOCATION_REMOVED'
  /** A location has a new name (`location`, `previousName`). */
  | 'LOCATION_RENAMED'
  /** A part (`partId` set) or a robot as a whole (`partId` null) went offline: no contact within the upstream's online window. */
  | 'OFFLINE'
  /** A part (`partId` set) or a robot as a whole (`partId` null) came online. */
  | 'ONLINE'
  /** A part was added to a robot (`part`, `robot`). */
  | 'PART_ADDED'
  /** A part was deleted (`partId`, `robot`). */
  | 'PART_REMOVED'
  /** A part has a new name (`part`, `previousName`). */
  | 'PART_RENAMED'
  /** What a part reports changed: viam-server or agent version, OS, platform, address, or which part is main (`part`). */
  | 'PART_UPDATED'
  /** A robot came into scope (`robot`, with its parts); also a robot moved here from outside the scope. */
  | 'ROBOT_ADDED'
  /** A robot moved to another location in scope (`robot`, `previousLocationId`). */
  | 'ROBOT_MOVED'
  /** A robot left the scope or was deleted (`robotId`); also a robot moved outside the scope. */
  | 'ROBOT_REMOVED'
  /** A robot has a new name (`robot`, `previousName`). */
  | 'ROBOT_RENAMED';

/** What a machineStatus event holds. */
export type MachineStatusEventKind =
  /** What changed since the previous event; apply `changes` in order. */
  | 'CHANGE'
  /** The first event: every location and robot in scope; replace what you hold. */
  | 'SNAPSHOT';

/** Whether a robot or part has been in contact with the cloud recently. */
export type OnlineState =
  /** Never connected yet. */
  | 'AWAITING_SETUP'
  /** Seen before, but not recently. */
  | 'OFFLINE'
  /** Seen recently. */
  | 'ONLINE'
  /** The upstream did not say. */
  | 'UNSPECIFIED';

export type FleetPageStatusSubscriptionVariables = Exact<{
  organizationId: string | number;
}>;


export type FleetPageStatusSubscription = { machineStatus: { kind: MachineStatusEventKind, locations: Array<{ id: string, name: string }>, robots: Array<{ id: string, name: string, locationId: string, onlineState: OnlineState, lastAccess: string | null, parts: Array<{ id: string, name: string, mainPart: boolean, onlineState: OnlineState, viamServerVersion: string | null }> }>, changes: Array<{ kind: MachineStatusChangeKind, robotId: string | null, locationId: string }> } };

export type FleetPageErrorsSubscriptionVariables = Exact<{
  organizationId: string | number;
}>;


export type FleetPageErrorsSubscription = { fleetLogs: Array<{ id: string, robotId: string }> };

export type FleetPageOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type FleetPageOrganizationsQuery = { organizations: Array<{ id: string, name: string }> | null };

export type LogViewerFleetQueryVariables = Exact<{ [key: string]: never; }>;


export type LogViewerFleetQuery = { organizations: Array<{ id: string, name: string, locations: Array<{ id: string, name: string, parent: { name: string } | null, robots: Array<{ id: string, name: string, onlineState: OnlineState | null, parts: Array<{ id: string, name: string, mainPart: boolean }> | null }> | null }> | null }> | null };

export type LogViewerTailSubscriptionVariables = Exact<{
  partId: string | number;
  errorsOnly?: boolean | null | undefined;
  filter?: string | null | undefined;
}>;


export type LogViewerTailSubscription = { robotPartLogs: Array<{ time: string | null, level: string, message: string, loggerName: string | null }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const FleetPageStatusDocument = new TypedDocumentString(`
    subscription FleetPageStatus($organizationId: ID!) {
  machineStatus(organizationId: $organizationId) {
    kind
    locations {
      id
      name
    }
    robots {
      id
      name
      locationId
      onlineState
      lastAccess
      parts {
        id
        name
        mainPart
        onlineState
        viamServerVersion
      }
    }
    changes {
      kind
      robotId
      locationId
    }
  }
}
    `) as unknown as TypedDocumentString<FleetPageStatusSubscription, FleetPageStatusSubscriptionVariables>;
export const FleetPageErrorsDocument = new TypedDocumentString(`
    subscription FleetPageErrors($organizationId: ID!) {
  fleetLogs(organizationId: $organizationId, levels: ["error"]) {
    id
    robotId
  }
}
    `) as unknown as TypedDocumentString<FleetPageErrorsSubscription, FleetPageErrorsSubscriptionVariables>;
export const FleetPageOrganizationsDocument = new TypedDocumentString(`
    query FleetPageOrganizations {
  organizations {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<FleetPageOrganizationsQuery, FleetPageOrganizationsQueryVariables>;
export const LogViewerFleetDocument = new TypedDocumentString(`
    query LogViewerFleet {
  organizations {
    id
    name
    locations {
      id
      name
      parent {
        name
      }
      robots {
        id
        name
        onlineState
        parts {
          id
          name
          mainPart
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LogViewerFleetQuery, LogViewerFleetQueryVariables>;
export const LogViewerTailDocument = new TypedDocumentString(`
    subscription LogViewerTail($partId: ID!, $errorsOnly: Boolean, $filter: String) {
  robotPartLogs(partId: $partId, errorsOnly: $errorsOnly, filter: $filter) {
    time
    level
    message
    loggerName
  }
}
    `) as unknown as TypedDocumentString<LogViewerTailSubscription, LogViewerTailSubscriptionVariables>;