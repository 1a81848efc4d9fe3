import type { SpaceView } from '@repairable/core';
import { IconUsers } from '../../components/icon';
import { Link } from '../../components/link';
import { AddMember } from './add-member';
import { LeaveSpace } from './leave-space';
import { MemberList } from './member-list';
import { RenameSpace } from './rename-space';

/** The people screen's sections: members and inviting, someone without an account, and the space itself. */
export function People(props: { space: SpaceView; onChange: (space: SpaceView) => void }) {
  const { space, onChange } = props;
  return (
    <div class="columns">
      <div class="column-main stack-sections">
        <section class="panel" aria-labelledby="members-heading">
          <h2 id="members-heading">Members</h2>
          <MemberList space={space} onChange={onChange} />
          <Link href={`/spaces/${space.id}/invite`} class="button">
            <IconUsers /> Invite someone
          </Link>
        </section>

        <section class="panel" aria-labelledby="add-heading">
          <h2 id="add-heading">Add someone without an account</h2>
          <p class="muted">
            For a young child, or someone who isn't on Repairable. They won't sign in or see anything.
          </p>
          <AddMember space={space} onChange={onChange} />
        </section>
      </div>

      <aside class="column-aside" aria-labelledby="space-settings-heading">
        <section class="panel panel-quiet">
          <h2 id="space-settings-heading">This space</h2>
          <div class="actions actions-stacked">
            <RenameSpace space={space} onChange={onChange} />
            <LeaveSpace space={space} />
          </div>
        </section>
      </aside>
    </div>
  );
}
