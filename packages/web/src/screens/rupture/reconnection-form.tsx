import type { Feeling } from '@repairable/core';
import { useState } from 'preact/hooks';
import { Alert } from '../../components/alert';
import { CheckboxGroup, RadioGroup } from '../../components/choices';
import { TextArea } from '../../components/text-area';

/** The server's bound on a need or a reconnection note. */
const SHORT_TEXT = 500;

const SEEN = ['came back to play', 'calmed', 'came close', 'smiled again', 'asked for a hug', 'talked to me'] as const;
type Seen = (typeof SEEN)[number];
const SEEN_OPTIONS = SEEN.map((value) => ({ value, label: value.charAt(0).toUpperCase() + value.slice(1) }));

const FEEL_OPTIONS = [
  { value: 'repaired', label: 'It feels repaired for me too' },
  { value: 'not_yet', label: 'Not yet for me' },
] as const satisfies readonly { value: Feeling; label: string }[];

export interface Reconnection {
  note?: string;
  feel?: Feeling;
  need?: string;
}

/** "came back to play, calmed — she brought me her teddy". */
export function reconnectionNote(seen: readonly string[], words: string): string {
  const chips = seen.join(', ');
  const free = words.trim();
  return chips && free ? `${chips} — ${free}` : chips || free;
}

/**
 * Parent mode, one step (rule 4): what the parent saw the child do — a few
 * chips and a free note — and, when they still owe it, their own answer,
 * sent together. Nothing is required to explain; one's own answer is.
 */
export function ReconnectionForm(props: {
  child: string;
  withOwnAnswer: boolean;
  busy: boolean;
  onSave: (reconnection: Reconnection) => void;
}) {
  const [seen, setSeen] = useState<Seen[]>([]);
  const [words, setWords] = useState('');
  const [feel, setFeel] = useState<Feeling | undefined>(undefined);
  const [need, setNeed] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);

  function submit(event: Event) {
    event.preventDefault();
    if (props.busy) return;
    if (props.withOwnAnswer && !feel) return setError('Please say how it feels for you.');
    setError(undefined);
    const note = reconnectionNote(seen, words);
    props.onSave({
      ...(note ? { note } : {}),
      ...(props.withOwnAnswer && feel ? { feel } : {}),
      ...(feel === 'not_yet' && need.trim() ? { need: need.trim() } : {}),
    });
  }

  return (
    <form class="stack" onSubmit={submit} noValidate>
      <CheckboxGroup
        legend={`What ${props.child} did`}
        hint="Choose any that fit."
        options={SEEN_OPTIONS}
        values={seen}
        onChange={setSeen}
        layout="chips"
      />
      <TextArea
        label="Anything else you noticed"
        hint="Optional."
        value={words}
        onInput={setWords}
        maxLength={SHORT_TEXT}
        rows={2}
      />
      {props.withOwnAnswer && (
        <RadioGroup
          legend="And you?"
          options={FEEL_OPTIONS}
          value={feel}
          onChange={(value) => {
            setFeel(value);
            setError(undefined);
          }}
          layout="list"
        />
      )}
      {feel === 'not_yet' && (
        <TextArea
          label="What would help you?"
          hint="Optional. For example: a quiet evening, a walk."
          value={need}
          onInput={setNeed}
          maxLength={SHORT_TEXT}
          rows={2}
        />
      )}
      <Alert message={error} />
      <div class="actions">
        <button type="submit" class="button" aria-disabled={props.busy}>
          Save
        </button>
      </div>
    </form>
  );
}
