/** The waits between live-socket reconnections: 1 s, 2 s, 5 s, 10 s, 20 s, then every 30 s. */
const STEPS_MS = [1_000, 2_000, 5_000, 10_000, 20_000] as const;
export const MAX_RECONNECT_DELAY_MS = 30_000;

/**
 * How long to wait before reconnection attempt number `attempt` (0 for the
 * first after a close).
 *
 * @example reconnectDelay(0) // 1000
 * @example reconnectDelay(9) // 30000
 */
export function reconnectDelay(attempt: number): number {
  if (!Number.isFinite(attempt) || attempt < 0) return STEPS_MS[0];
  return STEPS_MS[Math.floor(attempt)] ?? MAX_RECONNECT_DELAY_MS;
}
