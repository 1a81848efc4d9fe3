import { useId } from 'preact/hooks';
import { FieldFrame } from './field';

interface TextAreaProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string;
  maxLength?: number;
  rows?: number;
  textRef?: { current: HTMLTextAreaElement | null };
}

/** A labelled multi-line text box with an optional hint tied to it by aria-describedby. */
export function TextArea(props: TextAreaProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <FieldFrame id={id} hintId={hintId} label={props.label} hint={props.hint}>
      <textarea
        id={id}
        ref={props.textRef}
        value={props.value}
        rows={props.rows ?? 3}
        maxLength={props.maxLength}
        aria-describedby={props.hint ? hintId : undefined}
        onInput={(event) => props.onInput((event.currentTarget as HTMLTextAreaElement).value)}
      />
    </FieldFrame>
  );
}
