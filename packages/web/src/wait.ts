/**
 * Words for a pause the server asked for (a 429 with Retry-After), so a
 * person knows it is short and when to try again. Never blaming: the pause
 * protects their account, it is not a punishment.
 *
 * @example waitMessage(30) // 'For your safety we pause after several tries. You can try again in about 30 seconds.'
 */
export function waitMessage(seconds: number): string {
  return `For your safety we pause after several tries. You can try again ${inAbout(seconds)}.`;
}

function inAbout(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds <= 5) return 'in a few seconds';
  if (seconds < 60) return `in about ${Math.ceil(seconds / 5) * 5} seconds`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return minutes === 1 ? 'in about a minute' : `in about ${minutes} minutes`;
  return 'in about an hour';
}

/** The seconds of a Retry-After header, when it is a plain number. */
export function readRetryAfter(header: string | null): number | undefined {
  if (header === null || !/^\d+$/.test(header.trim())) return undefined;
  return Number(header.trim());
}
