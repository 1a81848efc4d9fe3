/**
 * The closed vocabularies of the API contract (DESIGN.md §9). Each is a
 * readonly tuple so the server can build validators from it and the web app
 * can render choices from it, and both stay in step.
 */

export const SPACE_KINDS = ['couple', 'parent_child', 'family', 'friends', 'work', 'other'] as const;
export type SpaceKind = (typeof SPACE_KINDS)[number];

export const RUPTURE_SIZES = ['tiny', 'small', 'medium', 'big'] as const;
export type RuptureSize = (typeof RUPTURE_SIZES)[number];

export const RUPTURE_KINDS = [
  'missed_bid',
  'dismissive_tone',
  'eye_roll',
  'interrupting',
  'criticism',
  'contempt',
  'defensiveness',
  'withdrawal',
  'yelling',
  'broken_promise',
  'forgot',
  'misattunement',
  'harsh_words',
  'harm',
  'other',
] as const;
export type RuptureKind = (typeof RUPTURE_KINDS)[number];

export const ATTEMPT_KINDS = [
  'apology',
  'do_over',
  'clarification',
  'own_my_part',
  'break',
  'affection',
  'humor',
  'conversation',
  'other',
] as const;
export type AttemptKind = (typeof ATTEMPT_KINDS)[number];

export const MOMENT_KINDS = [
  'appreciation',
  'bid_turned_toward',
  'joy',
  'affection',
  'gratitude',
  'repair_pride',
] as const;
export type MomentKind = (typeof MOMENT_KINDS)[number];

export const CHECKIN_STATES = ['connected', 'activated', 'shut_down'] as const;
export type CheckinState = (typeof CHECKIN_STATES)[number];

export const VISIBILITIES = ['private', 'shared'] as const;
export type Visibility = (typeof VISIBILITIES)[number];
