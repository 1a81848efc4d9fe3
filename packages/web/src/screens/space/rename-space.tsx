import { LIMITS, type SpaceView } from '@repairable/core';
import { useState } from 'preact/hooks';
import { api, errorMessage } from '../../api';
import { Alert } from '../../components/alert';
import { Field } from '../../components/field';

/** Renaming the space itself, tucked behind a button so the screen stays quiet. */
export function RenameSpace(props: { space: SpaceView; onChange: (space: SpaceView) => void }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(props.space.name);
  const [error, setError] = useState<string | undefined>(undefined);

  async function submit(event: Event) {
    event.preventDefault();
    if (!name.trim()) return setError('Please give the space a name.');
    try {
      props.onChange(await api.renameSpace(props.space.id, name.trim()));
      setOpen(false);
      setError(undefined);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  if (!open) {
    return (
      <button
        type="button"
        class="button button-secondary"
        onClick={() => {
          setName(props.space.name);
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
      <div class="actions">
        <button type="submit" class="button">
          Save name
        </button>
        <button type="button" class="button button-secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
