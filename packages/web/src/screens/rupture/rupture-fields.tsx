import { LIMITS, type MemberView, RUPTURE_KINDS, RUPTURE_SIZES } from '@repairable/core';
import { CheckboxGroup, RadioGroup } from '../../components/choices';
import { Field, FieldFrame, useTextControl } from '../../components/field';
import { HarmNote } from '../../components/harm-note';
import { KindTerms } from '../../components/kind-terms';
import { TextArea } from '../../components/text-area';
import { type Form, useForm } from '../../components/use-form';
import { KIND_LABELS, SIZE_LABELS } from '../../repair-labels';
import { RUPTURE_FIELD_NAMES, RUPTURE_FIELDS, RUPTURE_RULES, type RuptureDraft } from '../../rupture-draft';
import { SIZE_TERMS } from '../../terms';
import { toDateTimeLocal } from '../../time';

const SIZES = RUPTURE_SIZES.map((value) => ({ value, label: SIZE_LABELS[value] }));
const KINDS = RUPTURE_KINDS.map((value) => ({ value, label: KIND_LABELS[value] }));

/**
 * The state of a rupture form, starting from `initial` (`ruptureDraft` in
 * rupture-draft.ts: a new one, or one being edited as it is). On submit:
 * `form.check()`, then `ruptureDetails(form.values)`, and on a refusal
 * `form.fail(apiErrors(err, RUPTURE_FIELD_FOR))`.
 */
export function useRuptureForm(initial: RuptureDraft): Form<RuptureDraft> {
  return useForm<RuptureDraft>({
    initial,
    rules: RUPTURE_RULES,
    limits: { topic: LIMITS.topic, note: LIMITS.note },
    names: RUPTURE_FIELD_NAMES,
    order: RUPTURE_FIELDS,
  });
}

/**
 * What a rupture is: how big, what happened, who it was between (when
 * anyone else is here), when, a topic and a note. Each field shows its own
 * error from `form` and has the id the error summary links to; put
 * `<ErrorSummary {...form.summary} />` above it.
 */
export function RuptureFields(props: {
  form: Form<RuptureDraft>;
  others: readonly MemberView[];
  /**
   * Editing a rupture already logged: who it was between is not asked (an
   * edit never changes who sees it), and harm is not offered, or, on one
   * marked as harm, stays chosen and cannot be unchosen (rule 9).
   */
  editing?: { harm: boolean };
}) {
  const { form, others, editing } = props;
  const { size, kinds, involved } = form.values;
  const kindOptions = editing ? kindsWhenEditing(editing.harm) : KINDS;
  return (
    <>
      <RadioGroup
        legend="How big"
        options={SIZES}
        value={size}
        onChange={(v) => form.set('size', v)}
        layout="row"
        hint={size ? SIZE_TERMS[size] : undefined}
        id={form.id('size')}
        error={form.error('size')}
      />
      <CheckboxGroup
        legend="What happened"
        hint="Choose any that fit."
        options={kindOptions}
        values={kinds}
        onChange={(v) => form.set('kinds', editing?.harm && !v.includes('harm') ? [...v, 'harm'] : v)}
        layout="chips"
        id={form.id('kinds')}
        error={form.error('kinds')}
      />
      <KindTerms kinds={kindOptions} />
      <HarmNote show={!editing && kinds.includes('harm')} />
      {editing ? null : others.length > 0 ? (
        <CheckboxGroup
          legend="Who was involved"
          options={others.map((m) => ({ value: m.id, label: m.displayName }))}
          values={involved}
          onChange={(v) => form.set('involved', v)}
          layout="chips"
          id={form.id('involved')}
          error={form.error('involved')}
        />
      ) : (
        <p class="muted">Only you are in this space for now. You can still note what happened.</p>
      )}
      <WhenField
        id={form.id('when')}
        value={form.values.when}
        onInput={(v) => form.set('when', v)}
        error={form.error('when')}
      />
      <Field
        label="Topic (optional)"
        hint="A word or two, like “chores” or “money”. It helps notice what comes back."
        {...form.bind('topic')}
        autocomplete="off"
      />
      <TextArea label="Note (optional)" {...form.bind('note')} rows={4} />
    </>
  );
}

/** Harm is said by "This was harm" and never taken back: an edit offers it only as it stands, locked. */
function kindsWhenEditing(harm: boolean) {
  return harm
    ? KINDS.map((k) => (k.value === 'harm' ? { ...k, disabled: true } : k))
    : KINDS.filter((k) => k.value !== 'harm');
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
