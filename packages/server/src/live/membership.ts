import type { Member } from '@repairable/core';
import { spaceAudienceAccounts } from '../access/space-audience';
import type { EventBus } from '../ports/event-bus';

/**
 * After the commit: tells the space's other members that someone joined or
 * left, so their people list and home refetch. Only `{type, spaceId}`: who
 * it was is read through the API, like everything else.
 */
export function announceMembership(
  bus: EventBus,
  props: {
    type: 'member.joined' | 'member.left';
    spaceId: string;
    members: readonly Member[];
    actorAccountId: string | null;
  },
): void {
  const accountIds = spaceAudienceAccounts(props.members, props.actorAccountId);
  if (accountIds.length === 0) return;
  bus.publish({ accountIds, message: { type: props.type, spaceId: props.spaceId } });
}
