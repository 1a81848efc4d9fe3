import { type Feeling, LIMITS } from '@repairable/core';
import { useState } from 'preact/hooks';
import { CheckboxGroup, RadioGroup } from '../../components/choices';
import { ErrorSummary } from '../../components/error-summary';
import { TextArea } from '../../components/text-area';
import { type Rules, useForm } from '../../components/use-form';
import { reconnectionNote, roomForWords } from '../../reconnection-note';

const SEEN = ['came back to play', 'calmed', 'came close', 'smiled again', 'asked for a hug', 'talked to me'] as const;
type Seen = (typeof SEEN)[number];
const SEEN_OPTIONS = SEEN.map((value) => ({ value, label: value.charAt(0).toUpperCase() + value.slice(1) }));

const FEEL_OPTIONS = [
  { value: 'repaired', label: 'It feels repaired for me too' },
  { value: 'not_yet', label: 'Not yet for me' },
] as const satisfies readonly { value: Feeling; label: string }[];

type Seeing = { words: string; feel: Feeling | undefined; need: string };

export interface Reconnection {
  note?: string;
  feel?: Feeling;
  need?: string;
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
  const rules: Rules<Seeing> = props.withOwnAnswer
    ? { feel: (v) => (v ? undefined : 'Please say how it feels for you.') }
    : {};
  const [seen, setSeen] = useState<Seen[]>([]);
  const form = useForm<Seeing>({
    initial: { words: '', feel: undefined, need: '' },
    rules,
    // The chips share the note's room with the words, so the words get what the chips leave.
    limits: { words: roomForWords(seen), need: LIMITS.shortNote },
    names: { words: 'What else you noticed', need: 'What would help you' },
    order: ['words', 'feel', 'need'],
  });
  const { words, feel, need } = form.values;

  function submit(event: Event) {
    event.preventDefault();
    if (props.busy || !form.check()) return;
    const note = reconnectionNote(seen, words);
    props.onSave({
      ...(note ? { note } : {}),
      ...(props.withOwnAnswer && feel ? { feel } : {}),
      ...(feel === 'not_yet' && need.trim() ? { need: need.trim() } : {}),
    });
  }

  return (
    <form class="stack" onSubmit={submit} noValidate>
      <ErrorSummary {...form.summary} />
      <CheckboxGroup
        legend={`What ${props.child} did`}
        hint="Choose any that fit."
        options={SEEN_OPTIONS}
        values={seen}
        onChange={setSeen}
        layout="chips"
      />
      <TextArea label="Anything else you noticed" hint="Optional." {...form.bind('words')} rows={2} />
      {props.withOwnAnswer && (
        <RadioGroup
          legend="And you?"
          options={FEEL_OPTIONS}
          value={feel}
          onChange={(v) => form.set('feel', v)}
          layout="list"
          id={form.id('feel')}
          error={form.error('feel')}
        />
      )}
      {feel === 'not_yet' && (
        <TextArea
          label="What would help you?"
          hint="Optional. For example: a quiet evening, a walk."
          {...form.bind('need')}
          rows={2}
        />
      )}
      <div class="actions">
        <button type="submit" class="button" aria-disabled={props.busy}>
          Save
        </button>
      </div>
    </form>
  );
}
