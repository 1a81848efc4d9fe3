import { LIMITS, type SpaceView } from '@repairable/core';
import { useState } from 'preact/hooks';
import { api } from '../../api';
import { Status } from '../../components/alert';
import { ErrorSummary } from '../../components/error-summary';
import { Field } from '../../components/field';
import { useAction } from '../../components/use-action';
import { apiErrors, useForm } from '../../components/use-form';

const RULES = { name: (v: string) => (v.trim() ? undefined : 'Please give their name.') };

/** Which field a refusal from the server is about. */
const FIELD_FOR = { invalid_display_name: 'name' } as const;

/** Adds a member without an account, such as a young child. */
export function AddMember(props: { space: SpaceView; onChange: (space: SpaceView) => void }) {
  const form = useForm<{ name: string }>({
    initial: { name: '' },
    rules: RULES,
    limits: { name: LIMITS.displayName },
    names: { name: 'Their name' },
    order: ['name'],
  });
  const [done, setDone] = useState<string | undefined>(undefined);
  const { busy, run } = useAction();

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    setDone(undefined);
    if (!form.check()) return;
    await run(async () => {
      try {
        const member = await api.addMember(props.space.id, form.values.name.trim());
        props.onChange({ ...props.space, members: [...props.space.members, member] });
        form.reset({ name: '' });
        setDone(`${member.displayName} is now in this space.`);
      } catch (err) {
        form.fail(apiErrors(err, FIELD_FOR));
        throw err;
      }
    });
  }

  return (
    <form class="inline-form" onSubmit={submit} noValidate>
      <ErrorSummary {...form.summary} />
      <div class="field-with-button">
        <Field label="Their name" {...form.bind('name')} autocomplete="off" />
        <button type="submit" class="button button-secondary" aria-disabled={busy}>
          Add
        </button>
      </div>
      <Status message={done} />
    </form>
  );
}
