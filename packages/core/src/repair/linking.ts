import { DomainError } from '../errors';
import type { MemberRecord } from '../spaces';
import { event, next } from './transitions';
import type { Rupture, RuptureEvent } from './types';
import { canLinkRuptures, canSeeRupture, linkMayMarkRepair } from './visibility';

/**
 * Recurring ruptures (rule 8): a new rupture is linked to an earlier one it
 * resembles, and a link to a repaired one marks that repair as one that did
 * not hold — but only where nobody learns of a rupture hidden from them
 * (SECURITY.md A4).
 */

export interface Recurrence {
  rupture: Rupture;
  earlier: Rupture;
  events: RuptureEvent[];
}

/**
 * Links `rupture` to `earlier`. Refused (`not_linkable`) when either is
 * harm, when `earlier` was not logged first, or when someone who can see
 * `rupture` could not see `earlier`. Linking again to the same one changes
 * nothing.
 *
 * @example linkRecurrence({ rupture, earlier, members, actorMemberId, at }).earlier.repairHeld
 */
export function linkRecurrence(props: {
  rupture: Rupture;
  earlier: Rupture;
  members: readonly MemberRecord[];
  actorMemberId: string;
  at: string;
}): Recurrence {
  const { rupture: r, earlier: e, actorMemberId, at } = props;
  if (!canSeeRupture(actorMemberId, r) || !canSeeRupture(actorMemberId, e)) throw new DomainError('not_involved');
  if (!canLinkRuptures(r, e, props.members)) throw new DomainError('not_linkable');
  if (r.linkedToId === e.id) return { rupture: r, earlier: e, events: [] };
  const rupture = next(r, { linkedToId: e.id });
  const marked = markRepairNotHeld({ rupture, earlier: e, members: props.members, actorMemberId, at });
  return {
    rupture,
    earlier: marked.earlier,
    events: [event('rupture.linked', rupture, actorMemberId, at), ...marked.events],
  };
}

/**
 * Marks the earlier rupture's repair as one that did not hold, when it was
 * repaired, still counted as held, and everyone who sees it can also see
 * the rupture that explains the mark. Called on linking and again when the
 * newer rupture is raised, since raising widens who sees it.
 */
export function markRepairNotHeld(props: {
  rupture: Rupture;
  earlier: Rupture;
  members: readonly MemberRecord[];
  actorMemberId: string;
  at: string;
}): { earlier: Rupture; events: RuptureEvent[] } {
  const { rupture: r, earlier: e } = props;
  if (r.linkedToId !== e.id || e.status !== 'repaired' || e.repairHeld === false) return { earlier: e, events: [] };
  if (!linkMayMarkRepair(r, e, props.members)) return { earlier: e, events: [] };
  const earlier = next(e, { repairHeld: false });
  return { earlier, events: [event('repair.did_not_hold', earlier, props.actorMemberId, props.at)] };
}
