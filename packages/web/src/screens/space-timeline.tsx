import type { LiveMessage } from '@repairable/core';
import { useState } from 'preact/hooks';
import { api } from '../api';
import type { ScreenProps } from '../app';
import { PageTitle } from '../components/page-title';
import { useLiveRefresh } from '../components/use-live';
import { useLoad } from '../components/use-load';
import { SpaceUnavailable } from './space/space-unavailable';
import { Timeline } from './space/timeline';

/**
 * A space's timeline on its own screen: everything the viewer may see,
 * newest first (ruptures, good moments, their own check-ins), a page at a
 * time. The space home keeps what is open and needs attention; this is the
 * longer look back. Live messages reload the space and the list.
 */
export function TimelineScreen(props: ScreenProps) {
  const spaceId = props.params.spaceId ?? '';
  const space = useLoad(() => api.space(spaceId), spaceId);
  const [refresh, setRefresh] = useState(0);
  useLiveRefresh(spaceId, (message: LiveMessage | null) => {
    if (message === null || message.type === 'member.joined' || message.type === 'member.left') space.reload();
    if (message?.type !== 'member.joined') setRefresh((n) => n + 1);
  });

  if (space.error) return <SpaceUnavailable message={space.error.message} status={space.error.status} />;
  if (!space.data) return <p class="loading">Loading…</p>;
  const current = space.data;
  return (
    <div class="timeline-screen">
      <PageTitle back={{ href: `/spaces/${current.id}`, label: current.name }}>Timeline</PageTitle>
      <p class="subtitle">Everything you can see here, newest first: ruptures, good moments and your own check-ins.</p>
      <Timeline space={current} refresh={refresh} />
    </div>
  );
}
