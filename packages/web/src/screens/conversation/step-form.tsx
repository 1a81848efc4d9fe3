import type { Conversation, ProtocolStep, StepInput } from '@repairable/core';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { CheckboxGroup, RadioGroup } from '../../components/choices';
import { ErrorSummary } from '../../components/error-summary';
import { TextArea } from '../../components/text-area';
import { type Rules, useForm } from '../../components/use-form';
import { CheckinStep, CompletionStep, GateStep } from './cycle-steps';
import { LaterForm } from './later-form';

/** What one answer sends: the step's input, in the shape its kind asks for. */
export type Answer = Record<string, unknown>;

export interface StepFormProps {
  conversation: Conversation;
  step: ProtocolStep;
  /** The hint of the step (a sentence starter), names filled in. */
  hint: string | undefined;
  busy: boolean;
  /** Sends the answer; false when it did not go through (the words stay). */
  onAnswer: (input: Answer) => Promise<boolean>;
  /** The tone check under a box where a person writes to the other (steps with `toneCheck`). */
  tone?: (text: string) => ComponentChildren;
}

/**
 * The form for the current step, by the kind of input it asks for: words,
 * a choice, a yes / not quite, the opening check-in, the regulation gate or
 * the closing "do you feel repaired?". One filled button: the answer.
 */
export function StepForm(props: StepFormProps) {
  const input = props.step.input;
  switch (input.kind) {
    case 'text':
      return <TextStep {...props} input={input} />;
    case 'choice':
      return <ChoiceStep {...props} input={input} />;
    case 'confirm':
      return <ConfirmStep {...props} input={input} />;
    case 'checkin':
      return <CheckinStep {...props} />;
    case 'gate':
      return <GateStep {...props} minimum={input.minimumBreakMinutes} />;
    case 'completion':
      return <CompletionStep {...props} />;
  }
}

function sendLabel(conv: Conversation): string {
  return conv.alone ? 'Next' : 'Send';
}

function TextStep(props: StepFormProps & { input: Extract<StepInput, { kind: 'text' }> }) {
  const { input } = props;
  const rules: Rules<{ text: string }> = {
    text: (v) => (input.optional || v.trim() ? undefined : 'Please write a few words. A short sentence is enough.'),
  };
  const form = useForm({
    initial: { text: '' },
    rules,
    limits: { text: input.maxLength },
    names: { text: 'Your words' },
    order: ['text'],
  });
  async function submit(event: Event) {
    event.preventDefault();
    if (props.busy || !form.check()) return;
    await props.onAnswer({ text: form.values.text.trim() });
  }
  return (
    <form class="stack" onSubmit={submit} noValidate>
      <ErrorSummary {...form.summary} />
      <TextArea
        label={input.optional ? 'Your words (optional)' : 'Your words'}
        hint={props.hint}
        rows={4}
        {...form.bind('text')}
      />
      {input.toneCheck && props.tone?.(form.values.text)}
      <button type="submit" class="button" aria-disabled={props.busy}>
        {sendLabel(props.conversation)}
      </button>
    </form>
  );
}

function choiceOptions(conv: Conversation, input: Extract<StepInput, { kind: 'choice' }>) {
  if (input.optionsFrom === 'openRuptures') return conv.openRuptures.map((r) => ({ value: r.id, label: r.summary }));
  return input.options.map((o) => ({ value: o.id, label: o.label }));
}

function ChoiceStep(props: StepFormProps & { input: Extract<StepInput, { kind: 'choice' }> }) {
  const { input } = props;
  const options = choiceOptions(props.conversation, input);
  const form = useForm<{ choices: string[] }>({
    initial: { choices: [] },
    rules: {
      choices: (v) =>
        v.length < input.min
          ? input.min === 1
            ? 'Please pick one.'
            : `Please pick at least ${input.min}.`
          : v.length > input.max
            ? `Please pick at most ${input.max}.`
            : undefined,
    },
    order: ['choices'],
  });
  async function submit(event: Event) {
    event.preventDefault();
    if (props.busy || !form.check()) return;
    await props.onAnswer({ choices: form.values.choices });
  }
  const legend = input.max === 1 ? 'Pick one' : input.min === 0 ? 'Pick any that fit' : 'Pick what fits';
  const common = { legend, hint: props.hint, id: form.id('choices'), error: form.error('choices') };
  return (
    <form class="stack" onSubmit={submit} noValidate>
      <ErrorSummary {...form.summary} />
      {input.max === 1 ? (
        <RadioGroup
          {...common}
          options={options}
          value={form.values.choices[0]}
          onChange={(v) => form.set('choices', [v])}
          layout="list"
        />
      ) : (
        <CheckboxGroup
          {...common}
          options={options}
          values={form.values.choices}
          onChange={(v) => form.set('choices', v)}
          layout={options.every((o) => o.label.length <= 18) ? 'chips' : 'list'}
        />
      )}
      <button type="submit" class="button" aria-disabled={props.busy}>
        {sendLabel(props.conversation)}
      </button>
    </form>
  );
}

/** Yes / not quite: one button per option, the first filled. One that leads to a pause asks when first. */
function ConfirmStep(props: StepFormProps & { input: Extract<StepInput, { kind: 'confirm' }> }) {
  const [later, setLater] = useState<string | undefined>(undefined);
  const leadsToPause = (id: string) => props.step.next?.byChoice?.[id] === 'pause';
  if (later !== undefined) {
    return (
      <LaterForm
        busy={props.busy}
        legend="When would suit you?"
        onPick={(until) => props.onAnswer({ choice: later, until })}
        onCancel={() => setLater(undefined)}
      />
    );
  }
  return (
    <div class="stack">
      {props.hint && <p class="hint">{props.hint}</p>}
      <div class="actions">
        {props.input.options.map((option, i) => (
          <button
            key={option.id}
            type="button"
            class={i === 0 ? 'button' : 'button button-secondary'}
            aria-disabled={props.busy}
            onClick={() => {
              if (props.busy) return;
              if (leadsToPause(option.id)) setLater(option.id);
              else void props.onAnswer({ choice: option.id });
            }}
          >
            {option.label}
          </button>
        ))}
      </div>
    </div>
  );
}
