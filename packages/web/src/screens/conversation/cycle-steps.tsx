import { type CheckinState, LIMITS } from '@repairable/core';
import { useState } from 'preact/hooks';
import { CheckinFields } from '../../components/checkin-fields';
import { RadioGroup } from '../../components/choices';
import { ErrorSummary } from '../../components/error-summary';
import { TextArea } from '../../components/text-area';
import { useForm } from '../../components/use-form';
import { breakLength, minutesFrom } from '../../time';
import type { StepFormProps } from './step-form';

/*
 * The steps the repair cycle's rules put around a conversation's own questions:
 * the opening check-in, the regulation gate (rule 6) and the closing
 * "do you feel repaired?" (rule 4). Each sends its fixed answer shape.
 */

/** The opening check-in: where I am and how strongly, seen by nobody else. */
export function CheckinStep(props: StepFormProps) {
  const form = useForm<{ state: CheckinState | undefined; intensity: number }>({
    initial: { state: undefined, intensity: 3 },
    rules: { state: (v) => (v ? undefined : 'Please choose where you are right now.') },
    order: ['state', 'intensity'],
  });
  async function submit(event: Event) {
    event.preventDefault();
    if (props.busy || !form.check()) return;
    await props.onAnswer({ state: form.values.state, intensity: form.values.intensity });
  }
  return (
    <form class="stack" onSubmit={submit} noValidate>
      <ErrorSummary {...form.summary} />
      <CheckinFields
        state={form.values.state}
        intensity={form.values.intensity}
        onState={(v) => form.set('state', v)}
        onIntensity={(v) => form.set('intensity', v)}
        hint="Only you see this."
        id={form.id('state')}
        error={form.error('state')}
      />
      <button type="submit" class="button" aria-disabled={props.busy}>
        Continue
      </button>
    </form>
  );
}

/** Rule 6: a break of at least 20 minutes with a return time the other sees, offered first; going on stays open. */
export function GateStep(props: StepFormProps & { minimum: number }) {
  const lengths = [props.minimum, 30, 60]
    .filter((m, i, all) => m >= props.minimum && all.indexOf(m) === i)
    .map((m) => ({ value: String(m), label: breakLength(m) }));
  const [length, setLength] = useState(String(props.minimum));
  function submit(event: Event) {
    event.preventDefault();
    if (!props.busy) void props.onAnswer({ choice: 'break', until: minutesFrom(new Date(), Number(length)) });
  }
  return (
    <form class="stack" onSubmit={submit} noValidate>
      <RadioGroup
        legend="Back in"
        options={lengths}
        value={length}
        onChange={setLength}
        layout="chips"
        hint="They will see when you plan to come back, nothing more."
      />
      <div class="actions">
        <button type="submit" class="button" aria-disabled={props.busy}>
          Take a break
        </button>
        <button
          type="button"
          class="button button-secondary"
          aria-disabled={props.busy}
          onClick={() => !props.busy && void props.onAnswer({ choice: 'go-on' })}
        >
          Go on now
        </button>
      </div>
    </form>
  );
}

/** Rule 4: "Do you feel repaired?", with "Not yet" and what would help. */
export function CompletionStep(props: StepFormProps) {
  const [notYet, setNotYet] = useState(false);
  const form = useForm({
    initial: { need: '' },
    rules: {},
    limits: { need: LIMITS.shortNote },
    names: { need: 'What would help' },
    order: ['need'],
  });
  async function submit(event: Event) {
    event.preventDefault();
    if (props.busy || !form.check()) return;
    const need = form.values.need.trim();
    await props.onAnswer(need ? { feel: 'not_yet', need } : { feel: 'not_yet' });
  }
  if (notYet) {
    return (
      <form class="stack" onSubmit={submit} noValidate>
        <ErrorSummary {...form.summary} />
        <TextArea label="What would help? (optional)" hint={props.hint} rows={3} {...form.bind('need')} />
        <div class="actions">
          <button type="submit" class="button" aria-disabled={props.busy}>
            Send
          </button>
          <button type="button" class="button button-quiet" onClick={() => setNotYet(false)}>
            Back
          </button>
        </div>
      </form>
    );
  }
  return (
    <div class="stack">
      {props.hint && <p class="hint">{props.hint}</p>}
      <div class="actions">
        <button
          type="button"
          class="button"
          aria-disabled={props.busy}
          onClick={() => !props.busy && void props.onAnswer({ feel: 'repaired' })}
        >
          I feel repaired
        </button>
        <button type="button" class="button button-secondary" onClick={() => setNotYet(true)}>
          Not yet
        </button>
      </div>
    </div>
  );
}
