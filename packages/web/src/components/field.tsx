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
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      <input
        id={id}
        ref={props.inputRef}
        type={props.type ?? 'text'}
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
        onFocus={props.onFocus}
        autocomplete={props.autocomplete}
        maxLength={props.maxLength}
        readOnly={props.readOnly}
        aria-describedby={props.hint ? hintId : undefined}
        spellcheck={props.type === 'text' ? undefined : false}
        autocapitalize={props.type === 'text' ? undefined : 'off'}
      />
    </div>
  );
}
