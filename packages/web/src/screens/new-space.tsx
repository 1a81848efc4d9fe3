import { LIMITS, SPACE_KINDS, type SpaceKind } from '@repairable/core';
import { useState } from 'preact/hooks';
import { api } from '../api';
import { Alert } from '../components/alert';
import { Field } from '../components/field';
import { PageTitle } from '../components/page-title';
import { useAction } from '../components/use-action';
import { SPACE_KIND_LABELS } from '../labels';
import { navigate } from '../router';

export function NewSpaceScreen() {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<SpaceKind | undefined>(undefined);
  const { busy, error, setError, run } = useAction({ leaves: true });

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    if (!name.trim()) return setError('Please give the space a name.');
    if (!kind) return setError('Please choose the kind of relationship.');
    await run(async () => {
      const space = await api.createSpace({ name: name.trim(), kind });
      navigate(`/spaces/${space.id}`);
    });
  }

  return (
    <>
      <PageTitle>New space</PageTitle>
      <p>A space is one relationship. Only its members will see it.</p>
      <form class="stack" onSubmit={submit} noValidate>
        <Field
          label="Name"
          hint="Something you'll recognise, like “Us” or “Mia and me”."
          value={name}
          onInput={setName}
          autocomplete="off"
          maxLength={LIMITS.spaceName}
        />
        <fieldset class="choices">
          <legend>Kind of relationship</legend>
          <div class="choice-grid">
            {SPACE_KINDS.map((value) => (
              <label key={value} class="choice">
                <input
                  type="radio"
                  name="kind"
                  value={value}
                  checked={kind === value}
                  onChange={() => setKind(value)}
                />
                <span>{SPACE_KIND_LABELS[value]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <Alert message={error} />
        <button type="submit" class="button" aria-disabled={busy}>
          Create space
        </button>
      </form>
    </>
  );
}
