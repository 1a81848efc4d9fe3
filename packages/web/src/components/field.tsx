import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

interface FieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'url';
  hint?: string;
  autocomplete?: string;
  maxLength?: number;
  readOnly?: boolean;
  inputRef?: { current: HTMLInputElement | null };
  onFocus?: (event: FocusEvent) => void;
}

/** A labelled text input with an optional hint tied to it by aria-describedby. */
export function Field(props: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const input = {
    id,
    ref: props.inputRef,
    value: props.value,
    onInput: (event: Event) => props.onInput((event.currentTarget as HTMLInputElement).value),
    onFocus: props.onFocus,
    autocomplete: props.autocomplete,
    maxLength: props.maxLength,
    readOnly: props.readOnly,
    'aria-describedby': props.hint ? hintId : undefined,
  };
  return (
    <FieldFrame id={id} hintId={hintId} label={props.label} hint={props.hint}>
      {props.type === 'password' ? (
        <input type="password" {...input} />
      ) : (
        <input
          // Preact types each input type with its own ARIA role; these three are all plain textboxes.
          type={(props.type ?? 'text') as 'text'}
          {...input}
          spellcheck={props.type === 'text' ? undefined : false}
          autocapitalize={props.type === 'text' ? undefined : 'off'}
        />
      )}
    </FieldFrame>
  );
}

/**
 * What every text control shares: the label, and the optional hint that
 * the control points to with `aria-describedby={hintId}`.
 */
export function FieldFrame(props: {
  id: string;
  hintId: string;
  label: string;
  hint: string | undefined;
  children: ComponentChildren;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={props.hintId}>
          {props.hint}
        </p>
      )}
      {props.children}
    </div>
  );
}
