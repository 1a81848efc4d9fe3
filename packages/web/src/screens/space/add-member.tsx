import { LIMITS, type SpaceView } from '@repairable/core';
import { useState } from 'preact/hooks';
import { api } from '../../api';
import { Alert, Status } from '../../components/alert';
import { Field } from '../../components/field';
import { useAction } from '../../components/use-action';

/** Adds a member without an account, such as a young child. */
export function AddMember(props: { space: SpaceView; onChange: (space: SpaceView) => void }) {
  const [name, setName] = useState('');
  const [done, setDone] = useState<string | undefined>(undefined);
  const { busy, error, setError, run } = useAction();

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    setDone(undefined);
    if (!name.trim()) return setError('Please give their name.');
    await run(async () => {
      const member = await api.addMember(props.space.id, name.trim());
      props.onChange({ ...props.space, members: [...props.space.members, member] });
      setName('');
      setDone(`${member.displayName} is now in this space.`);
    });
  }

  return (
    <form class="inline-form" onSubmit={submit} noValidate>
      <div class="field-with-button">
        <Field label="Their name" value={name} onInput={setName} autocomplete="off" maxLength={LIMITS.displayName} />
        <button type="submit" class="button" aria-disabled={busy}>
          Add
        </button>
      </div>
      <Alert message={error} />
      <Status message={done} />
    </form>
  );
}
