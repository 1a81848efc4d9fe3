import {
  LIMITS,
  RUPTURE_KINDS,
  RUPTURE_SIZES,
  type RuptureKind,
  type RuptureSize,
  type SpaceView,
  type Visibility,
} from '@repairable/core';
import { useId, useState } from 'preact/hooks';
import { api } from '../../api';
import type { ScreenProps } from '../../app';
import { Alert } from '../../components/alert';
import { CheckboxGroup, RadioGroup } from '../../components/choices';
import { Field } from '../../components/field';
import { HarmNote } from '../../components/harm-note';
import { Link } from '../../components/link';
import { PageTitle } from '../../components/page-title';
import { TextArea } from '../../components/text-area';
import { useAction } from '../../components/use-action';
import { useLoad } from '../../components/use-load';
import { repairApi } from '../../repair-api';
import { KIND_LABELS, SIZE_LABELS } from '../../repair-labels';
import { navigate } from '../../router';
import { similarFound } from '../../state';
import { fromDateTimeLocal, toDateTimeLocal } from '../../time';

const SIZES = RUPTURE_SIZES.map((value) => ({ value, label: SIZE_LABELS[value] }));
const KINDS = RUPTURE_KINDS.map((value) => ({ value, label: KIND_LABELS[value] }));
const VISIBILITY = [
  { value: 'private', label: 'Only me for now' },
  { value: 'shared', label: 'Share with them now' },
] as const;
/** The server's bound on a topic. */
const TOPIC_MAX = 60;

/** The full rupture form: size, kinds, who, when, topic, note, and who can see it. */
export function NewRuptureScreen(props: ScreenProps) {
  const spaceId = props.params.spaceId ?? '';
  const space = useLoad(() => api.space(spaceId), spaceId);
  if (space.error) return <Alert message={space.error.message} />;
  if (!space.data) return <p class="loading">Loading…</p>;
  return <RuptureForm space={space.data} />;
}

function RuptureForm(props: { space: SpaceView }) {
  const { space } = props;
  const others = space.members.filter((m) => !m.isMe);
  const [size, setSize] = useState<RuptureSize | undefined>(undefined);
  const [kinds, setKinds] = useState<RuptureKind[]>([]);
  const [involved, setInvolved] = useState<string[]>(others.map((m) => m.id));
  const [when, setWhen] = useState(() => toDateTimeLocal(new Date()));
  const [topic, setTopic] = useState('');
  const [note, setNote] = useState('');
  const [visibility, setVisibility] = useState<Visibility>('private');
  const { busy, error, setError, run } = useAction({ leaves: true });
  const whenId = useId();
  const harm = kinds.includes('harm');

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    if (!size) return setError('Please choose how big it felt.');
    if (kinds.length === 0) return setError('Please choose what happened.');
    const occurredAt = fromDateTimeLocal(when);
    if (when && !occurredAt) return setError('Please give a date and time, or leave it as now.');
    await run(async () => {
      const made = await repairApi.createRupture(space.id, {
        size,
        kinds,
        involved,
        visibility,
        ...(topic.trim() ? { topic: topic.trim() } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(occurredAt ? { occurredAt } : {}),
      });
      if (made.similar.length > 0) similarFound.set(made.rupture.id, made.similar);
      navigate(`/spaces/${space.id}/ruptures/${made.rupture.id}`);
    });
  }

  return (
    <>
      <PageTitle>Log a rupture</PageTitle>
      <p class="subtitle">Take the time you need. Nothing here is shared unless you choose to.</p>
      <form class="stack" onSubmit={submit} noValidate>
        <RadioGroup legend="How big" options={SIZES} value={size} onChange={setSize} layout="row" />
        <CheckboxGroup legend="What happened" options={KINDS} values={kinds} onChange={setKinds} layout="chips" />
        <HarmNote show={harm} />
        {others.length > 0 ? (
          <CheckboxGroup
            legend="Who was involved"
            options={others.map((m) => ({ value: m.id, label: m.displayName }))}
            values={involved}
            onChange={setInvolved}
            layout="chips"
          />
        ) : (
          <p class="muted">Only you are in this space for now. You can still note what happened.</p>
        )}
        <div class="field">
          <label for={whenId}>When</label>
          <input
            id={whenId}
            type="datetime-local"
            value={when}
            max={toDateTimeLocal(new Date())}
            onInput={(event) => setWhen((event.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <Field
          label="Topic (optional)"
          hint="A word or two, like “chores” or “money”. It helps notice what comes back."
          value={topic}
          onInput={setTopic}
          autocomplete="off"
          maxLength={TOPIC_MAX}
        />
        <TextArea label="Note (optional)" value={note} onInput={setNote} maxLength={LIMITS.note} rows={4} />
        <RadioGroup
          legend="Who can see this"
          options={harm ? VISIBILITY.map((o) => ({ ...o, disabled: o.value === 'shared' })) : VISIBILITY}
          value={harm ? 'private' : visibility}
          onChange={setVisibility}
          hint={harm ? 'Marked as harm, it stays private: only you will see it.' : undefined}
        />
        <Alert message={error} />
        <div class="actions">
          <button type="submit" class="button" aria-disabled={busy}>
            Save
          </button>
          <Link href={`/spaces/${space.id}`} class="button button-secondary">
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
