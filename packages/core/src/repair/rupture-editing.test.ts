import { describe, expect, it } from 'vitest';
import { aRupture, codeOf } from './fixtures';
import { markHarm } from './harm';
import { editAttemptMessage, editResponse, editRupture } from './rupture-editing';
import type { Attempt, RepairResponse } from './types';

const at = '2026-11-20T12:00:00.000Z';

function anAttempt(overrides: Partial<Attempt> = {}): Attempt {
  return {
    id: 'at1',
    spaceId: 's',
    ruptureId: 'r',
    memberId: 'a',
    kind: 'apology',
    message: 'I am sorry I snapped',
    returnAt: null,
    whileFlooded: false,
    round: 1,
    createdAt: '2026-11-02T12:00:00.000Z',
    editedAt: null,
    ...overrides,
  };
}

function aResponse(overrides: Partial<RepairResponse> = {}): RepairResponse {
  return {
    id: 're1',
    spaceId: 's',
    ruptureId: 'r',
    memberId: 'b',
    recordedByMemberId: 'b',
    round: 1,
    feel: 'not_yet',
    need: 'a hug',
    note: null,
    createdAt: '2026-11-02T13:00:00.000Z',
    editedAt: null,
    ...overrides,
  };
}

describe('editRupture: the author changes what their rupture says', () => {
  it('changes each field, marks the rupture edited, bumps the version and says so in one event', () => {
    const before = aRupture({ status: 'repairing', round: 1 });
    const { rupture, events } = editRupture({
      rupture: before,
      actorMemberId: 'a',
      edit: {
        size: 'big',
        kinds: ['eye_roll', 'eye_roll', 'contempt'],
        topic: '  Money ',
        note: '  I was tired  ',
        occurredAt: '2026-11-19T08:00:00+01:00',
      },
      at,
    });
    expect(rupture).toMatchObject({
      size: 'big',
      kinds: ['eye_roll', 'contempt'],
      topic: 'money',
      note: 'I was tired',
      occurredAt: '2026-11-19T07:00:00.000Z',
      editedAt: at,
      version: before.version + 1,
      status: 'repairing',
      visibility: 'shared',
      involved: ['a', 'b'],
    });
    expect(events).toEqual([{ type: 'rupture.edited', spaceId: 's', ruptureId: 'r', actorMemberId: 'a', at }]);
    expect(before.editedAt, 'its input is left as it was').toBeNull();
  });

  it('changes only the fields given, and an empty note or topic becomes none', () => {
    const before = aRupture({ topic: 'chores', note: 'dishes again', size: 'medium' });
    const { rupture } = editRupture({ rupture: before, actorMemberId: 'a', edit: { note: '   ', topic: '' }, at });
    expect(rupture).toMatchObject({ note: null, topic: null, size: 'medium', kinds: ['criticism'] });
  });

  it('works in every status, closed and private ones included', () => {
    for (const r of [
      aRupture({ visibility: 'private', status: 'noted', recognizedBy: [] }),
      aRupture({ status: 'repaired', round: 1, repairedAt: at }),
      aRupture({ visibility: 'private', status: 'let_go', letGoAt: at, size: 'tiny' }),
    ]) {
      expect(editRupture({ rupture: r, actorMemberId: 'a', edit: { note: 'later words' }, at }).rupture.note).toBe(
        'later words',
      );
    }
  });

  it('returns the rupture as it was, with no event, when nothing changes', () => {
    const before = aRupture({ kinds: ['eye_roll', 'contempt'], topic: 'money', note: 'x' });
    for (const edit of [
      {},
      { kinds: ['contempt', 'eye_roll'] as const },
      { topic: ' Money ', note: ' x ' },
      { occurredAt: '2026-11-01T13:00:00+01:00', size: 'small' as const },
    ]) {
      const same = editRupture({ rupture: before, actorMemberId: 'a', edit: { ...edit }, at });
      expect(same.rupture).toBe(before);
      expect(same.events).toEqual([]);
    }
  });

  it('is the author’s alone: another member gets only_author, someone who cannot see it not_involved', () => {
    expect(codeOf(() => editRupture({ rupture: aRupture(), actorMemberId: 'b', edit: { note: 'mine' }, at }))).toBe(
      'only_author',
    );
    const hidden = aRupture({ visibility: 'private', status: 'noted' });
    expect(codeOf(() => editRupture({ rupture: hidden, actorMemberId: 'b', edit: { note: 'x' }, at }))).toBe(
      'not_involved',
    );
    expect(codeOf(() => editRupture({ rupture: aRupture(), actorMemberId: 'c', edit: { note: 'x' }, at }))).toBe(
      'not_involved',
    );
  });

  it('never removes harm, and never adds it (that is markHarm’s, rule 9)', () => {
    const harmed = markHarm({ rupture: aRupture(), actorMemberId: 'a', at }).rupture;
    expect(codeOf(() => editRupture({ rupture: harmed, actorMemberId: 'a', edit: { kinds: ['criticism'] }, at }))).toBe(
      'harm_stays',
    );
    const kept = editRupture({ rupture: harmed, actorMemberId: 'a', edit: { kinds: ['harm', 'yelling'] }, at });
    expect(kept.rupture).toMatchObject({ kinds: ['harm', 'yelling'], visibility: 'private' });
    expect(codeOf(() => editRupture({ rupture: aRupture(), actorMemberId: 'a', edit: { kinds: ['harm'] }, at }))).toBe(
      'use_harm_endpoint',
    );
  });

  it('keeps the rules of logging: some kind, a topic without hidden characters, a time not in the future', () => {
    const r = aRupture();
    expect(codeOf(() => editRupture({ rupture: r, actorMemberId: 'a', edit: { kinds: [] }, at }))).toBe(
      'invalid_kinds',
    );
    expect(codeOf(() => editRupture({ rupture: r, actorMemberId: 'a', edit: { topic: 'mo\u202Eney' }, at }))).toBe(
      'invalid_topic',
    );
    const tomorrow = '2026-11-21T12:00:00.000Z';
    expect(codeOf(() => editRupture({ rupture: r, actorMemberId: 'a', edit: { occurredAt: tomorrow }, at }))).toBe(
      'invalid_occurred_at',
    );
    const inAMinute = '2026-11-20T12:01:00.000Z';
    expect(
      editRupture({ rupture: r, actorMemberId: 'a', edit: { occurredAt: inAMinute }, at }).rupture.occurredAt,
    ).toBe(inAMinute);
  });
});

describe('editAttemptMessage: the one who reached out changes what they said', () => {
  it('changes or clears the message, marks the attempt edited and bumps the rupture', () => {
    const r = aRupture({ status: 'repairing', round: 1 });
    const changed = editAttemptMessage({
      rupture: r,
      attempt: anAttempt(),
      actorMemberId: 'a',
      message: ' Sorry. ',
      at,
    });
    expect(changed.created.attempt).toMatchObject({ message: 'Sorry.', editedAt: at, kind: 'apology', round: 1 });
    expect(changed.rupture.version).toBe(r.version + 1);
    expect(changed.rupture.editedAt, 'the rupture itself was not edited').toBeNull();
    expect(changed.events.map((e) => e.type)).toEqual(['rupture.edited']);
    const cleared = editAttemptMessage({ rupture: r, attempt: anAttempt(), actorMemberId: 'a', message: null, at });
    expect(cleared.created.attempt?.message).toBeNull();
  });

  it('changes nothing when the words are the same', () => {
    const r = aRupture({ status: 'repairing', round: 1 });
    const same = editAttemptMessage({
      rupture: r,
      attempt: anAttempt(),
      actorMemberId: 'a',
      message: 'I am sorry I snapped ',
      at,
    });
    expect(same).toEqual({ rupture: r, events: [], created: { attempt: null } });
  });

  it('is the maker’s alone, and a break has no message to edit', () => {
    const r = aRupture({ status: 'repairing', round: 1 });
    const edit = (attempt: Attempt, actorMemberId: string) => () =>
      editAttemptMessage({ rupture: r, attempt, actorMemberId, message: 'x', at });
    expect(codeOf(edit(anAttempt(), 'b'))).toBe('only_author');
    expect(codeOf(edit(anAttempt({ memberId: 'b' }), 'b'))).toBeUndefined();
    expect(codeOf(edit(anAttempt({ kind: 'break', message: null, returnAt: at }), 'a'))).toBe('not_editable');
    expect(codeOf(edit(anAttempt({ ruptureId: 'other' }), 'a'))).toBe('not_involved');
    expect(codeOf(edit(anAttempt(), 'c'))).toBe('not_involved');
  });
});

describe('editResponse: whoever recorded an answer changes its words', () => {
  const r = aRupture({ status: 'repairing', round: 1 });

  it('changes the need of one’s own "not yet"', () => {
    const { created, rupture, events } = editResponse({
      rupture: r,
      response: aResponse(),
      actorMemberId: 'b',
      edit: { need: ' time to think ' },
      at,
    });
    expect(created.response).toMatchObject({ need: 'time to think', feel: 'not_yet', editedAt: at });
    expect(rupture.version).toBe(r.version + 1);
    expect(events).toEqual([{ type: 'rupture.edited', spaceId: 's', ruptureId: 'r', actorMemberId: 'b', at }]);
  });

  it('changes the note of an observed reconnection, by the one who recorded it', () => {
    const seen = aResponse({
      memberId: 'child',
      recordedByMemberId: 'a',
      feel: 'repaired',
      need: null,
      note: 'calmed',
    });
    const { created } = editResponse({
      rupture: r,
      response: seen,
      actorMemberId: 'a',
      edit: { note: 'came back to play' },
      at,
    });
    expect(created.response).toMatchObject({ note: 'came back to play', memberId: 'child', editedAt: at });
  });

  it('refuses what does not fit the answer, and anyone but its recorder', () => {
    const edit = (response: RepairResponse, actorMemberId: string, e: { need: string } | { note: string }) => () =>
      editResponse({ rupture: r, response, actorMemberId, edit: e, at });
    expect(codeOf(edit(aResponse(), 'a', { need: 'x' }))).toBe('only_author');
    expect(codeOf(edit(aResponse({ feel: 'repaired', need: null }), 'b', { need: 'x' }))).toBe('not_editable');
    expect(codeOf(edit(aResponse(), 'b', { note: 'x' }))).toBe('not_editable');
    const seen = aResponse({ memberId: 'child', recordedByMemberId: 'a', feel: 'repaired', need: null });
    expect(codeOf(edit(seen, 'a', { need: 'x' }))).toBe('not_editable');
    expect(codeOf(edit(seen, 'b', { note: 'x' }))).toBe('only_author');
  });

  it('changes nothing when the words are the same', () => {
    const same = editResponse({ rupture: r, response: aResponse(), actorMemberId: 'b', edit: { need: 'a hug' }, at });
    expect(same).toEqual({ rupture: r, events: [], created: { response: null } });
  });
});
