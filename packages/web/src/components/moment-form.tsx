import { LIMITS, MOMENT_KINDS, type MomentKind, type Visibility } from '@repairable/core';
import { MOMENT_LABELS } from '../repair-labels';
import { Alert } from './alert';
import { RadioGroup } from './choices';
import { ErrorSummary } from './error-summary';
import { Link } from './link';
import { TextArea } from './text-area';
import { useAction } from './use-action';
import { apiErrors, type Rules, useForm } from './use-form';

const KINDS = MOMENT_KINDS.map((value) => ({ value, label: MOMENT_LABELS[value] }));
const VISIBILITY = [
  { value: 'private', label: 'Only me' },
  { value: 'shared', label: 'Share with them' },
] as const;

/** What the form holds; `kind` is unset until chosen on a new moment. */
export type MomentValues = { kind: MomentKind | undefined; note: string; visibility: Visibility };

/** What a filled form gives to `save`: the note trimmed, none when empty. */
export type MomentInput = { kind: MomentKind; note: string | null; visibility: Visibility };

const RULES: Rules<MomentValues> = {
  kind: (v) => (v ? undefined : 'Please choose what was good.'),
};

/**
 * The form of a positive moment, for a new one and for editing one's own:
 * what was good, a note, and who sees it, in the GOV.UK error pattern. A
 * failed save keeps everything typed and says why at the top.
 */
export function MomentForm(props: {
  initial: MomentValues;
  submitLabel: string;
  cancelHref: string;
  /** Saves and moves on; a thrown error stays on the form. */
  save: (input: MomentInput) => Promise<void>;
  /** Under "Who can see this", e.g. what taking a shared moment back means. */
  visibilityHint?: string;
  /** A load error of the screen's own, shown above the buttons. */
  error?: string;
}) {
  const form = useForm<MomentValues>({
    initial: props.initial,
    rules: RULES,
    limits: { note: LIMITS.note },
    names: { note: 'Your note' },
    order: ['kind', 'note', 'visibility'],
  });
  const { busy, run } = useAction({ leaves: true });

  async function submit(event: Event) {
    event.preventDefault();
    if (busy || !form.check()) return;
    const { kind, note, visibility } = form.values;
    if (!kind) return;
    await run(async () => {
      try {
        await props.save({ kind, visibility, note: note.trim() || null });
      } catch (err) {
        form.fail(apiErrors(err, {}));
        throw err;
      }
    });
  }

  return (
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
        {...(props.visibilityHint ? { hint: props.visibilityHint } : {})}
      />
      <Alert message={props.error} />
      <div class="actions">
        <button type="submit" class="button" aria-disabled={busy}>
          {props.submitLabel}
        </button>
        <Link href={props.cancelHref} class="button button-secondary">
          Cancel
        </Link>
      </div>
    </form>
  );
}
