import type { SpaceView } from '@repairable/core';
import { Link } from '../../components/link';
import { AddMember } from './add-member';
import { LeaveSpace } from './leave-space';
import { MemberList } from './member-list';
import { RenameSpace } from './rename-space';

/** The issue-2 part of the space home: members, invite, add someone without an account, rename, leave. */
export function People(props: { space: SpaceView; onChange: (space: SpaceView) => void }) {
  const { space, onChange } = props;
  return (
    <section class="people" aria-labelledby="people-heading">
      <h2 id="people-heading">People</h2>
      <div class="panel">
        <h3 id="members-heading">Members</h3>
        <MemberList space={space} onChange={onChange} />
        <Link href={`/spaces/${space.id}/invite`} class="button">
          Invite someone
        </Link>
      </div>

      <div class="panel">
        <h3 id="add-heading">Add someone without an account</h3>
        <p class="muted">For a young child, or someone who isn't on Repairable. They won't sign in or see anything.</p>
        <AddMember space={space} onChange={onChange} />
      </div>

      <div class="panel panel-quiet">
        <h3 id="space-settings-heading">This space</h3>
        <div class="actions">
          <RenameSpace space={space} onChange={onChange} />
          <LeaveSpace space={space} />
        </div>
      </div>
    </section>
  );
}
