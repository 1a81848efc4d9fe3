import type { MemberView, SpaceView, TimelineItem } from '@repairable/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { errorMessage } from '../../api';
import { Alert } from '../../components/alert';
import { RuptureLink } from '../../components/rupture-item';
import { useAction } from '../../components/use-action';
import { repairApi, type TimelinePage } from '../../repair-api';
import { checkinLabel, MOMENT_LABELS } from '../../repair-labels';
import { displayNameOf } from '../../rupture-status';
import { relativeTime } from '../../time';

const PAGE = 20;
/** The API's largest page: a live refresh reloads what is shown in one request, up to this. */
const MAX_PAGE = 100;

/**
 * Everything the viewer may see, newest first: ruptures, positive moments
 * and their own check-ins, with "Show more" for older ones. A refresh (live
 * or after logging) reloads as many items as are already shown.
 */
export function Timeline(props: { space: SpaceView; refresh: number }) {
  const [page, setPage] = useState<TimelinePage | undefined>(undefined);
  // One error line serves both the (re)loading below and "Show more".
  const { busy, error, setError, run } = useAction();
  const shown = useRef(PAGE);
  const spaceId = props.space.id;

  useEffect(() => {
    let live = true;
    const limit = Math.min(MAX_PAGE, Math.max(PAGE, shown.current));
    repairApi.timeline(spaceId, { limit }).then(
      (next) => {
        if (!live) return;
        setPage(next);
        setError(undefined);
      },
      (err: unknown) => {
        if (live) setError(errorMessage(err));
      },
    );
    return () => {
      live = false;
    };
  }, [spaceId, props.refresh]);

  async function showMore() {
    const before = page?.nextBefore;
    if (!page || !before) return;
    await run(async () => {
      const more = await repairApi.timeline(spaceId, { before, limit: PAGE });
      const items = [...page.items, ...more.items];
      shown.current = items.length;
      setPage({ items, nextBefore: more.nextBefore });
      // A live reload may have failed meanwhile; what is shown now is current.
      setError(undefined);
    });
  }

  const now = new Date();
  return (
    <section class="panel" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      <Alert message={error} />
      {page === undefined && !error && <p class="loading">Loading…</p>}
      {page?.items.length === 0 && <p class="empty-note">Nothing here yet. Moments you note will gather here.</p>}
      {page && page.items.length > 0 && (
        <ul class="items" aria-labelledby="timeline-heading">
          {page.items.map((item) => (
            <li key={itemKey(item)} class="item">
              <TimelineEntry item={item} members={props.space.members} now={now} />
            </li>
          ))}
        </ul>
      )}
      {page?.nextBefore && (
        <button type="button" class="button button-secondary" aria-disabled={busy} onClick={showMore}>
          Show more
        </button>
      )}
    </section>
  );
}

function itemKey(item: TimelineItem): string {
  if (item.type === 'rupture') return `r${item.rupture.id}`;
  if (item.type === 'moment') return `m${item.moment.id}`;
  return `c${item.checkin.id}`;
}

function TimelineEntry(props: { item: TimelineItem; members: readonly MemberView[]; now: Date }) {
  const { item, now } = props;
  if (item.type === 'rupture') return <RuptureLink rupture={item.rupture} members={props.members} now={now} />;
  if (item.type === 'checkin') {
    return (
      <div class="item-body">
        <span class="item-title">{checkinLabel(item.checkin)}</span>{' '}
        <span class="item-meta">{relativeTime(item.checkin.createdAt, now)} · only you see this</span>
      </div>
    );
  }
  const { moment } = item;
  const who = moment.isMine
    ? moment.visibility === 'private'
      ? 'just for you'
      : 'shared by you'
    : `from ${displayNameOf(moment.authorMemberId, props.members)}`;
  return (
    <div class="item-body">
      <span class="item-title">{MOMENT_LABELS[moment.kind]}</span>{' '}
      <span class="item-meta">
        {relativeTime(moment.createdAt, now)} · {who}
      </span>
      {moment.note && <span class="item-note">{moment.note}</span>}
    </div>
  );
}
