import { useRef, useState } from 'preact/hooks';
import { api } from '../../api';
import { Alert, Status } from '../../components/alert';
import { useAction } from '../../components/use-action';
import { useLoad } from '../../components/use-load';
import { describeOpenInvite } from '../../invite-labels';

/**
 * The space's invite links that still work, each with a way to cancel it.
 * Any member may cancel any of them: whoever joins sees what the space
 * shares. `version` changes when a new link was made, to list it too.
 */
export function OpenInvites(props: { spaceId: string; version: number }) {
  const { spaceId } = props;
  const invites = useLoad(() => api.listInvites(spaceId), `${spaceId}:${props.version}`);
  const cancelling = useAction();
  const [done, setDone] = useState<string | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);

  function cancel(inviteId: string) {
    setDone(undefined);
    return cancelling.run(async () => {
      await api.cancelInvite(spaceId, inviteId);
      setDone('Invite cancelled. That link no longer works.');
      // The button pressed is gone with its row; keep the place in the page.
      heading.current?.focus();
      invites.reload();
    });
  }

  const list = invites.data;
  const now = new Date();
  return (
    <section class="panel panel-quiet" aria-labelledby="open-invites-heading">
      <h2 id="open-invites-heading" tabIndex={-1} ref={heading}>
        Links still open
      </h2>
      <p class="muted">Anyone with one of these links can join. Cancel any you no longer need.</p>
      <Status message={done} />
      <Alert message={invites.error?.message ?? cancelling.error} />
      {list === undefined && !invites.error && <p class="loading">Loading…</p>}
      {list?.length === 0 && <p>No invite links are open right now.</p>}
      {list && list.length > 0 && (
        <ul class="plain-list sessions" aria-labelledby="open-invites-heading">
          {list.map((invite) => {
            const words = describeOpenInvite(invite, now);
            return (
              <li key={invite.id} class="session">
                <span class="session-device">{words.until}</span>
                <span class="session-meta muted small">{words.made}</span>
                <button
                  type="button"
                  class="button-small"
                  aria-disabled={cancelling.busy}
                  aria-label={`Cancel invite: ${words.made.toLowerCase()}`}
                  onClick={() => cancel(invite.id)}
                >
                  Cancel invite
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
