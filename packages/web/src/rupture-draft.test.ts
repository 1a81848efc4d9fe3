import type { MemberView } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { checkAll } from './components/use-form';
import { RUPTURE_FIELDS, RUPTURE_RULES, ruptureDetails, ruptureDraft, whenProblem } from './rupture-draft';
import { toDateTimeLocal } from './time';

const ben: MemberView = { id: 'b', displayName: 'Ben', hasAccount: true, isMe: false };
const mia: MemberView = { id: 'm', displayName: 'Mia', hasAccount: false, isMe: false };
const now = new Date(2025, 10, 21, 10, 0);

describe('ruptureDraft', () => {
  it('starts a new rupture now, between me and everyone else here, with nothing chosen', () => {
    expect(ruptureDraft([ben, mia], now)).toEqual({
      size: undefined,
      kinds: [],
      involved: ['b', 'm'],
      when: '2025-11-21T10:00',
      topic: '',
      note: '',
    });
  });

  it('prefills one being edited as it is, keeping only people still here and leaving me out', () => {
    const draft = ruptureDraft([ben], now, {
      size: 'small',
      kinds: ['eye_roll'],
      involved: ['a', 'b', 'gone'],
      topic: null,
      note: 'At dinner',
      occurredAt: new Date(2025, 10, 20, 19, 30).toISOString(),
    });
    expect(draft).toEqual({
      size: 'small',
      kinds: ['eye_roll'],
      involved: ['b'],
      when: '2025-11-20T19:30',
      topic: '',
      note: 'At dinner',
    });
  });
});

describe('the rules', () => {
  it('ask for a size and a kind, in the order of the fields', () => {
    const found = checkAll(RUPTURE_RULES, ruptureDraft([ben], now), RUPTURE_FIELDS);
    expect(Object.keys(found)).toEqual(['size', 'kinds']);
    expect(found.size).toBe('Please choose how big it felt.');
  });

  it('turn away a topic with hidden control characters, as the server does', () => {
    expect(RUPTURE_RULES.topic?.('money\u202E')).toMatch(/hidden or control/);
    expect(RUPTURE_RULES.topic?.('money')).toBeUndefined();
  });

  it('take an empty time as now, and refuse one still to come or one that cannot be read', () => {
    expect(whenProblem('', now)).toBeUndefined();
    expect(whenProblem('2025-11-21T09:05', now)).toBeUndefined();
    expect(whenProblem(toDateTimeLocal(new Date(now.getTime() + 60 * 60_000)), now)).toMatch(/still to come/);
    expect(whenProblem('not a time', now)).toMatch(/full date and time/);
  });
});

describe('ruptureDetails', () => {
  it('sends trimmed text and leaves out what is empty', () => {
    const draft = { ...ruptureDraft([ben], now), size: 'tiny' as const, kinds: ['missed_bid' as const] };
    const sent = ruptureDetails({ ...draft, topic: '  money ', note: '   ', when: '' });
    expect(sent).toEqual({ size: 'tiny', kinds: ['missed_bid'], involved: ['b'], topic: 'money' });
  });

  it('sends the time as an instant', () => {
    const draft = { ...ruptureDraft([], now), size: 'big' as const, kinds: ['other' as const] };
    expect(ruptureDetails(draft)?.occurredAt).toBe(now.toISOString());
  });

  it('has nothing to send while no size is chosen', () => {
    expect(ruptureDetails(ruptureDraft([ben], now))).toBeUndefined();
  });
});
