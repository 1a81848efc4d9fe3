import { LIMITS, SPACE_KINDS, type SpaceKind } from '@repairable/core';
import { api } from '../api';
import { RadioGroup } from '../components/choices';
import { ErrorSummary } from '../components/error-summary';
import { Field } from '../components/field';
import { PageTitle } from '../components/page-title';
import { useAction } from '../components/use-action';
import { apiErrors, type Rules, useForm } from '../components/use-form';
import { SPACE_KIND_LABELS } from '../labels';
import { navigate } from '../router';

const KINDS = SPACE_KINDS.map((value) => ({ value, label: SPACE_KIND_LABELS[value] }));

type NewSpace = { name: string; kind: SpaceKind | undefined };

const RULES: Rules<NewSpace> = {
  name: (v) => (v.trim() ? undefined : 'Please give the space a name.'),
  kind: (v) => (v ? undefined : 'Please choose the kind of relationship.'),
};

/** Which field a refusal from the server is about. */
const FIELD_FOR = { invalid_space_name: 'name' } as const;

export function NewSpaceScreen() {
  const form = useForm<NewSpace>({
    initial: { name: '', kind: undefined },
    rules: RULES,
    limits: { name: LIMITS.spaceName },
    names: { name: 'The name' },
    order: ['name', 'kind'],
  });
  const { busy, run } = useAction({ leaves: true });

  async function submit(event: Event) {
    event.preventDefault();
    if (busy || !form.check()) return;
    const { name, kind } = form.values;
    if (!kind) return;
    await run(async () => {
      try {
        const space = await api.createSpace({ name: name.trim(), kind });
        navigate(`/spaces/${space.id}`);
      } catch (err) {
        form.fail(apiErrors(err, FIELD_FOR));
        throw err;
      }
    });
  }

  return (
    <>
      <PageTitle>New space</PageTitle>
      <p>A space is one relationship. Only its members will see it.</p>
      <form class="stack" onSubmit={submit} noValidate>
        <ErrorSummary {...form.summary} />
        <Field
          label="Name"
          hint="Something you'll recognise, like “Us” or “Mia and me”."
          {...form.bind('name')}
          autocomplete="off"
        />
        <RadioGroup
          legend="Kind of relationship"
          options={KINDS}
          value={form.values.kind}
          onChange={(v) => form.set('kind', v)}
          id={form.id('kind')}
          error={form.error('kind')}
        />
        <button type="submit" class="button" aria-disabled={busy}>
          Create space
        </button>
      </form>
    </>
  );
}
