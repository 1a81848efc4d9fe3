import type { ToneResult } from '@repairable/core/tone';

/** What ToneHint shows for one result: something to notice, what went well, or nothing. */
export type ToneHintView =
  | { kind: 'notice'; why: string; suggestion: string }
  | { kind: 'went-well'; why: string }
  | { kind: 'none' };

const TEMPLATE = 'Try: “I feel … about …, and I need …”';

/**
 * A flagged message gets its why and a gentler template; otherwise the most
 * telling good move, if any, is named, so the person hears what they did well.
 * Plain and neutral text gets nothing: the hint is quiet unless it can help.
 */
export function toneHintView(result: ToneResult | undefined): ToneHintView {
  if (!result) return { kind: 'none' };
  if (result.flagged) return { kind: 'notice', why: result.why, suggestion: result.suggestion ?? TEMPLATE };
  const good = result.wentWell[0];
  return good ? { kind: 'went-well', why: good.why } : { kind: 'none' };
}

/** How long typing must pause before the hint changes: it follows the words, not each key. */
export const TONE_HINT_DELAY_MS = 600;
