import type { RuptureKind, RuptureSize, RuptureView } from '@repairable/core';
import type { Rules } from './components/use-form';
import type { RuptureEditInput } from './repair-api';
import { fromDateTimeLocal, toDateTimeLocal } from './time';

/**
 * The edit screen's form for one's own rupture, as pure functions: the
 * fields prefilled from the rupture as it is, their rules, and what to send
 * (only what the person changed, so saving again over a newer version never
 * puts back something they did not touch).
 */
export type RuptureEditDraft = {
  size: RuptureSize;
  kinds: RuptureKind[];
  /** A datetime-local value, to the minute. */
  when: string;
  topic: string;
  note: string;
};

/** The fields in the order they appear, which the error summary follows. */
export const EDIT_FIELDS = ['size', 'kinds', 'when', 'topic', 'note'] as const;

/** How each limited field is named in its error and the summary. */
export const EDIT_FIELD_NAMES = { topic: 'Your topic', note: 'Your note' } as const;

/** Which field a refusal from the server is about. */
export const EDIT_FIELD_FOR: Partial<Record<string, keyof RuptureEditDraft>> = {
  invalid_kinds: 'kinds',
  harm_stays: 'kinds',
  use_harm_endpoint: 'kinds',
  invalid_occurred_at: 'when',
  invalid_topic: 'topic',
};

export function editDraftOf(rupture: Pick<RuptureView, 'size' | 'kinds' | 'occurredAt' | 'topic' | 'note'>) {
  return {
    size: rupture.size,
    kinds: [...rupture.kinds],
    when: toDateTimeLocal(new Date(rupture.occurredAt)),
    topic: rupture.topic ?? '',
    note: rupture.note ?? '',
  } satisfies RuptureEditDraft;
}

/** The rules a draft must meet before it is sent; `now` bounds the time, as the server does. */
export function editRules(now: () => Date): Rules<RuptureEditDraft> {
  return {
    kinds: (kinds) => (kinds.length === 0 ? 'Please choose at least one thing that happened.' : undefined),
    when: (when) => {
      const at = fromDateTimeLocal(when);
      if (!at) return 'Please give a date and time.';
      // A minute of room: the box shows minutes, and "now" moves on while the person writes.
      return Date.parse(at) > now().getTime() + 60_000 ? 'Please choose a time that has already passed.' : undefined;
    },
  };
}

/**
 * What changed between the rupture and the draft, as the PATCH body; empty
 * when nothing did. Text is compared as it will be stored (trimmed; a
 * topic lower-cased), and the time to the minute the box shows.
 */
export function editChanges(
  rupture: Pick<RuptureView, 'size' | 'kinds' | 'occurredAt' | 'topic' | 'note'>,
  draft: RuptureEditDraft,
): RuptureEditInput {
  const before = editDraftOf(rupture);
  const changes: RuptureEditInput = {};
  if (draft.size !== before.size) changes.size = draft.size;
  const sameKinds = draft.kinds.length === before.kinds.length && draft.kinds.every((k) => before.kinds.includes(k));
  if (!sameKinds) changes.kinds = draft.kinds;
  if (draft.when !== before.when) {
    const at = fromDateTimeLocal(draft.when);
    if (at) changes.occurredAt = at;
  }
  const topic = draft.topic.trim();
  if (topic.toLowerCase() !== (rupture.topic ?? '')) changes.topic = topic || null;
  const note = draft.note.trim();
  if (note !== (rupture.note ?? '')) changes.note = note || null;
  return changes;
}
