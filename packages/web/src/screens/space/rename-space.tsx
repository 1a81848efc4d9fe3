import { LIMITS, type SpaceView } from '@repairable/core';
import { useState } from 'preact/hooks';
import { api } from '../../api';
import { Alert } from '../../components/alert';
import { Field } from '../../components/field';
import { FormActions } from '../../components/form-actions';
import { useAction } from '../../components/use-action';

/** Renaming the space itself, tucked behind a button so the screen stays quiet. */
export function RenameSpace(props: { space: SpaceView; onChange: (space: SpaceView) => void }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(props.space.name);
  const { busy, error, setError, run } = useAction();

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    if (!name.trim()) return setError('Please give the space a name.');
    const renamed = await run(async () => props.onChange(await api.renameSpace(props.space.id, name.trim())));
    if (renamed) setOpen(false);
  }

  if (!open) {
    return (
      <button
        type="button"
        class="button button-secondary"
        onClick={() => {
          setName(props.space.name);
          setError(undefined);
          setOpen(true);
        }}
      >
        Rename this space
      </button>
    );
  }
  return (
    <form class="inline-form" onSubmit={submit} noValidate>
      <Field label="Space name" value={name} onInput={setName} autocomplete="off" maxLength={LIMITS.spaceName} />
      <Alert message={error} />
      <FormActions submitLabel="Save name" busy={busy} onCancel={() => setOpen(false)} />
    </form>
  );
}
