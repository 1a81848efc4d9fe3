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
    <div class="field">
      <label for={id}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
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
    </div>
  );
}
