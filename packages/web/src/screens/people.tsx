import { api } from '../api';
import type { ScreenProps } from '../app';
import { PageTitle } from '../components/page-title';
import { useLiveRefresh } from '../components/use-live';
import { useLoad } from '../components/use-load';
import { People } from './space/people';
import { SpaceUnavailable } from './space/space-unavailable';

/**
 * "People and settings" for one space: its members, inviting someone,
 * adding someone without an account, renaming and leaving. Joins and leaves
 * elsewhere show up live.
 */
export function PeopleScreen(props: ScreenProps) {
  const spaceId = props.params.spaceId ?? '';
  const space = useLoad(() => api.space(spaceId), spaceId);
  useLiveRefresh(spaceId, (message) => {
    if (message === null || message.type === 'member.joined' || message.type === 'member.left') space.reload();
  });

  if (space.error) return <SpaceUnavailable message={space.error.message} status={space.error.status} />;
  if (!space.data) return <p class="loading">Loading…</p>;
  const current = space.data;
  return (
    <>
      <PageTitle back={{ href: `/spaces/${current.id}`, label: current.name }}>People and settings</PageTitle>
      <People space={current} onChange={space.set} />
    </>
  );
}
