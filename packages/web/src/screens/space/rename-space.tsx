import { LIMITS, type SpaceView } from '@repairable/core';
import { useState } from 'preact/hooks';
import { api } from '../../api';
import { ErrorSummary } from '../../components/error-summary';
import { Field } from '../../components/field';
import { FormActions } from '../../components/form-actions';
import { useAction } from '../../components/use-action';
import { apiErrors, useForm } from '../../components/use-form';

const RULES = { name: (v: string) => (v.trim() ? undefined : 'Please give the space a name.') };

/** Which field a refusal from the server is about. */
const FIELD_FOR = { invalid_space_name: 'name' } as const;

/** Renaming the space itself, tucked behind a button so the screen stays quiet. */
export function RenameSpace(props: { space: SpaceView; onChange: (space: SpaceView) => void }) {
  const [open, setOpen] = useState(false);
  const form = useForm<{ name: string }>({
    initial: { name: props.space.name },
    rules: RULES,
    limits: { name: LIMITS.spaceName },
    names: { name: 'The name' },
    order: ['name'],
  });
  const { busy, run } = useAction();

  async function submit(event: Event) {
    event.preventDefault();
    if (busy || !form.check()) return;
    const renamed = await run(async () => {
      try {
        props.onChange(await api.renameSpace(props.space.id, form.values.name.trim()));
      } catch (err) {
        form.fail(apiErrors(err, FIELD_FOR));
        throw err;
      }
    });
    if (renamed) setOpen(false);
  }

  if (!open) {
    return (
      <button
        type="button"
        class="button button-secondary"
        onClick={() => {
          form.reset({ name: props.space.name });
          setOpen(true);
        }}
      >
        Rename this space
      </button>
    );
  }
  return (
    <form class="inline-form" onSubmit={submit} noValidate>
      <ErrorSummary {...form.summary} />
      <Field label="Space name" {...form.bind('name')} autocomplete="off" />
      <FormActions submitLabel="Save name" busy={busy} onCancel={() => setOpen(false)} />
    </form>
  );
}
