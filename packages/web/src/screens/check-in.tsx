import { CHECKIN_STATES, type CheckinState, LIMITS, type RegulationView } from '@repairable/core';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ScreenProps } from '../app';
import { Alert, Status } from '../components/alert';
import { Breathing } from '../components/breathing';
import { RadioGroup } from '../components/choices';
import { Link } from '../components/link';
import { PageTitle } from '../components/page-title';
import { TextArea } from '../components/text-area';
import { useAction } from '../components/use-action';
import { repairApi } from '../repair-api';
import { CHECKIN_LABELS } from '../repair-labels';

const STATES = CHECKIN_STATES.map((value) => ({ value, ...CHECKIN_LABELS[value] }));

const WAIT_WORDS = "It's okay to wait before talking. Twenty minutes helps most bodies settle.";
const THANKS_WORDS = 'Thanks for checking in.';

/**
 * Where my nervous system is right now, private to me. A strong "activated"
 * or "shut down" brings the breathing exercise and the advice to wait.
 */
export function CheckInScreen(props: ScreenProps) {
  const spaceId = props.params.spaceId ?? '';
  const [state, setState] = useState<CheckinState | undefined>(undefined);
  const [intensity, setIntensity] = useState(5);
  const [note, setNote] = useState('');
  const { busy, error, setError, run } = useAction();
  const [regulation, setRegulation] = useState<RegulationView | undefined>(undefined);
  const rangeId = useId();
  const back = useRef<HTMLAnchorElement>(null);

  useEffect(() => {
    if (regulation) back.current?.focus({ preventScroll: true });
  }, [regulation]);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    if (!state) return setError('Please choose where you are right now.');
    await run(async () => {
      const saved = await repairApi.checkIn(spaceId, {
        state,
        intensity,
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      setRegulation(saved.regulation);
    });
  }

  const result = regulation ? (regulation.offerBreak ? WAIT_WORDS : THANKS_WORDS) : undefined;
  return (
    <>
      <PageTitle>Check in</PageTitle>
      <p class="subtitle">Only you see your check-ins.</p>
      {!regulation && (
        <form class="stack" onSubmit={submit} noValidate>
          <RadioGroup
            legend="Where are you right now?"
            options={STATES}
            value={state}
            onChange={setState}
            layout="list"
          />
          <div class="field">
            <div class="range-label">
              <label for={rangeId}>Intensity</label>
              <output for={rangeId} class="range-value" aria-hidden="true">
                {intensity}
              </output>
            </div>
            <p class="hint" id={`${rangeId}-hint`}>
              0 is barely there, 10 is as strong as it gets.
            </p>
            <input
              id={rangeId}
              type="range"
              min={0}
              max={10}
              step={1}
              value={intensity}
              aria-describedby={`${rangeId}-hint`}
              onInput={(event) => setIntensity(Number((event.currentTarget as HTMLInputElement).value))}
            />
          </div>
          <TextArea label="Note (optional)" value={note} onInput={setNote} maxLength={LIMITS.note} rows={3} />
          <Alert message={error} />
          <button type="submit" class="button" aria-disabled={busy}>
            Save check-in
          </button>
        </form>
      )}
      <Status message={result} />
      {regulation?.offerBreak && <Breathing />}
      {regulation && (
        <p class="aside">
          <Link href={`/spaces/${spaceId}`} class="button button-secondary" linkRef={back}>
            Back to the space
          </Link>
        </p>
      )}
    </>
  );
}
