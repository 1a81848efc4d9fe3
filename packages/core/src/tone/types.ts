/** The four patterns the tone check flags ("horsemen"): each predicts a conversation going worse. */
export const HORSEMEN = ['criticism', 'contempt', 'defensiveness', 'stonewalling'] as const;
/** The moves that help a hard conversation go well. */
export const GOOD_MOVES = ['gentle_startup', 'repair_attempt', 'appreciation', 'responsibility'] as const;
/** Every label `checkTone` can answer, the four that flag first. */
export const TONE_LABELS = [...HORSEMEN, ...GOOD_MOVES, 'neutral'] as const;

export type Horseman = (typeof HORSEMEN)[number];
export type GoodMove = (typeof GOOD_MOVES)[number];
export type ToneLabel = (typeof TONE_LABELS)[number];

/** One thing the check noticed, with the words that showed it and a short why. */
export interface ToneFinding {
  label: Horseman | GoodMove;
  /** The words in the message that matched, as written (lower-cased). */
  evidence: string;
  /** One short, warm sentence: why this reads as it does. */
  why: string;
  /** How clearly the words show it, 1 (a hint) to 3 (plain); picks the single best label. */
  weight: number;
}

export interface ToneResult {
  /** The single best label. */
  label: ToneLabel;
  /** True exactly when one of the four horsemen applies; the message can always be sent. */
  flagged: boolean;
  /** The horsemen found, most telling first; empty when nothing is flagged. */
  labels: Horseman[];
  /** Why the label applies, in one short sentence ('' when neutral). */
  why: string;
  /** A gentler way to say it, as a template to fill in; only when flagged. */
  suggestion?: string;
  /** What went well (good moves found), most telling first; shown when nothing is flagged. */
  wentWell: ToneFinding[];
  /** Everything noticed, horsemen and good moves, most telling first. */
  findings: ToneFinding[];
}
