import type { SpaceView } from '@repairable/core';
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api';
import type { ScreenProps } from '../app';
import { Alert, Status } from '../components/alert';
import { Link } from '../components/link';
import { PageTitle } from '../components/page-title';
import { useLiveRefresh } from '../components/use-live';
import { useLoad } from '../components/use-load';
import { SPACE_KIND_LABELS } from '../labels';
import { takeFlash } from '../state';
import { OpenList } from './space/open-list';
import { People } from './space/people';
import { QuickLog } from './space/quick-log';
import { Timeline } from './space/timeline';

/**
 * The space home (briefs/ui-contract-3.md): Quick log, Check in and
 * Something good, what is open, the timeline, and the people. What is open
 * and the timeline refresh when the live socket says something changed.
 */
export function SpaceScreen(props: ScreenProps) {
  const spaceId = props.params.spaceId ?? '';
  const space = useLoad(() => api.space(spaceId), spaceId);
  const [refresh, setRefresh] = useState(0);
  const [saved, setSaved] = useState<string | undefined>(undefined);
  const bump = () => setRefresh((n) => n + 1);
  useLiveRefresh(spaceId, bump);
  // A confirmation from the screen before ("Saved."), set once the page is there so it is announced.
  const loaded = space.data !== undefined;
  useEffect(() => {
    if (loaded) setSaved(takeFlash());
  }, [loaded]);

  if (space.error) return <SpaceUnavailable message={space.error.message} status={space.error.status} />;
  if (!space.data) return <p class="loading">Loading…</p>;

  const current = space.data;
  const update = (next: SpaceView) => space.set(next);
  return (
    <>
      <PageTitle>{current.name}</PageTitle>
      <p class="subtitle">{SPACE_KIND_LABELS[current.kind]}</p>
      <Status message={saved} />

      <QuickLog space={current} onSaved={bump} />

      <div class="actions home-links">
        <Link href={`/spaces/${current.id}/check-in`} class="button button-secondary">
          Check in
        </Link>
        <Link href={`/spaces/${current.id}/moments/new`} class="button button-secondary">
          Something good
        </Link>
      </div>

      <OpenList space={current} refresh={refresh} />
      <Timeline space={current} refresh={refresh} />
      <People space={current} onChange={update} />
    </>
  );
}

function SpaceUnavailable(props: { message: string; status: number }) {
  const gone = props.status === 404 || props.status === 400;
  return (
    <>
      <PageTitle>{gone ? 'We could not find this space.' : 'This space did not load.'}</PageTitle>
      {gone ? <p>It may have been deleted, or you may have left it.</p> : <Alert message={props.message} />}
      <p>
        <Link href="/" class="button button-secondary">
          Back to your spaces
        </Link>
      </p>
    </>
  );
}
