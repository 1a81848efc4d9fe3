import type { SpaceView, TimelineItem } from '@repairable/core';
import { Alert, Status } from '../../components/alert';
import { RuptureLink } from '../../components/rupture-item';
import { ShowMore } from '../../components/show-more';
import { usePages } from '../../components/use-pages';
import { repairApi } from '../../repair-api';
import { MOMENT_LABELS } from '../../repair-labels';
import { displayNameOf } from '../../rupture-status';
import { relativeTime } from '../../time';
import { EntryActions } from './entry-actions';
import { CheckinEntry, type EntryProps, useEntryChanges } from './own-entries';

const PAGE = 20;

/**
 * Everything the viewer may see, newest first: ruptures, positive moments
 * and their own check-ins, with "Show more" for older ones. A refresh (live
 * or after logging) reloads as many items as are already shown.
 */
export function Timeline(props: { space: SpaceView; refresh: number; saidBefore?: string }) {
  const spaceId = props.space.id;
  const page = usePages((request) => repairApi.timeline(spaceId, request), `${spaceId}|${props.refresh}`, PAGE);
  const changes = useEntryChanges(page.reload, props.saidBefore);

  const now = new Date();
  return (
    <section class="panel" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" tabIndex={-1} ref={changes.heading}>
        Timeline
      </h2>
      <Status message={changes.said} />
      <Alert message={page.error} />
      {page.items === undefined && !page.error && <p class="loading">Loading…</p>}
      {page.items?.length === 0 && <p class="empty-note">Nothing here yet. Moments you note will gather here.</p>}
      {page.items && page.items.length > 0 && (
        <ul class="plain-list items" aria-labelledby="timeline-heading">
          {page.items.map((item) => (
            <li key={itemKey(item)} class="item">
              <TimelineEntry
                item={item}
                spaceId={spaceId}
                members={props.space.members}
                now={now}
                onChanged={changes.onChanged}
              />
            </li>
          ))}
        </ul>
      )}
      <ShowMore pages={page} />
    </section>
  );
}

function itemKey(item: TimelineItem): string {
  if (item.type === 'rupture') return `r${item.rupture.id}`;
  if (item.type === 'moment') return `m${item.moment.id}`;
  return `c${item.checkin.id}`;
}

function TimelineEntry(props: EntryProps & { item: TimelineItem }) {
  const { item, now, spaceId } = props;
  if (item.type === 'rupture') return <RuptureLink rupture={item.rupture} members={props.members} now={now} />;
  if (item.type === 'checkin') return <CheckinEntry {...props} checkin={item.checkin} />;
  const { moment } = item;
  const who = moment.isMine
    ? moment.visibility === 'private'
      ? 'just for you'
      : 'shared by you'
    : `from ${displayNameOf(moment.authorMemberId, props.members)}`;
  const when = relativeTime(moment.createdAt, now);
  return (
    <>
      <div class="item-body">
        <span class="item-title">{MOMENT_LABELS[moment.kind]}</span>{' '}
        <span class="item-meta">
          {when} · {who}
          {moment.editedAt && ' · edited'}
        </span>
        {moment.note && <span class="item-note">{moment.note}</span>}
      </div>
      {moment.isMine && (
        <EntryActions
          what={`${MOMENT_LABELS[moment.kind].toLowerCase()}, ${when}`}
          edit={{ href: `/spaces/${spaceId}/moments/${moment.id}/edit` }}
          remove={() => repairApi.deleteMoment(spaceId, moment.id)}
          onDeleted={() => props.onChanged('Deleted.', true)}
        />
      )}
    </>
  );
}
