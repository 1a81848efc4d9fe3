import type {
  AttemptKind,
  CheckinState,
  MomentKind,
  RuptureKind,
  RuptureSize,
  SimilarRuptureView,
} from '@repairable/core';

/**
 * The words for the repair cycle's vocabularies (briefs/ui-contract-3.md):
 * what people tap and read. Plain, warm, never blaming.
 */

export const SIZE_LABELS: Record<RuptureSize, string> = {
  tiny: 'Tiny',
  small: 'Small',
  medium: 'Medium',
  big: 'Big',
};

export const KIND_LABELS: Record<RuptureKind, string> = {
  missed_bid: 'Missed bid',
  dismissive_tone: 'Dismissive tone',
  eye_roll: 'Eye roll',
  interrupting: 'Interrupting',
  criticism: 'Criticism',
  contempt: 'Contempt',
  defensiveness: 'Defensiveness',
  withdrawal: 'Withdrawal or silence',
  yelling: 'Yelling',
  broken_promise: 'Broken promise',
  forgot: 'Forgot something important',
  misattunement: 'Misattunement',
  harsh_words: 'Harsh words',
  harm: 'Harm (violence, threats, control)',
  other: 'Something else',
};

/** Attempt kinds a person picks in the attempt form; a break has its own button and a return time. */
export const ATTEMPT_CHOICES = [
  'apology',
  'do_over',
  'clarification',
  'own_my_part',
  'affection',
  'humor',
  'conversation',
  'other',
] as const satisfies readonly AttemptKind[];

export const ATTEMPT_LABELS: Record<AttemptKind, string> = {
  apology: 'Apology',
  do_over: 'Do-over',
  clarification: 'Clarification',
  own_my_part: 'Owning my part',
  break: 'Break',
  affection: 'Affection',
  humor: 'Humour',
  conversation: 'Conversation',
  other: 'Something else',
};

export const MOMENT_LABELS: Record<MomentKind, string> = {
  appreciation: 'Appreciation',
  bid_turned_toward: 'Bid turned toward',
  joy: 'Joy',
  affection: 'Affection',
  gratitude: 'Gratitude',
  repair_pride: 'Proud of a repair',
};

export const CHECKIN_LABELS: Record<CheckinState, { label: string; hint: string }> = {
  connected: { label: 'Connected', hint: 'safe, open' },
  activated: { label: 'Activated', hint: 'anxious, irritated, angry' },
  shut_down: { label: 'Shut down', hint: 'numb, withdrawn, far away' },
};

/**
 * How a rupture is named in lists: size and kinds, e.g. "Tiny · Eye roll".
 * Never its topic or note, so the words are safe anywhere.
 */
export function ruptureLabel(rupture: { size: RuptureSize; kinds: readonly RuptureKind[] }): string {
  const kinds = rupture.kinds.map((kind) => KIND_LABELS[kind]).join(', ');
  return kinds ? `${SIZE_LABELS[rupture.size]} · ${kinds}` : SIZE_LABELS[rupture.size];
}

/** The heading of a rupture page: "A tiny rupture", "A big rupture". */
export function ruptureHeading(size: RuptureSize): string {
  return `A ${size} rupture`;
}

/** Why an earlier rupture looks alike: "Same topic: chores", "Similar words: late, calling". */
export function similarReason(reason: SimilarRuptureView['reason']): string {
  return reason.kind === 'same_topic' ? `Same topic: ${reason.topic}` : `Similar words: ${reason.words.join(', ')}`;
}

/** "Check-in: Activated, 8". */
export function checkinLabel(checkin: { state: CheckinState; intensity: number }): string {
  return `Check-in: ${CHECKIN_LABELS[checkin.state].label}, ${checkin.intensity}`;
}
