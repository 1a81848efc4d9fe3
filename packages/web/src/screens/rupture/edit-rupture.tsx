import { LIMITS, RUPTURE_KINDS, RUPTURE_SIZES, type RuptureDetailView, type SpaceView } from '@repairable/core';
import { useState } from 'preact/hooks';
import { ApiError, api } from '../../api';
import type { ScreenProps } from '../../app';
import { CheckboxGroup, RadioGroup } from '../../components/choices';
import { ErrorSummary } from '../../components/error-summary';
import { Field, FieldError, FieldFrame, useTextControl } from '../../components/field';
import { Link } from '../../components/link';
import { PageTitle } from '../../components/page-title';
import { TextArea } from '../../components/text-area';
import { useAction } from '../../components/use-action';
import { apiErrors, useForm } from '../../components/use-form';
import { useLoad } from '../../components/use-load';
import { repairApi } from '../../repair-api';
import { KIND_LABELS, ruptureHeading, SIZE_LABELS } from '../../repair-labels';
import { navigate } from '../../router';
import {
  EDIT_FIELD_FOR,
  EDIT_FIELD_NAMES,
  EDIT_FIELDS,
  editChanges,
  editDraftOf,
  editRules,
  type RuptureEditDraft,
} from '../../rupture-edit';
import { toDateTimeLocal } from '../../time';

const SIZES = RUPTURE_SIZES.map((value) => ({ value, label: SIZE_LABELS[value] }));
/** The server's bound on a topic. */
const TOPIC_MAX = 60;
const RULES = editRules(() => new Date());

/**
 * Changing one's own rupture: what it was, how big, when, the topic and the
 * note, prefilled. Who it involves and who sees it are not here (sharing is
 * "Raise it"), and harm is said only by "This was harm" and stays. Everyone
 * who sees it will read "edited"; the earlier words are not kept.
 */
export function EditRuptureScreen(props: ScreenProps) {
  const spaceId = props.params.spaceId ?? '';
  const ruptureId = props.params.ruptureId ?? '';
  const space = useLoad(() => api.space(spaceId), spaceId);
  const rupture = useLoad(() => repairApi.rupture(spaceId, ruptureId), `${spaceId}/${ruptureId}`);
  const back = `/spaces/${spaceId}/ruptures/${ruptureId}`;
  const problem = space.error ?? rupture.error;
  if (problem || (rupture.data && !rupture.data.isMine)) {
    return (
      <>
        <PageTitle>We could not open this to edit.</PageTitle>
        <p>Only the person who logged a rupture can change it, and only while they can see it.</p>
        <p>
          <Link href={problem ? `/spaces/${spaceId}` : back} class="button button-secondary">
            Go back
          </Link>
        </p>
      </>
    );
  }
  if (!space.data || !rupture.data) return <p class="loading">Loading…</p>;
  return <EditRuptureForm space={space.data} rupture={rupture.data} />;
}

function EditRuptureForm(props: { space: SpaceView; rupture: RuptureDetailView }) {
  const { space } = props;
  // The rupture this edit is made over: the one opened, or the latest after someone changed it meanwhile.
  const [over, setOver] = useState(props.rupture);
  const [changedMeanwhile, setChangedMeanwhile] = useState(false);
  const form = useForm<RuptureEditDraft>({
    initial: editDraftOf(props.rupture),
    rules: RULES,
    limits: { topic: TOPIC_MAX, note: LIMITS.note },
    names: EDIT_FIELD_NAMES,
    order: EDIT_FIELDS,
  });
  const { busy, run } = useAction({ leaves: true });
  const back = `/spaces/${space.id}/ruptures/${over.id}`;
  const harm = over.harm;
  const kinds = RUPTURE_KINDS.filter((k) => harm || k !== 'harm').map((value) => ({
    value,
    label: KIND_LABELS[value],
    ...(value === 'harm' ? { disabled: true } : {}),
  }));

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
            // Someone moved it on meanwhile: nothing of this person's is lost; they save again over the latest.
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

  const kindsError = form.error('kinds');
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
          <p role="status" class="note note-info">
            Something changed on this rupture while you were editing. Your changes are still here: save again to put
            them on the latest.
          </p>
        )}
        <RadioGroup
          legend="How big"
          options={SIZES}
          value={form.values.size}
          onChange={(v) => form.set('size', v)}
          layout="row"
        />
        {/* The summary's line for the kinds leads here, to the first of them. */}
        <div id={form.id('kinds')} class={kindsError ? 'field-has-error' : undefined}>
          {kindsError && <FieldError id={`${form.id('kinds')}-error`} message={kindsError} />}
          <CheckboxGroup
            legend="What happened"
            options={kinds}
            values={form.values.kinds}
            onChange={(v) => form.set('kinds', harm && !v.includes('harm') ? [...v, 'harm'] : v)}
            layout="chips"
            hint={harm ? 'Marked as harm, it stays marked, and stays yours alone.' : undefined}
          />
        </div>
        <WhenField
          id={form.id('when')}
          value={form.values.when}
          onInput={(v) => form.set('when', v)}
          error={form.error('when')}
        />
        <Field
          label="Topic (optional)"
          hint="A word or two, like “chores” or “money”."
          {...form.bind('topic')}
          autocomplete="off"
        />
        <TextArea label="Note (optional)" {...form.bind('note')} rows={4} />
        <div class="actions">
          <button type="submit" class="button" aria-disabled={busy}>
            Save changes
          </button>
          <Link href={back} class="button button-quiet">
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}

/** When it happened, to the minute, in local time; never later than now. */
function WhenField(props: { id: string; value: string; onInput: (value: string) => void; error: string | undefined }) {
  const control = useTextControl({ label: 'When', ...props });
  return (
    <FieldFrame {...control.frame}>
      <input type="datetime-local" {...control.input} max={toDateTimeLocal(new Date())} />
    </FieldFrame>
  );
}
