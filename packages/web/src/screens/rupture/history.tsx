import { LIMITS, type RuptureDetailView } from '@repairable/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Edited } from '../../components/edited';
import { ErrorSummary } from '../../components/error-summary';
import { IconEdit } from '../../components/icon';
import { TextArea } from '../../components/text-area';
import { type Form, useForm } from '../../components/use-form';
import type { People } from '../../next-step-words';
import { repairApi } from '../../repair-api';
import { type HistoryEntry, historyOf } from '../../rupture-history';
import type { RuptureState } from './use-rupture';

/**
 * What was said, in order, with times: "14:02 · Sam: apology — I'm sorry
 * I rolled my eyes." Earlier rounds stay; nothing vanishes when someone
 * tries again. Someone who left reads as "Ben (left)". Words someone
 * changed say "edited" and when, to everyone; one's own words have a small
 * "Edit" that opens a box in place.
 */
export function History(props: { rupture: RuptureDetailView; people: People; now: Date; state: RuptureState }) {
  const entries = historyOf(props.rupture, props.people, props.now);
  return (
    <section class="panel panel-quiet" aria-labelledby="history-heading">
      <h2 id="history-heading">What was said</h2>
      {entries.length === 0 ? (
        <p class="muted">Nothing yet. Anyone involved can make the first move, whenever they're ready.</p>
      ) : (
        <ol class="plain-list ruled-list history" aria-labelledby="history-heading">
          {entries.map((entry) => (
            <HistoryLine key={entry.id} entry={entry} state={props.state} />
          ))}
        </ol>
      )}
    </section>
  );
}

function HistoryLine(props: { entry: HistoryEntry; state: RuptureState }) {
  const { entry, state } = props;
  const [editing, setEditing] = useState(false);
  return (
    <li class="history-entry">
      <time dateTime={entry.at} class="history-time">
        {entry.time}
      </time>
      <span aria-hidden="true"> · </span>
      <span>
        <strong>{entry.who}</strong>: {entry.what}
      </span>
      {entry.edited && <Edited at={entry.edited.at} time={entry.edited.time} />}
      {entry.editable && !editing && (
        <button type="button" class="button button-quiet button-small history-edit" onClick={() => setEditing(true)}>
          <IconEdit /> Edit<span class="visually-hidden"> {entry.editable.label.toLowerCase()}</span>
        </button>
      )}
      {entry.editable && editing && <WordsEditor entry={entry} state={state} onDone={() => setEditing(false)} />}
    </li>
  );
}

type Words = { text: string };

/**
 * One's own words, in a box in place, with Save and Cancel. The rupture's
 * own version goes with the save (If-Match); if it changed meanwhile, the
 * latest is shown and the words stay in the box to save again.
 */
function WordsEditor(props: { entry: HistoryEntry; state: RuptureState; onDone: () => void }) {
  const { entry, state } = props;
  const words = entry.editable;
  const limit = words?.field === 'message' ? LIMITS.note : LIMITS.shortNote;
  const form: Form<Words> = useForm<Words>({
    initial: { text: words?.text ?? '' },
    rules: {},
    limits: { text: limit },
    names: { text: words?.label ?? 'This' },
    order: ['text'],
  });
  const box = useRef<HTMLTextAreaElement | null>(null);
  useEffect(() => box.current?.focus(), []);
  if (!words) return null;

  async function save(event: Event) {
    event.preventDefault();
    if (state.busy || !form.check() || !words) return;
    const text = form.values.text.trim() || null;
    const saved = await state.run((target) =>
      words.kind === 'attempt'
        ? repairApi.editAttempt(target, entry.id, text)
        : repairApi.editResponse(target, entry.id, words.field === 'need' ? { need: text } : { note: text }),
    );
    if (saved) props.onDone();
  }

  return (
    <form class="stack history-editor" onSubmit={save} noValidate>
      <ErrorSummary {...form.summary} />
      {state.stale && (
        <p class="note note-info">Something changed while you were writing. Your words are still here: save again.</p>
      )}
      <TextArea label={words.label} {...form.bind('text')} textRef={box} rows={words.field === 'message' ? 4 : 2} />
      <div class="actions">
        <button type="submit" class="button button-secondary" aria-disabled={state.busy}>
          Save
        </button>
        <button type="button" class="button button-quiet" onClick={props.onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
