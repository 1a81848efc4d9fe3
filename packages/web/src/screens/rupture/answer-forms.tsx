import { useState } from 'preact/hooks';
import { FormActions } from '../../components/form-actions';
import { TextArea } from '../../components/text-area';

/** The server's bound on a need or a reconnection note. */
const SHORT_TEXT = 500;

/**
 * A short, optional sentence and one button: what I still need after "Not
 * yet", or the reconnection seen in someone without an account. Never
 * required to explain.
 */
export function ShortAnswerForm(props: {
  label: string;
  hint: string;
  submitLabel: string;
  busy: boolean;
  onSubmit: (text: string) => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState('');
  function submit(event: Event) {
    event.preventDefault();
    if (!props.busy) props.onSubmit(text.trim());
  }
  return (
    <form class="stack inline-panel" onSubmit={submit} noValidate>
      <TextArea label={props.label} hint={props.hint} value={text} onInput={setText} maxLength={SHORT_TEXT} rows={2} />
      <FormActions submitLabel={props.submitLabel} busy={props.busy} onCancel={props.onCancel} />
    </form>
  );
}
