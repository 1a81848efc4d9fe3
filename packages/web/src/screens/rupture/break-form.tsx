import { useState } from 'preact/hooks';
import { RadioGroup } from '../../components/choices';
import { FormActions } from '../../components/form-actions';

const LENGTHS = [
  { value: '20', label: '20 minutes' },
  { value: '30', label: '30 minutes' },
  { value: '60', label: '1 hour' },
] as const;

type Length = (typeof LENGTHS)[number]['value'];

/** A break with a return time the others see (rule 6). Twenty minutes is the least that helps a body settle. */
export function BreakForm(props: { busy: boolean; onStart: (minutes: number) => void; onCancel: () => void }) {
  const [length, setLength] = useState<Length>('20');

  function submit(event: Event) {
    event.preventDefault();
    if (!props.busy) props.onStart(Number(length));
  }

  return (
    <form class="stack inline-panel" onSubmit={submit} noValidate>
      <RadioGroup
        legend="Back in"
        options={LENGTHS}
        value={length}
        onChange={setLength}
        layout="row"
        hint="They will see when you plan to come back. Twenty minutes helps most bodies settle."
      />
      <FormActions submitLabel="Start break" busy={props.busy} onCancel={props.onCancel} />
    </form>
  );
}
