import { type CheckinState, LIMITS, type RegulationView } from '@repairable/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ScreenProps } from '../app';
import { Status } from '../components/alert';
import { Breathing } from '../components/breathing';
import { CheckinFields } from '../components/checkin-fields';
import { ErrorSummary } from '../components/error-summary';
import { Link } from '../components/link';
import { PageTitle } from '../components/page-title';
import { TextArea } from '../components/text-area';
import { useAction } from '../components/use-action';
import { apiErrors, type Rules, useForm } from '../components/use-form';
import { repairApi } from '../repair-api';
import { BreakOffer } from './check-in-break';

const WAIT_WORDS = "It's okay to wait before talking. Twenty minutes helps most bodies settle.";
const THANKS_WORDS = 'Thanks for checking in.';

type CheckIn = { state: CheckinState | undefined; intensity: number; note: string };

const RULES: Rules<CheckIn> = {
  state: (v) => (v ? undefined : 'Please choose where you are right now.'),
};

const EMPTY: CheckIn = { state: undefined, intensity: 5, note: '' };

/**
 * Where my nervous system is right now, private to me. A strong "activated"
 * or "shut down" (the server says so by core's rule 6) offers, right here,
 * a break on what is open between us, and a breathing exercise.
 */
export function CheckInScreen(props: ScreenProps) {
  const spaceId = props.params.spaceId ?? '';
  const form = useForm<CheckIn>({
    initial: EMPTY,
    rules: RULES,
    limits: { note: LIMITS.note },
    names: { note: 'Your note' },
    order: ['state', 'intensity', 'note'],
  });
  const { busy, run } = useAction();
  const [regulation, setRegulation] = useState<RegulationView | undefined>(undefined);
  const firstState = useRef<HTMLInputElement>(null);
  const back = useRef<HTMLAnchorElement>(null);

  useEffect(() => {
    if (regulation && !regulation.offerBreak) back.current?.focus({ preventScroll: true });
  }, [regulation]);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy || !form.check()) return;
    const { state, intensity, note } = form.values;
    if (!state) return;
    await run(async () => {
      try {
        const saved = await repairApi.checkIn(spaceId, {
          state,
          intensity,
          ...(note.trim() ? { note: note.trim() } : {}),
        });
        setRegulation(saved.regulation);
      } catch (err) {
        form.fail(apiErrors(err, {}));
        throw err;
      }
    });
  }

  function again() {
    form.reset(EMPTY);
    setRegulation(undefined);
    requestAnimationFrame(() => firstState.current?.focus());
  }

  const result = regulation ? (regulation.offerBreak ? WAIT_WORDS : THANKS_WORDS) : undefined;
  return (
    <>
      <PageTitle>Check in</PageTitle>
      <p class="subtitle">Only you see your check-ins.</p>
      {!regulation && (
        <form class="stack" onSubmit={submit} noValidate>
          <ErrorSummary {...form.summary} />
          <CheckinFields
            state={form.values.state}
            intensity={form.values.intensity}
            onState={(v) => form.set('state', v)}
            onIntensity={(v) => form.set('intensity', v)}
            firstRef={firstState}
            id={form.id('state')}
            error={form.error('state')}
          />
          <TextArea label="Note (optional)" {...form.bind('note')} rows={3} />
          <button type="submit" class="button" aria-disabled={busy}>
            Save check-in
          </button>
        </form>
      )}
      <Status message={result} />
      {regulation?.offerBreak && <BreakOffer spaceId={spaceId} minimumMinutes={regulation.minimumBreakMinutes} />}
      {regulation?.offerBreak && <Breathing onCheckInAgain={again} />}
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
