import type { SpaceView } from '@repairable/core';
import { api } from '../api';
import type { ScreenProps } from '../app';
import { Alert } from '../components/alert';
import { Link } from '../components/link';
import { PageTitle } from '../components/page-title';
import { useLoad } from '../components/use-load';
import { SPACE_KIND_LABELS } from '../labels';
import { AddMember } from './space/add-member';
import { LeaveSpace } from './space/leave-space';
import { MemberList } from './space/member-list';
import { RenameSpace } from './space/rename-space';

export function SpaceScreen(props: ScreenProps) {
  const spaceId = props.params.spaceId ?? '';
  const space = useLoad(() => api.space(spaceId), spaceId);

  if (space.error) return <SpaceUnavailable message={space.error.message} status={space.error.status} />;
  if (!space.data) return <p class="loading">Loading…</p>;

  const current = space.data;
  const update = (next: SpaceView) => space.set(next);
  return (
    <>
      <PageTitle>{current.name}</PageTitle>
      <p class="subtitle">{SPACE_KIND_LABELS[current.kind]}</p>

      <section class="panel" aria-labelledby="members-heading">
        <h2 id="members-heading">Members</h2>
        <MemberList space={current} onChange={update} />
        <Link href={`/spaces/${current.id}/invite`} class="button">
          Invite someone
        </Link>
      </section>

      <section class="panel" aria-labelledby="add-heading">
        <h2 id="add-heading">Add someone without an account</h2>
        <p class="muted">For a young child, or someone who isn't on Repairable. They won't sign in or see anything.</p>
        <AddMember space={current} onChange={update} />
      </section>

      <section class="panel panel-quiet" aria-labelledby="space-settings-heading">
        <h2 id="space-settings-heading">This space</h2>
        <div class="actions">
          <RenameSpace space={current} onChange={update} />
          <LeaveSpace space={current} />
        </div>
      </section>
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
