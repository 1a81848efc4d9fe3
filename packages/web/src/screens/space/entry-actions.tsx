import { LIMITS } from '@repairable/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Alert } from '../../components/alert';
import { ErrorSummary } from '../../components/error-summary';
import { Link } from '../../components/link';
import { TextArea } from '../../components/text-area';
import { useAction } from '../../components/use-action';
import { apiErrors, useForm } from '../../components/use-form';

/**
 * The quiet "Edit" and "Delete" under one's own timeline entry. Their names
 * say which entry (`what`, e.g. "appreciation, 5 minutes ago"), so a list of
 * them reads clearly to a screen reader. Delete asks once, in plain words,
 * inline (never a modal, so the quick exit stays in reach).
 */
export function EntryActions(props: {
  what: string;
  /** A link to an edit screen, or a button that opens an editor in place. */
  edit: { href: string } | { open: () => void };
  remove: () => Promise<void>;
  /** After a delete: the list reloads and says so. */
  onDeleted: () => void;
  /** The Edit button, so an editor that closes can give focus back to it. */
  editRef?: { current: HTMLButtonElement | null };
}) {
  const [asking, setAsking] = useState(false);
  const { busy, error, setError, run } = useAction();
  const question = useRef<HTMLParagraphElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) question.current?.focus();
    else if (returnFocus.current) deleteButton.current?.focus();
    returnFocus.current = false;
  }, [asking]);

  const hidden = <span class="visually-hidden"> {props.what}</span>;
  if (asking) {
    return (
      <div class="entry-confirm">
        <p tabIndex={-1} ref={question}>
          Delete this? It can’t be brought back.
        </p>
        <Alert message={error} />
        <div class="entry-actions">
          <button
            type="button"
            class="button-small"
            aria-disabled={busy}
            onClick={() =>
              run(async () => {
                await props.remove();
                props.onDeleted();
              })
            }
          >
            Yes, delete{hidden}
          </button>
          <button
            type="button"
            class="button button-quiet"
            onClick={() => {
              returnFocus.current = true;
              setError(undefined);
              setAsking(false);
            }}
          >
            Keep it
          </button>
        </div>
      </div>
    );
  }
  return (
    <div class="entry-actions">
      {'href' in props.edit ? (
        <Link href={props.edit.href} class="button button-quiet">
          Edit{hidden}
        </Link>
      ) : (
        <button type="button" class="button button-quiet" ref={props.editRef} onClick={props.edit.open}>
          Edit{hidden}
        </button>
      )}
      <button type="button" class="button button-quiet" ref={deleteButton} onClick={() => setAsking(true)}>
        Delete{hidden}
      </button>
    </div>
  );
}

/**
 * A check-in's note, edited in place: its state and intensity stay, being a
 * reading of one moment (to correct those, delete it and check in again).
 * A failed save keeps the words and says why.
 */
export function CheckinNoteEditor(props: {
  note: string | null;
  what: string;
  save: (note: string | null) => Promise<void>;
  close: () => void;
}) {
  const form = useForm<{ note: string }>({
    initial: { note: props.note ?? '' },
    rules: {},
    limits: { note: LIMITS.note },
    names: { note: 'The note' },
    order: ['note'],
  });
  const { busy, run } = useAction();
  const text = useRef<HTMLTextAreaElement | null>(null);
  useEffect(() => text.current?.focus(), []);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy || !form.check()) return;
    await run(async () => {
      try {
        await props.save(form.values.note.trim() || null);
      } catch (err) {
        form.fail(apiErrors(err, {}));
        throw err;
      }
    });
  }

  return (
    <form class="entry-editor" onSubmit={submit} noValidate aria-label={`Note on ${props.what}`}>
      <ErrorSummary {...form.summary} />
      <TextArea label="Note on this check-in" {...form.bind('note')} rows={3} textRef={text} />
      <div class="entry-actions">
        <button type="submit" class="button-small" aria-disabled={busy}>
          Save note
        </button>
        <button type="button" class="button button-quiet" onClick={props.close}>
          Cancel
        </button>
      </div>
    </form>
  );
}
