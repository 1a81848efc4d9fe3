import { useState } from 'preact/hooks';
import { RadioGroup } from '../../components/choices';
import { FormActions } from '../../components/form-actions';
import { minutesFrom } from '../../time';

/** When to come back: a break's length, or "not now" for a talk. Every choice is at least 20 minutes (rule 6). */
export const LATER = [
  { value: '20', label: '20 minutes' },
  { value: '60', label: '1 hour' },
  { value: '180', label: '3 hours' },
  { value: '1440', label: 'Tomorrow' },
] as const;

type Later = (typeof LATER)[number]['value'];

/**
 * Picks a return time the other sees, for a pause or for "not now, let us
 * pick a time". The time is counted from when it is sent.
 */
export function LaterForm(props: {
  busy: boolean;
  legend?: string;
  submitLabel?: string;
  onPick: (until: string) => Promise<unknown> | undefined;
  onCancel: () => void;
}) {
  const [length, setLength] = useState<Later>('20');
  function submit(event: Event) {
    event.preventDefault();
    if (!props.busy) void props.onPick(minutesFrom(new Date(), Number(length)));
  }
  return (
    <form class="stack inline-panel" onSubmit={submit} noValidate>
      <RadioGroup
        legend={props.legend ?? 'Back in'}
        options={LATER}
        value={length}
        onChange={setLength}
        layout="chips"
        hint="They will see when you plan to come back. Twenty minutes helps most bodies settle."
      />
      <FormActions submitLabel={props.submitLabel ?? 'Pick this time'} busy={props.busy} onCancel={props.onCancel} />
    </form>
  );
}
