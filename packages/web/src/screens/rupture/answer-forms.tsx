import { useState } from 'preact/hooks';
import { TextArea } from '../../components/text-area';

/** The server's bound on a need or a reconnection note. */
const SHORT_TEXT = 500;

/** "Not yet": what I still need, said plainly. Optional, never required to explain. */
export function NotYetForm(props: { busy: boolean; onSend: (need: string) => void; onCancel: () => void }) {
  const [need, setNeed] = useState('');
  function submit(event: Event) {
    event.preventDefault();
    if (!props.busy) props.onSend(need.trim());
  }
  return (
    <form class="stack inline-panel" onSubmit={submit} noValidate>
      <TextArea
        label="What I still need"
        hint="Optional. For example: a hug, to talk tonight, a little more time."
        value={need}
        onInput={setNeed}
        maxLength={SHORT_TEXT}
        rows={2}
      />
      <div class="actions">
        <button type="submit" class="button" aria-disabled={props.busy}>
          Send
        </button>
        <button type="button" class="button button-secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** For someone without an account (a child): the reconnection the person with them saw. */
export function ReconnectionForm(props: { busy: boolean; onSave: (note: string) => void; onCancel: () => void }) {
  const [note, setNote] = useState('');
  function submit(event: Event) {
    event.preventDefault();
    if (!props.busy) props.onSave(note.trim());
  }
  return (
    <form class="stack inline-panel" onSubmit={submit} noValidate>
      <TextArea
        label="What did you notice?"
        hint="calmed, came close, played again"
        value={note}
        onInput={setNote}
        maxLength={SHORT_TEXT}
        rows={2}
      />
      <div class="actions">
        <button type="submit" class="button" aria-disabled={props.busy}>
          Save reconnection
        </button>
        <button type="button" class="button button-secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
