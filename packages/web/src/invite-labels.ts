import type { OpenInviteView } from '@repairable/core';
import { formatDate } from './labels';
import { relativeTime } from './time';

/**
 * The two lines an open invite is shown with: until when its link works, and
 * who made it how long ago (which tells two links of one day apart). "Another
 * member" rather than a name: the list is about links, and every member may
 * cancel any of them.
 *
 * @example describeOpenInvite(invite, now) // { until: 'Works until 8 December 2025', made: 'You made it 5 minutes ago' }
 */
export function describeOpenInvite(invite: OpenInviteView, now: Date): { until: string; made: string } {
  const maker = invite.madeByMe ? 'You made it' : 'Another member made it';
  return {
    until: `Works until ${formatDate(invite.expiresAt)}`,
    made: `${maker} ${relativeTime(invite.createdAt, now)}`,
  };
}
