import {
  hasForbiddenCharacters,
  type MemberView,
  type RuptureKind,
  type RuptureSize,
  type RuptureView,
} from '@repairable/core';
import type { Rules } from './components/use-form';
import { fromDateTimeLocal, toDateTimeLocal } from './time';

/**
 * A rupture as its form holds it, while someone logs or edits it: the full
 * rupture form (screens/rupture/new-rupture.tsx) and any screen that edits
 * one share these fields, their rules and the way they are sent.
 */
export type RuptureDraft = {
  size: RuptureSize | undefined;
  kinds: RuptureKind[];
  /** The other members it was between (never oneself: the author is always involved). */
  involved: string[];
  /** An `<input type="datetime-local">` value; empty means now. */
  when: string;
  topic: string;
  note: string;
};

/** The fields in the order they appear, which the error summary follows. */
export const RUPTURE_FIELDS = ['size', 'kinds', 'involved', 'when', 'topic', 'note'] as const;

/** Which field a refusal from the server is about; any other goes at the top of the summary. */
export const RUPTURE_FIELD_FOR = {
  invalid_kinds: 'kinds',
  invalid_involved: 'involved',
  invalid_occurred_at: 'when',
  invalid_topic: 'topic',
} as const satisfies Record<string, keyof RuptureDraft>;

/** How a limited field is named in its too-long error, so the summary says which it is. */
export const RUPTURE_FIELD_NAMES = { topic: 'Your topic', note: 'Your note' } as const;

/** Clocks disagree a little: a time up to this far ahead still reads as now (the server allows more). */
const AHEAD_MS = 60_000;

/**
 * What is wrong with a "when" value, if anything: a time that cannot be
 * read, or one still to come. Empty is fine (it means now).
 *
 * @example whenProblem('2025-11-21T09:05', new Date('2025-11-21T10:00')) // undefined
 */
export function whenProblem(value: string, now: Date): string | undefined {
  if (!value) return undefined;
  const at = fromDateTimeLocal(value);
  if (!at) return 'Please give a full date and time.';
  if (Date.parse(at) > now.getTime() + AHEAD_MS) return 'That time is still to come. Please choose when it happened.';
  return undefined;
}

export const RUPTURE_RULES: Rules<RuptureDraft> = {
  size: (v) => (v ? undefined : 'Please choose how big it felt.'),
  kinds: (v) => (v.length > 0 ? undefined : 'Please choose at least one thing that happened.'),
  when: (v) => whenProblem(v, new Date()),
  topic: (v) =>
    hasForbiddenCharacters(v) ? 'Please write the topic without hidden or control characters.' : undefined,
};

/**
 * The draft a form starts from: a rupture being edited as it is, or a new
 * one, which happened now and was between me and everyone else here.
 */
export function ruptureDraft(
  others: readonly MemberView[],
  now: Date,
  from?: Pick<RuptureView, 'size' | 'kinds' | 'involved' | 'topic' | 'note' | 'occurredAt'>,
): RuptureDraft {
  const otherIds = others.map((m) => m.id);
  if (!from) return { size: undefined, kinds: [], involved: otherIds, when: toDateTimeLocal(now), topic: '', note: '' };
  return {
    size: from.size,
    kinds: [...from.kinds],
    involved: from.involved.filter((id) => otherIds.includes(id)),
    when: toDateTimeLocal(new Date(from.occurredAt)),
    topic: from.topic ?? '',
    note: from.note ?? '',
  };
}

/** What the server is sent for a draft that passed its rules: trimmed, and empty text left out. */
export interface RuptureDetails {
  size: RuptureSize;
  kinds: RuptureKind[];
  involved: string[];
  topic?: string;
  note?: string;
  occurredAt?: string;
}

/** The draft as the server takes it; undefined while no size is chosen (the rules say so first). */
export function ruptureDetails(draft: RuptureDraft): RuptureDetails | undefined {
  if (!draft.size) return undefined;
  const topic = draft.topic.trim();
  const note = draft.note.trim();
  const occurredAt = fromDateTimeLocal(draft.when);
  return {
    size: draft.size,
    kinds: draft.kinds,
    involved: draft.involved,
    ...(topic ? { topic } : {}),
    ...(note ? { note } : {}),
    ...(occurredAt ? { occurredAt } : {}),
  };
}
