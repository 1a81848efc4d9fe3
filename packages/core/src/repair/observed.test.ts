import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import type { MemberRecord } from '../spaces';
import { attemptRepair } from './cycle';
import { aRupture } from './fixtures';
import { recordReconnectionWithAnswer } from './observed';
import type { RepairResponse } from './types';

const members: MemberRecord[] = [
  { id: 'a', accountId: 'acc-a' },
  { id: 'kid', accountId: null },
];
const at = '2026-11-01T12:30:00.000Z';

function afterDoOver() {
  const noted = aRupture({ visibility: 'private', status: 'noted', involved: ['a', 'kid'], recognizedBy: [] });
  return attemptRepair({
    rupture: noted,
    actorMemberId: 'a',
    id: 't1',
    kind: 'do_over',
    message: null,
    whileFlooded: false,
    at,
  }).rupture;
}

const base = { members, actorMemberId: 'a', memberId: 'kid', ids: ['r1', 'r2'] as const, at };

describe('recordReconnectionWithAnswer', () => {
  it('what the child did and the parent’s repaired, in one change: repaired, version up by one', () => {
    const rupture = afterDoOver();
    const change = recordReconnectionWithAnswer({
      ...base,
      rupture,
      responses: [],
      note: ' came back to play ',
      feel: 'repaired',
      need: null,
    });
    expect(change.rupture).toMatchObject({ status: 'repaired', repairedAt: at, version: rupture.version + 1 });
    const [seen, own] = change.created.responses;
    expect(seen).toMatchObject({ id: 'r1', memberId: 'kid', recordedByMemberId: 'a', note: 'came back to play' });
    expect(own).toMatchObject({ id: 'r2', memberId: 'a', feel: 'repaired' });
    expect(change.events.map((e) => e.type)).toEqual(['response.given', 'reconnection.recorded', 'rupture.repaired']);
    expect(change.events.filter((e) => e.type === 'rupture.repaired')).toHaveLength(1);
  });

  it('the parent not yet there: the reconnection is kept, the rupture stays open with the need', () => {
    const change = recordReconnectionWithAnswer({
      ...base,
      rupture: afterDoOver(),
      responses: [],
      note: 'calmed',
      feel: 'not_yet',
      need: 'a quiet evening',
    });
    expect(change.rupture.status).toBe('repairing');
    expect(change.created.responses[1]).toMatchObject({ feel: 'not_yet', need: 'a quiet evening' });
  });

  it('refused whole when the member has an account or is not involved, or there was no move yet', () => {
    const rupture = afterDoOver();
    const withBen = [...members, { id: 'b', accountId: 'acc-b' }];
    const cases: [Partial<Parameters<typeof recordReconnectionWithAnswer>[0]>, string][] = [
      [{ memberId: 'b', members: withBen }, 'reconnection_needs_member_without_account'],
      [{ memberId: 'nobody' }, 'reconnection_needs_member_without_account'],
      [{ rupture: aRupture({ involved: ['a', 'kid'], round: 0 }) }, 'no_attempt_yet'],
      [{ actorMemberId: 'kid' }, 'not_involved'],
    ];
    for (const [over, code] of cases) {
      const run = () =>
        recordReconnectionWithAnswer({
          ...base,
          rupture,
          responses: [] as RepairResponse[],
          note: null,
          feel: 'repaired',
          need: null,
          ...over,
        });
      expect(run).toThrow(DomainError);
      expect(run).toThrow(code);
    }
  });
});
