/**
 * A form's submit button and its Cancel, side by side: the submit is the
 * form's primary action, Cancel a quiet one. `busy` goes to `aria-disabled`:
 * the button stays focusable and announced while it waits.
 */
export function FormActions(props: { submitLabel: string; busy?: boolean; onCancel: () => void }) {
  return (
    <div class="actions">
      <button type="submit" class="button" aria-disabled={props.busy}>
        {props.submitLabel}
      </button>
      <button type="button" class="button button-quiet" onClick={props.onCancel}>
        Cancel
      </button>
    </div>
  );
}
