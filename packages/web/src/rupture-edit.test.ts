import { describe, expect, it } from 'vitest';
import { checkAll } from './components/use-form';
import { EDIT_FIELDS, editChanges, editDraftOf, editRules } from './rupture-edit';
import { toDateTimeLocal } from './time';

const rupture = {
  size: 'small' as const,
  kinds: ['eye_roll' as const, 'contempt' as const],
  occurredAt: new Date(2026, 10, 1, 14, 5, 33).toISOString(),
  topic: 'money',
  note: 'At dinner',
};

describe('editing one’s own rupture: the form', () => {
  it('starts from the rupture as it is, and sends nothing when nothing changed', () => {
    const draft = editDraftOf(rupture);
    expect(draft).toEqual({
      size: 'small',
      kinds: ['eye_roll', 'contempt'],
      when: '2026-11-01T14:05',
      topic: 'money',
      note: 'At dinner',
    });
    expect(editChanges(rupture, draft)).toEqual({});
    expect(
      editChanges(rupture, { ...draft, kinds: ['contempt', 'eye_roll'], topic: ' Money ', note: 'At dinner ' }),
    ).toEqual({});
  });

  it('sends only what changed, empty text as none', () => {
    const draft = editDraftOf(rupture);
    expect(editChanges(rupture, { ...draft, note: '  ', size: 'big' })).toEqual({ note: null, size: 'big' });
    expect(editChanges(rupture, { ...draft, topic: 'Chores', kinds: ['eye_roll'] })).toEqual({
      topic: 'Chores',
      kinds: ['eye_roll'],
    });
    const earlier = editChanges(rupture, { ...draft, when: '2026-11-01T09:00' });
    expect(earlier.occurredAt).toBe(new Date(2026, 10, 1, 9, 0).toISOString());
  });

  it('asks for some kind and a time that has passed', () => {
    const now = new Date(2026, 10, 2, 12, 0);
    const rules = editRules(() => now);
    const draft = editDraftOf(rupture);
    expect(checkAll(rules, draft, EDIT_FIELDS)).toEqual({});
    const later = toDateTimeLocal(new Date(2026, 10, 2, 13, 0));
    expect(Object.keys(checkAll(rules, { ...draft, kinds: [], when: later }, EDIT_FIELDS))).toEqual(['kinds', 'when']);
    expect(checkAll(rules, { ...draft, when: '' }, EDIT_FIELDS).when).toBe('Please give a date and time.');
  });
});
