import { LIMITS, MOMENT_KINDS, type MomentKind, type Visibility } from '@repairable/core';
import { useState } from 'preact/hooks';
import { api } from '../api';
import type { ScreenProps } from '../app';
import { Alert } from '../components/alert';
import { RadioGroup } from '../components/choices';
import { Link } from '../components/link';
import { PageTitle } from '../components/page-title';
import { TextArea } from '../components/text-area';
import { useAction } from '../components/use-action';
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

/** Something good: appreciation, a bid turned toward, joy… Shared by default, because good things are for sharing. */
export function NewMomentScreen(props: ScreenProps) {
  const spaceId = props.params.spaceId ?? '';
  const [kind, setKind] = useState<MomentKind | undefined>(undefined);
  const [note, setNote] = useState('');
  const [visibility, setVisibility] = useState<Visibility>('shared');
  const { busy, error, setError, run } = useAction({ leaves: true });
  const space = useLoad(() => api.space(spaceId), spaceId);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    if (!kind) return setError('Please choose what was good.');
    await run(async () => {
      const about = (space.data?.members ?? []).filter((m) => !m.isMe).map((m) => m.id);
      await repairApi.createMoment(spaceId, { kind, visibility, about, ...(note.trim() ? { note: note.trim() } : {}) });
      flash.value = 'Saved.';
      navigate(`/spaces/${spaceId}`);
    });
  }

  return (
    <>
      <PageTitle>Something good</PageTitle>
      <p class="subtitle">Small good moments count. They are what repair rests on.</p>
      <form class="stack" onSubmit={submit} noValidate>
        <RadioGroup legend="What was good?" options={KINDS} value={kind} onChange={setKind} />
        <TextArea label="Note (optional)" value={note} onInput={setNote} maxLength={LIMITS.note} rows={3} />
        <RadioGroup legend="Who can see this" options={VISIBILITY} value={visibility} onChange={setVisibility} />
        <Alert message={error ?? space.error?.message} />
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
