import { api } from '../api';
import type { ScreenProps } from '../app';
import { Alert } from '../components/alert';
import { Link } from '../components/link';
import { PageTitle } from '../components/page-title';
import { useLiveRefresh } from '../components/use-live';
import { useLoad } from '../components/use-load';
import { People } from './space/people';

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

  if (space.error) {
    return (
      <>
        <PageTitle>This space did not load.</PageTitle>
        <Alert message={space.error.message} />
        <p>
          <Link href="/" class="button button-secondary">
            Back to your spaces
          </Link>
        </p>
      </>
    );
  }
  if (!space.data) return <p class="loading">Loading…</p>;
  const current = space.data;
  return (
    <>
      <PageTitle back={{ href: `/spaces/${current.id}`, label: current.name }}>People and settings</PageTitle>
      <People space={current} onChange={space.set} />
    </>
  );
}
