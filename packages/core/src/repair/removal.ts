import { DomainError } from '../errors';
import type { Rupture } from './types';
import { canSeeRupture } from './visibility';

/**
 * Taking back a rupture one logged (the quick log's "Undo", or deleting
 * one's own entry): only its author, and only while it is still private.
 * Once shared it belongs to the history of the people it involves, and
 * stays (an edit is marked, never silent). A rupture marked as harm is
 * private for good, so its author may always remove it.
 */
export function assertMayDeleteRupture(rupture: Rupture, actorMemberId: string): void {
  if (!canSeeRupture(actorMemberId, rupture)) throw new DomainError('not_involved');
  if (rupture.authorMemberId !== actorMemberId) throw new DomainError('only_author');
  if (rupture.visibility !== 'private') throw new DomainError('rupture_already_raised');
}
