import { signal } from '@preact/signals';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { IconAlert, IconCheck } from './icon';

/** An error from the API or a form, announced to screen readers. Renders nothing without a message. */
export function Alert(props: { message: string | undefined }) {
  if (!props.message) return null;
  return (
    <p role="alert" class="alert">
      <IconAlert />
      <span>{props.message}</span>
    </p>
  );
}

/** The latest confirmation shown anywhere on the screen: older ones step aside. */
const newestStatus = signal(0);
let statusCount = 0;

/**
 * A polite live region for confirmations ("Link copied."). It stays in the
 * page even when empty, so a message added later is announced. Only the
 * newest confirmation on a screen shows: when another Status gets a message,
 * this one empties, so "Saved." and "Noted" never pile up.
 */
export function Status(props: { message: string | undefined }) {
  const mine = useRef(0);
  useLayoutEffect(() => {
    if (!props.message) return;
    statusCount += 1;
    mine.current = statusCount;
    newestStatus.value = statusCount;
  }, [props.message]);
  const newest = newestStatus.value;
  const message = mine.current === 0 || mine.current === newest ? props.message : undefined;
  return (
    <p role="status" class={message ? 'status' : 'status status-empty'}>
      {message && <IconCheck />}
      {message && <span>{message}</span>}
    </p>
  );
}
