import type { RuptureDetailView, SpaceView } from '@repairable/core';
import { useState } from 'preact/hooks';
import { ApiError, api } from '../../api';
import type { ScreenProps } from '../../app';
import { ActionBar } from '../../components/action-bar';
import { ErrorSummary } from '../../components/error-summary';
import { Link } from '../../components/link';
import { PageTitle } from '../../components/page-title';
import { useAction } from '../../components/use-action';
import { apiErrors } from '../../components/use-form';
import { useLoad } from '../../components/use-load';
import { repairApi } from '../../repair-api';
import { ruptureHeading } from '../../repair-labels';
import { navigate } from '../../router';
import { ruptureDraft } from '../../rupture-draft';
import { EDIT_FIELD_FOR, editChanges } from '../../rupture-edit';
import { RuptureFields, useRuptureForm } from './rupture-fields';

/**
 * Changing one's own rupture: how big, what happened, when, the topic and
 * the note, prefilled (the logging form's fields). Who it involves and who
 * sees it are not here (sharing is "Raise it"), and harm is said only by
 * "This was harm" and stays. Everyone who sees it will read "edited"; the
 * earlier words are not kept.
 */
export function EditRuptureScreen(props: ScreenProps) {
  const spaceId = props.params.spaceId ?? '';
  const ruptureId = props.params.ruptureId ?? '';
  const space = useLoad(() => api.space(spaceId), spaceId);
  const rupture = useLoad(() => repairApi.rupture(spaceId, ruptureId), `${spaceId}/${ruptureId}`);
  const problem = space.error ?? rupture.error;
  if (problem || (rupture.data && !rupture.data.isMine)) {
    return (
      <>
        <PageTitle>We could not open this to edit.</PageTitle>
        <p>Only the person who logged a rupture can change it, and only while they can see it.</p>
        <p>
          <Link
            href={problem ? `/spaces/${spaceId}` : `/spaces/${spaceId}/ruptures/${ruptureId}`}
            class="button button-secondary"
          >
            Go back
          </Link>
        </p>
      </>
    );
  }
  if (!space.data || !rupture.data) return <p class="loading">Loading…</p>;
  return <EditRuptureForm space={space.data} rupture={rupture.data} />;
}

/**
 * The form in the GOV.UK error pattern (FORMS.md), Save in view in the
 * action bar. It sends only what the person changed, over the version they
 * opened; if someone moved the rupture on meanwhile (409), the latest is
 * fetched, every word stays in the form, and the next Save goes over it.
 */
function EditRuptureForm(props: { space: SpaceView; rupture: RuptureDetailView }) {
  const { space } = props;
  const others = space.members.filter((m) => !m.isMe);
  const [over, setOver] = useState(props.rupture);
  const [changedMeanwhile, setChangedMeanwhile] = useState(false);
  const form = useRuptureForm(ruptureDraft(others, new Date(), props.rupture));
  const { busy, run } = useAction({ leaves: true });
  const back = `/spaces/${space.id}/ruptures/${over.id}`;

  async function submit(event: Event) {
    event.preventDefault();
    if (busy || !form.check()) return;
    const changes = editChanges(props.rupture, form.values);
    await run(async () => {
      if (Object.keys(changes).length > 0) {
        try {
          await repairApi.editRupture({ spaceId: space.id, id: over.id, version: over.version }, changes);
        } catch (err) {
          if (err instanceof ApiError && err.code === 'stale_version') {
            setOver(await repairApi.rupture(space.id, over.id));
            setChangedMeanwhile(true);
          } else {
            form.fail(apiErrors(err, EDIT_FIELD_FOR));
          }
          throw err;
        }
      }
      navigate(back);
    });
  }

  return (
    <>
      <PageTitle back={{ href: back, label: ruptureHeading(over.size) }}>Edit this rupture</PageTitle>
      <p class="subtitle">
        {over.visibility === 'shared'
          ? 'Anyone who sees it will see that it was edited, and when. What it said before is not kept.'
          : 'Only you can see it. It will show that it was edited.'}
      </p>
      <form class="stack" onSubmit={submit} noValidate>
        <ErrorSummary {...form.summary} />
        {changedMeanwhile && (
          <p role="alert" class="note">
            Something changed on this rupture while you were editing. Your changes are still here: save again to put
            them on the latest.
          </p>
        )}
        <RuptureFields form={form} others={others} editing={{ harm: over.harm }} />
        <ActionBar>
          <button type="submit" class="button" aria-disabled={busy}>
            Save changes
          </button>
          <Link href={back} class="button button-secondary">
            Cancel
          </Link>
        </ActionBar>
      </form>
    </>
  );
}
