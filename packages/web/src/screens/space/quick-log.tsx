import { RUPTURE_KINDS, RUPTURE_SIZES, type RuptureKind, type RuptureSize, type SpaceView } from '@repairable/core';
import { useRef, useState } from 'preact/hooks';
import { RadioGroup } from '../../components/choices';
import { ErrorSummary } from '../../components/error-summary';
import { HarmNote } from '../../components/harm-note';
import { KindTerms } from '../../components/kind-terms';
import { Link } from '../../components/link';
import { useAction } from '../../components/use-action';
import { apiErrors, type Rules, useForm } from '../../components/use-form';
import { repairApi } from '../../repair-api';
import { KIND_LABELS, SIZE_LABELS } from '../../repair-labels';
import { quickLogInvolved } from '../../rupture-actions';
import { RUPTURE_RULES } from '../../rupture-draft';
import { showSafetyAfterHarm } from '../../safety-state';
import { KIND_TERMS, SIZE_TERMS, TERMS } from '../../terms';
import { type Saved, UndoBar } from './undo-bar';

const SIZES = RUPTURE_SIZES.map((value) => ({ value, label: SIZE_LABELS[value] }));

type QuickRupture = { size: RuptureSize | undefined; kind: RuptureKind | undefined };

const EMPTY: QuickRupture = { size: undefined, kind: undefined };

const RULES: Rules<QuickRupture> = {
  size: RUPTURE_RULES.size,
  kind: (v) => (v ? undefined : 'Please choose what happened.'),
};

/** Which field a refusal from the server is about (the rest go at the top of the summary). */
const FIELD_FOR = { invalid_kinds: 'kind' } as const;

/** The kinds most moments are, first; the rest behind "More kinds". Harm is always in reach. */
export const COMMON_KINDS: readonly RuptureKind[] = [
  'missed_bid',
  'dismissive_tone',
  'harsh_words',
  'withdrawal',
  'broken_promise',
  'harm',
];
const kindChoice = (value: RuptureKind) => ({ value, label: KIND_LABELS[value] });
const FEW = COMMON_KINDS.map(kindChoice);
const ALL = [...COMMON_KINDS, ...RUPTURE_KINDS.filter((k) => !COMMON_KINDS.includes(k))].map(kindChoice);

/**
 * Logging a rupture in the heat of the moment, in three taps: how big, what
 * happened, "Save privately". The Save bar sticks to the bottom of the
 * screen (above the phone's navigation), so it is in view once size and kind
 * are chosen; after saving, the same bar offers "Undo" for a few seconds.
 * It stays private until its author raises it.
 */
export function QuickLog(props: { space: SpaceView; onSaved: () => void }) {
  const form = useForm<QuickRupture>({ initial: EMPTY, rules: RULES, order: ['size', 'kind'] });
  const { size, kind } = form.values;
  const [more, setMore] = useState(false);
  const [saved, setSaved] = useState<Saved | undefined>(undefined);
  const { busy, run } = useAction();
  const firstSize = useRef<HTMLInputElement>(null);

  function chooseSize(value: RuptureSize) {
    form.set('size', value);
    setSaved(undefined);
  }

  async function save(event: Event) {
    event.preventDefault();
    if (busy || !form.check() || !size || !kind) return;
    await run(async () => {
      try {
        const { rupture } = await repairApi.createRupture(props.space.id, {
          size,
          kinds: [kind],
          involved: quickLogInvolved(props.space),
          visibility: 'private',
        });
        if (rupture.harm) return showSafetyAfterHarm();
        form.reset(EMPTY);
        setMore(false);
        setSaved({ spaceId: rupture.spaceId, id: rupture.id, version: rupture.version });
        props.onSaved();
      } catch (err) {
        form.fail(apiErrors(err, FIELD_FOR));
        throw err;
      }
    });
  }

  function undone() {
    setSaved(undefined);
    props.onSaved();
  }

  const kinds = more || (kind !== undefined && !COMMON_KINDS.includes(kind)) ? ALL : FEW;
  return (
    <section class="panel quick-log" aria-labelledby="quick-log-heading">
      <h2 id="quick-log-heading">Quick log</h2>
      <p class="muted small">Something broke between you? Note it now. {TERMS.private}</p>
      <form class="stack" onSubmit={save} noValidate>
        <ErrorSummary {...form.summary} />
        <RadioGroup
          legend="How big"
          options={SIZES}
          value={size}
          onChange={chooseSize}
          layout="row"
          firstRef={firstSize}
          hint={size ? SIZE_TERMS[size] : undefined}
          id={form.id('size')}
          error={form.error('size')}
        />
        {size && (
          <div class="quick-log-kinds">
            <RadioGroup
              legend="What happened"
              options={kinds}
              value={kind}
              onChange={(v) => form.set('kind', v)}
              layout="chips"
              hint={kind ? KIND_TERMS[kind] : undefined}
              id={form.id('kind')}
              error={form.error('kind')}
            />
            {kinds === FEW && (
              <button type="button" class="button button-quiet button-small" onClick={() => setMore(true)}>
                More kinds
              </button>
            )}
            <KindTerms kinds={kinds} />
          </div>
        )}
        <HarmNote show={kind === 'harm'} />
        <UndoBar saved={saved} onUndone={undone} onGone={() => firstSize.current?.focus()}>
          {size && (
            <button type="submit" class="button" aria-disabled={busy}>
              Save privately
            </button>
          )}
        </UndoBar>
      </form>
      <p class="quick-log-more">
        <Link href={`/spaces/${props.space.id}/ruptures/new`}>More detail</Link>
      </p>
    </section>
  );
}
