import { DomainError } from '../errors';
import { type Change, event, next } from './transitions';
import type { Rupture } from './types';
import { canSeeRupture, isHarm } from './visibility';

/**
 * "This was harm" (rule 9), said by a rupture's author at any time, in any
 * status, whether it was kept private or shared. The rupture leaves the
 * repair flow and everyone else's view: it becomes harm and private for
 * good, its break and its link to an earlier rupture are dropped (a harm
 * rupture links to nothing), and its history stays for its author alone.
 *
 * It cannot be undone: taking it back would show it to the others again,
 * and that is exactly what someone could be pressed into doing. Marking it
 * twice changes nothing.
 *
 * @example markHarm({ rupture, actorMemberId: rupture.authorMemberId, at }).rupture.kinds // [..., 'harm']
 */
export function markHarm(props: { rupture: Rupture; actorMemberId: string; at: string }): Change {
  const { rupture: r, actorMemberId, at } = props;
  if (!canSeeRupture(actorMemberId, r)) throw new DomainError('not_involved');
  if (r.authorMemberId !== actorMemberId) throw new DomainError('only_author');
  if (isHarm(r)) return { rupture: r, events: [], created: {} };
  const rupture = next(r, { kinds: [...r.kinds, 'harm'], visibility: 'private', pausedUntil: null, linkedToId: null });
  return { rupture, events: [event('rupture.marked_harm', rupture, actorMemberId, at)], created: {} };
}
