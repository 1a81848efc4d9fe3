import type { SpaceView } from '@repairable/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../api';
import { Alert } from '../../components/alert';
import { useAction } from '../../components/use-action';
import { navigate } from '../../router';
import { revealElement } from '../../scroll-into-view';

/**
 * Leaving needs nobody's approval (SECURITY.md P3). The confirmation is an
 * inline panel rather than a modal dialog, so the quick exit stays usable.
 */
export function LeaveSpace(props: { space: SpaceView }) {
  const [confirming, setConfirming] = useState(false);
  const { busy, error, setError, run } = useAction({ leaves: true });
  const [removeShared, setRemoveShared] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const lastWithAccount = props.space.members.filter((m) => m.hasAccount && !m.isMe).length === 0;

  const returnFocus = useRef(false);

  useEffect(() => {
    if (!confirming) {
      if (returnFocus.current) opener.current?.focus();
      returnFocus.current = false;
      return;
    }
    // Bring the whole question into view, Leave and Stay included, clear of the phone's bottom
    // navigation (which is fixed, so the browser's own scrolling would leave it underneath).
    if (panel.current) revealElement(panel.current);
    heading.current?.focus({ preventScroll: true });
  }, [confirming]);

  async function leave() {
    await run(async () => {
      await api.leaveSpace(props.space.id, { removeShared });
      navigate('/');
    });
  }

  function stay() {
    // Focus goes back to the button that opened the question once it is shown again.
    returnFocus.current = true;
    setConfirming(false);
    setError(undefined);
  }

  if (!confirming) {
    return (
      <button type="button" class="button button-secondary" ref={opener} onClick={() => setConfirming(true)}>
        Leave this space
      </button>
    );
  }
  return (
    <div class="confirm" ref={panel}>
      <h4 tabIndex={-1} ref={heading}>
        Leave this space?
      </h4>
      <p>
        You can leave on your own; nobody needs to agree. You will no longer see this space. What you kept private
        leaves with you.
      </p>
      {!lastWithAccount && (
        <label class="check">
          <input type="checkbox" checked={removeShared} onChange={(e) => setRemoveShared(e.currentTarget.checked)} />
          Also remove what I shared, and my words on the others' ruptures
        </label>
      )}
      {lastWithAccount && (
        <p>
          <strong>You are the only person here with an account,</strong> so the space and everything in it will be
          deleted.
        </p>
      )}
      <Alert message={error} />
      <div class="actions">
        <button type="button" class="button button-caution" aria-disabled={busy} onClick={leave}>
          Leave
        </button>
        <button type="button" class="button button-secondary" onClick={stay}>
          Stay
        </button>
      </div>
    </div>
  );
}
