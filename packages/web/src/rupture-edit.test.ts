import { describe, expect, it } from 'vitest';
import { ruptureDraft } from './rupture-draft';
import { EDIT_FIELD_FOR, editChanges } from './rupture-edit';

const rupture = {
  size: 'small' as const,
  kinds: ['eye_roll' as const, 'contempt' as const],
  involved: ['me', 'bea'],
  occurredAt: new Date(2026, 10, 1, 14, 5, 33).toISOString(),
  topic: 'money',
  note: 'At dinner',
};
const others = [{ id: 'bea', displayName: 'Bea', hasAccount: true, isMe: false }];

describe('editing one’s own rupture: what is sent', () => {
  it('nothing when nothing changed, however the same words are written', () => {
    const draft = ruptureDraft(others, new Date(), rupture);
    expect(draft.when).toBe('2026-11-01T14:05');
    expect(editChanges(rupture, draft)).toEqual({});
    expect(
      editChanges(rupture, { ...draft, kinds: ['contempt', 'eye_roll'], topic: ' Money ', note: 'At dinner ' }),
    ).toEqual({});
    expect(editChanges(rupture, { ...draft, when: '', involved: [] }), 'an emptied time, and who, are left').toEqual(
      {},
    );
  });

  it('only what changed, empty text as none', () => {
    const draft = ruptureDraft(others, new Date(), rupture);
    expect(editChanges(rupture, { ...draft, note: '  ', size: 'big' })).toEqual({ note: null, size: 'big' });
    expect(editChanges(rupture, { ...draft, topic: 'Chores', kinds: ['eye_roll'] })).toEqual({
      topic: 'Chores',
      kinds: ['eye_roll'],
    });
    expect(editChanges(rupture, { ...draft, when: '2026-11-01T09:00' }).occurredAt).toBe(
      new Date(2026, 10, 1, 9, 0).toISOString(),
    );
  });

  it('puts harm’s refusals by the kinds', () => {
    expect(EDIT_FIELD_FOR.harm_stays).toBe('kinds');
    expect(EDIT_FIELD_FOR.invalid_occurred_at).toBe('when');
  });
});
