import { LIMITS, MOMENT_KINDS, type MomentKind, type Visibility } from '@repairable/core';
import { api } from '../api';
import type { ScreenProps } from '../app';
import { Alert } from '../components/alert';
import { RadioGroup } from '../components/choices';
import { ErrorSummary } from '../components/error-summary';
import { Link } from '../components/link';
import { PageTitle } from '../components/page-title';
import { TextArea } from '../components/text-area';
import { useAction } from '../components/use-action';
import { apiErrors, type Rules, useForm } from '../components/use-form';
import { useLoad } from '../components/use-load';
import { repairApi } from '../repair-api';
import { MOMENT_LABELS } from '../repair-labels';
import { navigate } from '../router';
import { flash } from '../state';

const KINDS = MOMENT_KINDS.map((value) => ({ value, label: MOMENT_LABELS[value] }));
const VISIBILITY = [
  { value: 'private', label: 'Only me' },
  { value: 'shared', label: 'Share with them' },
] as const;

type Moment = { kind: MomentKind | undefined; note: string; visibility: Visibility };

const RULES: Rules<Moment> = {
  kind: (v) => (v ? undefined : 'Please choose what was good.'),
};

/** Something good: appreciation, a bid turned toward, joy… Shared by default, because good things are for sharing. */
export function NewMomentScreen(props: ScreenProps) {
  const spaceId = props.params.spaceId ?? '';
  const form = useForm<Moment>({
    initial: { kind: undefined, note: '', visibility: 'shared' },
    rules: RULES,
    limits: { note: LIMITS.note },
    names: { note: 'Your note' },
    order: ['kind', 'note', 'visibility'],
  });
  const { busy, run } = useAction({ leaves: true });
  const space = useLoad(() => api.space(spaceId), spaceId);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy || !form.check()) return;
    const { kind, note, visibility } = form.values;
    if (!kind) return;
    await run(async () => {
      try {
        const about = (space.data?.members ?? []).filter((m) => !m.isMe).map((m) => m.id);
        await repairApi.createMoment(spaceId, {
          kind,
          visibility,
          about,
          ...(note.trim() ? { note: note.trim() } : {}),
        });
      } catch (err) {
        form.fail(apiErrors(err, {}));
        throw err;
      }
      flash.value = 'Saved.';
      navigate(`/spaces/${spaceId}`);
    });
  }

  return (
    <>
      <PageTitle>Something good</PageTitle>
      <p class="subtitle">Small good moments count. They are what repair rests on.</p>
      <form class="stack" onSubmit={submit} noValidate>
        <ErrorSummary {...form.summary} />
        <RadioGroup
          legend="What was good?"
          options={KINDS}
          value={form.values.kind}
          onChange={(v) => form.set('kind', v)}
          id={form.id('kind')}
          error={form.error('kind')}
        />
        <TextArea label="Note (optional)" {...form.bind('note')} rows={3} />
        <RadioGroup
          legend="Who can see this"
          options={VISIBILITY}
          value={form.values.visibility}
          onChange={(v) => form.set('visibility', v)}
        />
        <Alert message={space.error?.message} />
        <div class="actions">
          <button type="submit" class="button" aria-disabled={busy}>
            Save moment
          </button>
          <Link href={`/spaces/${spaceId}`} class="button button-secondary">
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
