import { RUPTURE_KINDS, RUPTURE_SIZES, type RuptureKind, type RuptureSize, type SpaceView } from '@repairable/core';
import { useRef, useState } from 'preact/hooks';
import { Alert, Status } from '../../components/alert';
import { RadioGroup } from '../../components/choices';
import { HarmNote } from '../../components/harm-note';
import { Link } from '../../components/link';
import { useAction } from '../../components/use-action';
import { repairApi } from '../../repair-api';
import { KIND_LABELS, SIZE_LABELS } from '../../repair-labels';
import { quickLogInvolved } from '../../rupture-actions';

const SIZES = RUPTURE_SIZES.map((value) => ({ value, label: SIZE_LABELS[value] }));
const KINDS = RUPTURE_KINDS.map((value) => ({ value, label: KIND_LABELS[value] }));

/**
 * Logging a rupture in the heat of the moment, in three taps: how big, what
 * happened, "Save privately". Always on the space home, never behind a
 * dialog. It stays private until its author raises it.
 */
export function QuickLog(props: { space: SpaceView; onSaved: () => void }) {
  const [size, setSize] = useState<RuptureSize | undefined>(undefined);
  const [kind, setKind] = useState<RuptureKind | undefined>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);
  const { busy, error, setError, run } = useAction();
  const firstSize = useRef<HTMLInputElement>(null);

  function chooseSize(value: RuptureSize) {
    setSize(value);
    setDone(undefined);
  }

  async function save(event: Event) {
    event.preventDefault();
    if (busy || !size) return;
    if (!kind) return setError('Please choose what happened.');
    await run(async () => {
      await repairApi.createRupture(props.space.id, {
        size,
        kinds: [kind],
        involved: quickLogInvolved(props.space),
        visibility: 'private',
      });
      setSize(undefined);
      setKind(undefined);
      setDone('Noted, just for you.');
      firstSize.current?.focus();
      props.onSaved();
    });
  }

  return (
    <section class="panel quick-log" aria-labelledby="quick-log-heading">
      <h2 id="quick-log-heading">Quick log</h2>
      <p class="muted small">Something broke between you? Note it now; only you will see it until you share it.</p>
      <form class="stack" onSubmit={save} noValidate>
        <RadioGroup
          legend="How big"
          options={SIZES}
          value={size}
          onChange={chooseSize}
          layout="row"
          firstRef={firstSize}
        />
        {size && <RadioGroup legend="What happened" options={KINDS} value={kind} onChange={setKind} layout="chips" />}
        <HarmNote show={kind === 'harm'} />
        <Alert message={error} />
        {size && (
          <button type="submit" class="button" aria-disabled={busy}>
            Save privately
          </button>
        )}
      </form>
      <Status message={done} />
      <p class="quick-log-more">
        <Link href={`/spaces/${props.space.id}/ruptures/new`}>More detail</Link>
      </p>
    </section>
  );
}
