import { LIMITS, type RuptureKind, type SpaceKind } from '@repairable/core';
import { RadioGroup } from '../../components/choices';
import { ErrorSummary } from '../../components/error-summary';
import { FormActions } from '../../components/form-actions';
import { TextArea } from '../../components/text-area';
import { ToneHint } from '../../components/tone-hint';
import { type Rules, useForm } from '../../components/use-form';
import { ATTEMPT_CHOICES, ATTEMPT_LABELS } from '../../repair-labels';
import { attemptSuggestion } from '../../repair-suggestions';

type Choice = (typeof ATTEMPT_CHOICES)[number];

const OPTIONS = ATTEMPT_CHOICES.map((value) => ({ value, label: ATTEMPT_LABELS[value] }));

type Attempt = { kind: Choice | undefined; message: string };

const RULES: Rules<Attempt> = {
  kind: (v) => (v ? undefined : 'Please choose a kind of attempt.'),
};

/**
 * A repair attempt: what kind, with an example phrasing to borrow ("Use
 * this wording" puts it in the message to change as you like), and the
 * message itself, which is optional. A refusal from the server shows on
 * the rupture page above; the form stays open with everything in it.
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
  const form = useForm<Attempt>({
    initial: { kind: undefined, message: '' },
    rules: RULES,
    limits: { message: LIMITS.note },
    names: { message: 'Your message' },
    order: ['kind', 'message'],
  });
  const { kind, message } = form.values;
  const example = kind
    ? attemptSuggestion(kind, { ruptureKinds: props.ruptureKinds, spaceKind: props.spaceKind })
    : undefined;

  async function submit(event: Event) {
    event.preventDefault();
    if (props.busy || !form.check() || !kind) return;
    await props.onSend(message.trim() ? { kind, message: message.trim() } : { kind });
  }

  return (
    <form class="stack inline-panel" onSubmit={submit} noValidate>
      <ErrorSummary {...form.summary} />
      <RadioGroup
        legend="Kind of attempt"
        options={OPTIONS}
        value={kind}
        onChange={(v) => form.set('kind', v)}
        id={form.id('kind')}
        error={form.error('kind')}
      />
      {example && (
        <div class="example">
          <p class="example-text">
            <span class="visually-hidden">For example: </span>“{example}”
          </p>
          <button type="button" class="button-small" onClick={() => form.set('message', example)}>
            Use this wording
          </button>
        </div>
      )}
      <div>
        <TextArea
          label="Message"
          hint="Optional. Your own words matter more than perfect ones."
          {...form.bind('message')}
          rows={4}
        />
        <ToneHint text={message} />
      </div>
      <FormActions submitLabel={props.submitLabel ?? 'Send attempt'} busy={props.busy} onCancel={props.onCancel} />
    </form>
  );
}
