import { FieldFrame, type TextControlProps, useTextControl } from './field';

interface TextAreaProps extends TextControlProps {
  rows?: number;
  textRef?: { current: HTMLTextAreaElement | null };
}

/**
 * A labelled multi-line text box with an optional hint, error and length
 * count tied to it by aria-describedby. Text over `maxLength` is kept, never
 * cut: the box says how far over it is until it fits.
 */
export function TextArea(props: TextAreaProps) {
  const control = useTextControl(props);
  return (
    <FieldFrame {...control.frame}>
      <textarea {...control.input} ref={props.textRef} rows={props.rows ?? 3} />
    </FieldFrame>
  );
}
