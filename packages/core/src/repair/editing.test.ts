import { describe, expect, it } from 'vitest';
import { assertMayDeleteCheckin, assertMayDeleteMoment, editCheckin, editMoment } from './editing';
import { codeOf } from './fixtures';
import type { Checkin, PositiveMoment } from './types';
import { momentChangeAudience } from './visibility';

const now = new Date('2026-03-01T10:00:00.000Z');
const moment: PositiveMoment = {
  id: 'm1',
  spaceId: 's',
  authorMemberId: 'a',
  kind: 'appreciation',
  visibility: 'shared',
  note: 'Thank you for dinner.',
  about: ['b'],
  createdAt: '2026-03-01T09:00:00.000Z',
  editedAt: null,
};
const checkin: Checkin = {
  id: 'c1',
  spaceId: 's',
  memberId: 'a',
  state: 'activated',
  intensity: 6,
  note: 'Tense',
  createdAt: '2026-03-01T09:00:00.000Z',
  editedAt: null,
};
const memberIds = ['a', 'b', 'c'];

describe('editMoment', () => {
  it('changes what its author asks and marks it edited', () => {
    const { moment: next, changed } = editMoment(moment, {
      memberId: 'a',
      changes: { note: '  Thank you for the soup.  ', kind: 'joy', about: ['b', 'c', 'b'] },
      memberIds,
      now,
    });
    expect(changed).toBe(true);
    expect(next).toEqual({
      ...moment,
      kind: 'joy',
      note: 'Thank you for the soup.',
      about: ['b', 'c'],
      editedAt: now.toISOString(),
    });
  });

  it('takes a shared moment back to private, and shares a private one', () => {
    const taken = editMoment(moment, { memberId: 'a', changes: { visibility: 'private' }, memberIds, now });
    expect(taken.moment.visibility).toBe('private');
    const shared = editMoment(taken.moment, { memberId: 'a', changes: { visibility: 'shared' }, memberIds, now });
    expect(shared.moment.visibility).toBe('shared');
  });

  it('empties a note to none', () => {
    expect(editMoment(moment, { memberId: 'a', changes: { note: '   ' }, memberIds, now }).moment.note).toBeNull();
  });

  it('leaves an edit that changes nothing unmarked', () => {
    const same = editMoment(moment, {
      memberId: 'a',
      changes: { note: 'Thank you for dinner. ', kind: 'appreciation', about: ['b'] },
      memberIds,
      now,
    });
    expect(same).toEqual({ moment, changed: false });
  });

  it('is for its author alone, and names only members of the space', () => {
    expect(codeOf(() => editMoment(moment, { memberId: 'b', changes: { note: 'x' }, memberIds, now }))).toBe(
      'only_author',
    );
    expect(codeOf(() => editMoment(moment, { memberId: 'a', changes: { about: ['z'] }, memberIds, now }))).toBe(
      'invalid_involved',
    );
    expect(codeOf(() => assertMayDeleteMoment(moment, 'b'))).toBe('only_author');
    expect(codeOf(() => assertMayDeleteMoment(moment, 'a'))).toBeUndefined();
  });
});

describe('editCheckin', () => {
  it('changes the note only, and marks it edited', () => {
    expect(editCheckin(checkin, { memberId: 'a', note: 'Tense, better now', now })).toEqual({
      checkin: { ...checkin, note: 'Tense, better now', editedAt: now.toISOString() },
      changed: true,
    });
    expect(editCheckin(checkin, { memberId: 'a', note: ' Tense ', now })).toEqual({ checkin, changed: false });
  });

  it('is for its member alone', () => {
    expect(codeOf(() => editCheckin(checkin, { memberId: 'b', note: 'x', now }))).toBe('only_author');
    expect(codeOf(() => assertMayDeleteCheckin(checkin, 'b'))).toBe('only_author');
  });
});

describe('momentChangeAudience', () => {
  const members = [
    { id: 'a', accountId: 'A' },
    { id: 'b', accountId: 'B' },
    { id: 'c', accountId: null },
  ];
  const ids = (list: { id: string }[]) => list.map((m) => m.id);
  const secret = { ...moment, visibility: 'private' as const };

  it('is the author alone for a private moment, edited or deleted', () => {
    expect(ids(momentChangeAudience(secret, secret, members))).toEqual(['a']);
    expect(ids(momentChangeAudience(secret, null, members))).toEqual(['a']);
  });

  it('includes whoever saw it before or sees it after, with an account', () => {
    expect(ids(momentChangeAudience(moment, secret, members))).toEqual(['a', 'b']);
    expect(ids(momentChangeAudience(secret, moment, members))).toEqual(['a', 'b']);
    expect(ids(momentChangeAudience(moment, null, members))).toEqual(['a', 'b']);
  });
});
