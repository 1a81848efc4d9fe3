import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { FieldFrame, type TextControlProps, useTextControl } from './field';

interface PasswordFieldProps extends TextControlProps {
  autocomplete: 'current-password' | 'new-password';
}

/**
 * A password input with a "Show"/"Hide" button inside its group. The
 * button's name says what it will do and for which field ("Show new
 * password", "Hide new password"), and a polite message says what it
 * did ("Your new password is shown."). Showing keeps
 * the focus where it was and the caret where it was. The password is
 * hidden again when its form is sent, so a browser never remembers it
 * as plain text.
 */
export function PasswordField(props: PasswordFieldProps) {
  const control = useTextControl(props);
  const [shown, setShown] = useState(false);
  const [toggled, setToggled] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const caret = useRef<{ start: number | null; end: number | null } | undefined>(undefined);

  useLayoutEffect(() => {
    const form = input.current?.form;
    if (!form) return;
    const hide = () => setShown(false);
    form.addEventListener('submit', hide);
    return () => form.removeEventListener('submit', hide);
  }, []);

  useLayoutEffect(() => {
    const kept = caret.current;
    caret.current = undefined;
    if (kept && input.current) input.current.setSelectionRange(kept.start, kept.end);
  }, [shown]);

  function toggle() {
    const el = input.current;
    if (el && document.activeElement === el) caret.current = { start: el.selectionStart, end: el.selectionEnd };
    setShown((now) => !now);
    setToggled(true);
  }

  const what = props.label.toLowerCase();
  return (
    <FieldFrame {...control.frame}>
      <div class="password-group">
        <input
          {...control.input}
          ref={input}
          type={(shown ? 'text' : 'password') as 'password'}
          autocomplete={props.autocomplete}
          spellcheck={false}
          autocapitalize="off"
          autocorrect="off"
        />
        <button
          type="button"
          class="password-toggle"
          aria-label={shown ? `Hide ${what}` : `Show ${what}`}
          aria-controls={control.input.id}
          // A tap on the button leaves the focus (and the caret) in the field.
          onPointerDown={(event) => {
            if (document.activeElement === input.current) event.preventDefault();
          }}
          onClick={toggle}
        >
          {shown ? 'Hide' : 'Show'}
        </button>
      </div>
      <span class="visually-hidden" role="status">
        {toggled ? `Your ${what} is ${shown ? 'shown' : 'hidden'}.` : ''}
      </span>
    </FieldFrame>
  );
}
