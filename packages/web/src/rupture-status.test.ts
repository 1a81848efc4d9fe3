import type { MemberView } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { joinNames, statusWords } from './rupture-status';

const ana: MemberView = { id: 'a', displayName: 'Ana', hasAccount: true, isMe: true };
const ben: MemberView = { id: 'b', displayName: 'Ben', hasAccount: true, isMe: false };
const mia: MemberView = { id: 'm', displayName: 'Mia', hasAccount: false, isMe: false };
const members = [ana, ben, mia];
const now = new Date('2025-11-21T12:00:00Z');

const base = { involved: ['a', 'b'], authorMemberId: 'a', pausedUntil: null, visibility: 'shared' as const };
const cai: MemberView = { id: 'c', displayName: 'Cai', hasAccount: true, isMe: false };
const ctx = { members, now };

describe('statusWords', () => {
  it('says each state in words', () => {
    expect(statusWords({ ...base, status: 'noted' }, ctx)).toBe('Only you can see this.');
    expect(statusWords({ ...base, status: 'raised' }, ctx)).toBe('Shared with Ben.');
    expect(statusWords({ ...base, status: 'recognized' }, ctx)).toBe('You both see that something happened.');
    expect(statusWords({ ...base, status: 'repairing' }, ctx)).toBe('Repairing.');
    expect(statusWords({ ...base, status: 'repaired' }, ctx)).toBe('Repaired. Everyone feels it.');
    expect(statusWords({ ...base, status: 'let_go' }, ctx)).toBe('You let this one go.');
  });

  it('names who it was shared with, from either side', () => {
    expect(statusWords({ ...base, involved: ['a', 'b', 'm'], status: 'raised' }, ctx)).toBe('Shared with Ben and Mia.');
    const fromBen = { ...base, authorMemberId: 'b', involved: ['b', 'a', 'm'], status: 'raised' as const };
    expect(statusWords(fromBen, ctx)).toBe('Shared with you and Mia.');
  });

  it('counts only people with an account as seeing it: "everyone involved" with three or more', () => {
    expect(statusWords({ ...base, involved: ['a', 'b', 'm'], status: 'recognized' }, ctx)).toBe(
      'You both see that something happened.',
    );
    const three = { members: [...members, cai], now };
    expect(statusWords({ ...base, involved: ['a', 'b', 'c'], status: 'recognized' }, three)).toBe(
      'Everyone involved sees that something happened.',
    );
    expect(statusWords({ ...base, involved: ['a', 'm'], status: 'recognized' }, ctx)).toBe(
      "You've named it. That's the first step.",
    );
  });

  it('keeps saying a rupture is private while it is repaired alone', () => {
    const alone = { ...base, involved: ['a', 'm'], visibility: 'private' as const, status: 'repairing' as const };
    expect(statusWords(alone, ctx)).toBe('Repairing. Only you can see this.');
  });

  it('says when a break ends while it lasts, and nothing of it after', () => {
    const paused = { ...base, status: 'repairing' as const, pausedUntil: '2025-11-21T12:20:00Z' };
    expect(statusWords(paused, ctx)).toMatch(/^Taking a break — back at .+\.$/);
    expect(statusWords(paused, { members, now: new Date('2025-11-21T12:30:00Z') })).toBe('Repairing.');
    expect(statusWords({ ...paused, status: 'repaired' }, ctx)).toBe('Repaired. Everyone feels it.');
  });
});

describe('joinNames', () => {
  it('joins names as people say them', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['Ben'])).toBe('Ben');
    expect(joinNames(['Ben', 'Mia'])).toBe('Ben and Mia');
    expect(joinNames(['Ben', 'Mia', 'Cai'])).toBe('Ben, Mia and Cai');
  });
});
