import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ActionBar } from '../../components/action-bar';
import { Alert, Status } from '../../components/alert';
import { IconUndo } from '../../components/icon';
import { useAction } from '../../components/use-action';
import { type RuptureTarget, repairApi } from '../../repair-api';

/** How long "Undo" stays after saving. */
export const UNDO_MS = 8000;

export type Saved = RuptureTarget;

/**
 * The quick log's ActionBar at the bottom of the screen: "Save privately" while
 * logging, then for a few seconds after saving "Noted, just for you" with
 * "Undo" (announced politely; focus moves to Undo, since the Save button it
 * replaces is gone). Undo deletes the rupture just saved, which is still
 * private. When the time is up, focus returns to the start of the form.
 */
export function UndoBar(props: {
  saved: Saved | undefined;
  onUndone: () => void;
  onGone: () => void;
  children: ComponentChildren;
}) {
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [offer, setOffer] = useState<Saved | undefined>(undefined);
  const undoButton = useRef<HTMLButtonElement>(null);
  const { busy, error, run } = useAction();
  const gone = useRef(props.onGone);
  gone.current = props.onGone;

  useEffect(() => {
    // Starting the next log takes the offer back, so Save is there at once.
    if (!props.saved) {
      setOffer(undefined);
      return;
    }
    setOffer(props.saved);
    setMessage('Noted, just for you.');
    const timer = setTimeout(() => {
      const hadFocus = document.activeElement === undoButton.current;
      setOffer(undefined);
      if (hadFocus) gone.current();
    }, UNDO_MS);
    return () => clearTimeout(timer);
  }, [props.saved]);

  useEffect(() => {
    if (offer) undoButton.current?.focus();
  }, [offer]);

  async function undo() {
    if (busy || !offer) return;
    await run(async () => {
      await repairApi.remove(offer);
      setOffer(undefined);
      setMessage('Taken back. Nothing was kept.');
      gone.current();
      props.onUndone();
    });
  }

  return (
    <ActionBar message={<Alert message={error} />}>
      <div class="action-bar-status">
        <Status message={message} />
      </div>
      {offer && (
        <button type="button" class="button button-secondary" ref={undoButton} aria-disabled={busy} onClick={undo}>
          <IconUndo /> Undo
        </button>
      )}
      {!offer && props.children}
    </ActionBar>
  );
}
