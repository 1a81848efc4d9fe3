/** An error from the API or a form, announced to screen readers. Renders nothing without a message. */
export function Alert(props: { message: string | undefined }) {
  if (!props.message) return null;
  return (
    <p role="alert" class="alert">
      {props.message}
    </p>
  );
}

/**
 * A polite live region for confirmations ("Link copied."). It stays in the
 * page even when empty, so a message added later is announced.
 */
export function Status(props: { message: string | undefined }) {
  return (
    <p role="status" class={props.message ? 'status' : 'status status-empty'}>
      {props.message}
    </p>
  );
}
