import type { RuptureView } from '@repairable/core';
import type { RuptureEditInput } from './repair-api';
import { RUPTURE_FIELD_FOR, type RuptureDraft, ruptureDraft } from './rupture-draft';
import { fromDateTimeLocal } from './time';

/**
 * Editing one's own rupture with the shared rupture fields (rupture-draft.ts):
 * the draft starts as the rupture is (`ruptureDraft(others, now, rupture)`),
 * and only what the person changed is sent, so saving again over a newer
 * version never puts back something they did not touch.
 */

type Edited = Pick<RuptureView, 'size' | 'kinds' | 'involved' | 'occurredAt' | 'topic' | 'note'>;

/** Which field a refusal is about: the logging form's, and harm's two (an edit never adds or removes it). */
export const EDIT_FIELD_FOR: Partial<Record<string, keyof RuptureDraft>> = {
  ...RUPTURE_FIELD_FOR,
  harm_stays: 'kinds',
  use_harm_endpoint: 'kinds',
};

/**
 * What changed between the rupture and the draft, as the PATCH body; empty
 * when nothing did. Text is compared as it will be stored (trimmed; a topic
 * lower-cased), the time to the minute the box shows, and an emptied time
 * leaves it as it was. Who it involves is never sent.
 */
export function editChanges(rupture: Edited, draft: RuptureDraft): RuptureEditInput {
  const before = ruptureDraft([], new Date(), rupture);
  const changes: RuptureEditInput = {};
  if (draft.size && draft.size !== before.size) changes.size = draft.size;
  const sameKinds = draft.kinds.length === before.kinds.length && draft.kinds.every((k) => before.kinds.includes(k));
  if (!sameKinds) changes.kinds = draft.kinds;
  const occurredAt = draft.when === before.when ? undefined : fromDateTimeLocal(draft.when);
  if (occurredAt) changes.occurredAt = occurredAt;
  const topic = draft.topic.trim();
  if (topic.toLowerCase() !== (rupture.topic ?? '')) changes.topic = topic || null;
  const note = draft.note.trim();
  if (note !== (rupture.note ?? '')) changes.note = note || null;
  return changes;
}
