import { LIMITS, type RuptureKind, type SpaceKind } from '@repairable/core';
import { useState } from 'preact/hooks';
import { Alert } from '../../components/alert';
import { RadioGroup } from '../../components/choices';
import { FormActions } from '../../components/form-actions';
import { TextArea } from '../../components/text-area';
import { ATTEMPT_CHOICES, ATTEMPT_LABELS } from '../../repair-labels';
import { attemptSuggestion } from '../../repair-suggestions';

type Choice = (typeof ATTEMPT_CHOICES)[number];

const OPTIONS = ATTEMPT_CHOICES.map((value) => ({ value, label: ATTEMPT_LABELS[value] }));

/**
 * A repair attempt: what kind, with an example phrasing to borrow ("Use
 * this wording" puts it in the message to change as you like), and the
 * message itself, which is optional.
 */
export function AttemptForm(props: {
  spaceKind: SpaceKind;
  /** What happened, so the example wording fits it. */
  ruptureKinds: readonly RuptureKind[];
  /** "Send attempt", or "Send" for trying again. */
  submitLabel?: string;
  busy: boolean;
  onSend: (attempt: { kind: Choice; message?: string }) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [kind, setKind] = useState<Choice | undefined>(undefined);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const example = kind
    ? attemptSuggestion(kind, { ruptureKinds: props.ruptureKinds, spaceKind: props.spaceKind })
    : undefined;

  async function submit(event: Event) {
    event.preventDefault();
    if (props.busy) return;
    if (!kind) return setError('Please choose a kind of attempt.');
    setError(undefined);
    await props.onSend(message.trim() ? { kind, message: message.trim() } : { kind });
  }

  return (
    <form class="stack inline-panel" onSubmit={submit} noValidate>
      <RadioGroup legend="Kind of attempt" options={OPTIONS} value={kind} onChange={setKind} />
      {example && (
        <div class="example">
          <p class="example-text">
            <span class="visually-hidden">For example: </span>“{example}”
          </p>
          <button type="button" class="button-small" onClick={() => setMessage(example)}>
            Use this wording
          </button>
        </div>
      )}
      <TextArea
        label="Message"
        hint="Optional. Your own words matter more than perfect ones."
        value={message}
        onInput={setMessage}
        maxLength={LIMITS.note}
        rows={4}
      />
      <Alert message={error} />
      <FormActions submitLabel={props.submitLabel ?? 'Send attempt'} busy={props.busy} onCancel={props.onCancel} />
    </form>
  );
}
