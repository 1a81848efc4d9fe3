import type { MemberView, RuptureView } from '@repairable/core';
import { isOpen } from '@repairable/core';
import { statusWords } from '../rupture-status';
import { listLabel } from '../safety-labels';
import { relativeTime } from '../time';
import { Link } from './link';

/**
 * A rupture in a list: a link named by its size and kinds ("Tiny · Eye
 * roll"), then how long ago, then, once shared or closed, its status in
 * words, and "edited" once its author changed it. Never its topic or note. One marked as harm reads "A private note"
 * and how long ago, nothing more (SECURITY.md P6: a glance says nothing).
 */
export function RuptureLink(props: { rupture: RuptureView; members: readonly MemberView[]; now: Date }) {
  const { rupture, now } = props;
  // Private ones say nothing more while open; closed ones say how they closed.
  const status =
    !rupture.harm && (rupture.visibility === 'shared' || !isOpen(rupture))
      ? statusWords(rupture, { members: props.members, now })
      : undefined;
  return (
    <Link href={`/spaces/${rupture.spaceId}/ruptures/${rupture.id}`} class="item-link">
      <span class="item-title">{listLabel(rupture)}</span>{' '}
      <span class="item-meta">
        {relativeTime(rupture.occurredAt, now)}
        {status ? ` · ${status}` : ''}
        {rupture.editedAt && !rupture.harm ? ' · edited' : ''}
      </span>
    </Link>
  );
}
