import type { ComponentChildren } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import { lengthNote } from './use-form';

/** What every text control takes (Field, TextArea, PasswordField). */
export interface TextControlProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string;
  /**
   * The most characters that fit. Nothing is ever cut: from 80% of it a
   * count says how much room is left, and over it the field shows an error
   * while all the text stays in the box.
   */
  maxLength?: number;
  /** The control's id; `useForm().id(name)` gives the one its summary links to. */
  id?: string;
  /** The error to show next to the field (from `useForm().error(name)`). */
  error?: string | undefined;
}

interface FieldProps extends TextControlProps {
  type?: 'text' | 'email' | 'url';
  autocomplete?: string;
  readOnly?: boolean;
  inputRef?: { current: HTMLInputElement | null };
  onFocus?: (event: FocusEvent) => void;
}

/** A labelled text input with an optional hint, error and length count, each tied to it by aria-describedby. */
export function Field(props: FieldProps) {
  const control = useTextControl(props);
  const plain = props.type === undefined || props.type === 'text';
  return (
    <FieldFrame {...control.frame}>
      <input
        // Preact types each input type with its own ARIA role; these three are all plain textboxes.
        type={(props.type ?? 'text') as 'text'}
        {...control.input}
        ref={props.inputRef}
        onFocus={props.onFocus}
        autocomplete={props.autocomplete}
        readOnly={props.readOnly}
        spellcheck={plain ? undefined : false}
        autocapitalize={plain ? undefined : 'off'}
      />
    </FieldFrame>
  );
}

/**
 * The ids, description and error of one text control: the frame's props,
 * the control's own (id, value, onInput, aria-describedby, aria-invalid),
 * and the error shown, which is the one given or, over the limit, the
 * limit's own.
 */
export function useTextControl(props: TextControlProps) {
  const generated = useId();
  const id = props.id ?? generated;
  const ids = { hint: `${id}-hint`, error: `${id}-error`, count: `${id}-count` };
  const note = props.maxLength === undefined ? undefined : lengthNote(props.value.length, props.maxLength);
  const error = props.error ?? (note?.over ? note.text : undefined);
  const count = note && !note.over ? note.text : undefined;
  const describedBy = [props.hint && ids.hint, error && ids.error, count && ids.count].filter(Boolean).join(' ');
  return {
    frame: {
      id,
      hintId: ids.hint,
      label: props.label,
      hint: props.hint,
      error,
      errorId: ids.error,
      after: props.maxLength === undefined ? undefined : <LengthCount id={ids.count} text={count} live={note?.text} />,
    },
    input: {
      id,
      value: props.value,
      onInput: (event: Event) => props.onInput((event.currentTarget as HTMLInputElement).value),
      'aria-describedby': describedBy || undefined,
      'aria-invalid': error ? ('true' as const) : undefined,
    },
  };
}

/**
 * What every text control shares: the label, the optional hint, the error
 * (above the control, as GOV.UK places it) and what comes after (a count).
 */
export function FieldFrame(props: {
  id: string;
  hintId: string;
  label: string;
  hint: string | undefined;
  error?: string | undefined;
  errorId?: string;
  after?: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <div class={props.error ? 'field field-has-error' : 'field'}>
      <label for={props.id}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={props.hintId}>
          {props.hint}
        </p>
      )}
      {props.error && <FieldError id={props.errorId ?? `${props.id}-error`} message={props.error} />}
      {props.children}
      {props.after}
    </div>
  );
}

/** A field's error, next to it; "Error:" is for screen readers, who hear it in the field's description. */
export function FieldError(props: { id: string; message: string }) {
  return (
    <p class="field-error" id={props.id}>
      <span class="visually-hidden">Error: </span>
      {props.message}
    </p>
  );
}

/**
 * The room left, shown at once under the field, and announced politely once
 * typing pauses: a screen reader would otherwise read a number at every key.
 */
function LengthCount(props: { id: string; text: string | undefined; live: string | undefined }) {
  const [spoken, setSpoken] = useState<string | undefined>(undefined);
  useEffect(() => {
    const timer = setTimeout(() => setSpoken(props.live), 1_000);
    return () => clearTimeout(timer);
  }, [props.live]);
  return (
    <>
      {props.text && (
        <p class="field-count" id={props.id}>
          {props.text}
        </p>
      )}
      <span class="visually-hidden" aria-live="polite">
        {spoken}
      </span>
    </>
  );
}
