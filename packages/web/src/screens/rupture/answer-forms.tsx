import { LIMITS } from '@repairable/core';
import { ErrorSummary } from '../../components/error-summary';
import { FormActions } from '../../components/form-actions';
import { TextArea } from '../../components/text-area';
import { useForm } from '../../components/use-form';

/**
 * A short, optional sentence and one button: what I still need after "Not
 * yet". Never required to explain; too long, it is kept and not sent until
 * it fits (a refusal from the server shows on the rupture page above, and
 * the form stays open with the text in it).
 */
export function ShortAnswerForm(props: {
  label: string;
  hint: string;
  submitLabel: string;
  busy: boolean;
  onSubmit: (text: string) => void;
  onCancel: () => void;
}) {
  const form = useForm<{ text: string }>({
    initial: { text: '' },
    rules: {},
    limits: { text: LIMITS.shortNote },
    names: { text: 'What you wrote' },
    order: ['text'],
  });
  function submit(event: Event) {
    event.preventDefault();
    if (!props.busy && form.check()) props.onSubmit(form.values.text.trim());
  }
  return (
    <form class="stack inline-panel" onSubmit={submit} noValidate>
      <ErrorSummary {...form.summary} />
      <TextArea label={props.label} hint={props.hint} {...form.bind('text')} rows={2} />
      <FormActions submitLabel={props.submitLabel} busy={props.busy} onCancel={props.onCancel} />
    </form>
  );
}
