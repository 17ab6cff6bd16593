/** Subscription.machineStatus: attaches the operation to the shared status poll of its organization and credentials. */
import type { GraphQLContext } from '../context.ts';
import { clientError } from '../upstream/errors.ts';
import type { SubscriberEvent } from '../upstream/log-subscriber.ts';
import type { StatusEvent } from '../upstream/machine-status-diff.ts';

export interface MachineStatusSubscriptionArgs {
  organizationId: string;
  locationIds?: readonly string[] | null;
}

export function subscribeToMachineStatus(_root: unknown, args: MachineStatusSubscriptionArgs, ctx: GraphQLContext): Promise<AsyncIterableIterator<SubscriberEvent<StatusEvent>>> {
  const organizationId = args.organizationId.trim();
  if (!organizationId) throw clientError('BAD_USER_INPUT', 'organizationId is required');
  const locationIds = (args.locationIds ?? []).map((id) => id.trim());
  if (locationIds.some((id) => !id)) throw clientError('BAD_USER_INPUT', 'locationIds must not contain an empty id');
  return ctx.machineStatus.subscribe(ctx.upstream, { organizationId, locationIds });
}

/** The event; the error event that ends a subscription becomes the operation's error. */
export function machineStatusEvent(event: SubscriberEvent<StatusEvent>): StatusEvent {
  if ('error' in event) throw event.error;
  return event;
}
