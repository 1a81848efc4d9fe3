import type { SpaceView, Visibility } from '@repairable/core';
import { useState } from 'preact/hooks';
import { api } from '../../api';
import type { ScreenProps } from '../../app';
import { ActionBar } from '../../components/action-bar';
import { Alert } from '../../components/alert';
import { RadioGroup } from '../../components/choices';
import { ErrorSummary } from '../../components/error-summary';
import { Link } from '../../components/link';
import { PageTitle } from '../../components/page-title';
import { useAction } from '../../components/use-action';
import { apiErrors } from '../../components/use-form';
import { useLoad } from '../../components/use-load';
import { repairApi } from '../../repair-api';
import { navigate } from '../../router';
import { RUPTURE_FIELD_FOR, ruptureDetails, ruptureDraft } from '../../rupture-draft';
import { similarFound } from '../../state';
import { RuptureFields, useRuptureForm } from './rupture-fields';

const VISIBILITY = [
  { value: 'private', label: 'Only me for now' },
  { value: 'shared', label: 'Share with them now' },
] as const;

/** The full rupture form: size, kinds, who, when, topic, note, and who can see it. */
export function NewRuptureScreen(props: ScreenProps) {
  const spaceId = props.params.spaceId ?? '';
  const space = useLoad(() => api.space(spaceId), spaceId);
  if (space.error) return <Alert message={space.error.message} />;
  if (!space.data) return <p class="loading">Loading…</p>;
  return <RuptureForm space={space.data} />;
}

/**
 * The form in the GOV.UK error pattern (FORMS.md). Save and Cancel sit in
 * the action bar, which stays in view above the phone's navigation however
 * far down the chosen kinds push the rest.
 */
function RuptureForm(props: { space: SpaceView }) {
  const { space } = props;
  const others = space.members.filter((m) => !m.isMe);
  const form = useRuptureForm(ruptureDraft(others, new Date()));
  const [visibility, setVisibility] = useState<Visibility>('private');
  const { busy, run } = useAction({ leaves: true });
  const harm = form.values.kinds.includes('harm');

  async function submit(event: Event) {
    event.preventDefault();
    if (busy || !form.check()) return;
    const details = ruptureDetails(form.values);
    if (!details) return;
    await run(async () => {
      try {
        const made = await repairApi.createRupture(space.id, { ...details, visibility });
        if (made.similar.length > 0) similarFound.set(made.rupture.id, made.similar);
        navigate(`/spaces/${space.id}/ruptures/${made.rupture.id}`);
      } catch (err) {
        form.fail(apiErrors(err, RUPTURE_FIELD_FOR));
        throw err;
      }
    });
  }

  return (
    <>
      <PageTitle>Log a rupture</PageTitle>
      <p class="subtitle">Take the time you need. Nothing here is shared unless you choose to.</p>
      <form class="stack" onSubmit={submit} noValidate>
        <ErrorSummary {...form.summary} />
        <RuptureFields form={form} others={others} />
        <RadioGroup
          legend="Who can see this"
          options={harm ? VISIBILITY.map((o) => ({ ...o, disabled: o.value === 'shared' })) : VISIBILITY}
          value={harm ? 'private' : visibility}
          onChange={setVisibility}
          hint={harm ? 'Marked as harm, it stays private: only you will see it.' : undefined}
        />
        <ActionBar>
          <button type="submit" class="button" aria-disabled={busy}>
            Save
          </button>
          <Link href={`/spaces/${space.id}`} class="button button-secondary">
            Cancel
          </Link>
        </ActionBar>
      </form>
    </>
  );
}
