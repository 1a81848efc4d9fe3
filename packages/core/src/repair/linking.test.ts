import { describe, expect, it } from 'vitest';
import { takeBreak } from './cycle';
import { aRupture, codeOf } from './fixtures';
import { linkRecurrence, markRepairNotHeld } from './linking';

const members = [
  { id: 'a', accountId: 'acc-a' },
  { id: 'b', accountId: 'acc-b' },
  { id: 'kid', accountId: null },
];
const at = '2026-11-20T12:00:00.000Z';
const earlierAt = '2026-11-10T12:00:00.000Z';
const repaired = aRupture({ id: 'e', createdAt: earlierAt, status: 'repaired', repairedAt: earlierAt, round: 1 });
const newer = aRupture({ id: 'n', createdAt: at });

describe('linkRecurrence (rule 8)', () => {
  it('links a shared rupture to a shared earlier one and marks a repair that did not hold', () => {
    const linked = linkRecurrence({ rupture: newer, earlier: repaired, members, actorMemberId: 'b', at });
    expect(linked.rupture).toMatchObject({ linkedToId: 'e', version: 2 });
    expect(linked.earlier).toMatchObject({ repairHeld: false, version: 2 });
    expect(linked.events.map((e) => [e.type, e.ruptureId, e.actorMemberId])).toEqual([
      ['rupture.linked', 'n', 'b'],
      ['repair.did_not_hold', 'e', 'b'],
    ]);
  });

  it('leaves an open or already-marked earlier rupture as it is', () => {
    const open = aRupture({ id: 'e', createdAt: earlierAt, status: 'repairing' });
    expect(linkRecurrence({ rupture: newer, earlier: open, members, actorMemberId: 'a', at }).earlier).toBe(open);
    const marked = { ...repaired, repairHeld: false };
    const again = linkRecurrence({ rupture: newer, earlier: marked, members, actorMemberId: 'a', at });
    expect(again.earlier).toBe(marked);
    expect(again.events.map((e) => e.type)).toEqual(['rupture.linked']);
  });

  it('changes nothing when linked to the same one again', () => {
    const once = linkRecurrence({ rupture: newer, earlier: repaired, members, actorMemberId: 'a', at });
    const twice = linkRecurrence({ rupture: once.rupture, earlier: once.earlier, members, actorMemberId: 'a', at });
    expect(twice).toEqual({ rupture: once.rupture, earlier: once.earlier, events: [] });
  });

  it('refuses harm either way, a later rupture, another space, and one hidden from someone who sees the newer', () => {
    const link = (rupture = newer, earlier = repaired) =>
      codeOf(() => linkRecurrence({ rupture, earlier, members, actorMemberId: 'a', at }));
    expect(link(newer, { ...repaired, kinds: ['harm'], visibility: 'private' })).toBe('not_linkable');
    expect(link({ ...newer, kinds: ['harm'], visibility: 'private' })).toBe('not_linkable');
    expect(link(newer, { ...repaired, id: 'z' })).toBe('not_linkable');
    expect(link(newer, { ...repaired, spaceId: 'other' })).toBe('not_linkable');
    // a's own private one: b, who sees the newer one, could not see it.
    expect(link(newer, { ...repaired, visibility: 'private' })).toBe('not_linkable');
    // Involving only a and the child: b could not see it either.
    expect(link(newer, { ...repaired, involved: ['a', 'kid'] })).toBe('not_linkable');
    expect(link(newer, newer)).toBe('not_linkable');
  });

  it('refuses someone who cannot see both', () => {
    const mine = aRupture({ id: 'm', createdAt: earlierAt, visibility: 'private', status: 'noted' });
    expect(codeOf(() => linkRecurrence({ rupture: newer, earlier: mine, members, actorMemberId: 'b', at }))).toBe(
      'not_involved',
    );
  });

  it('lets a private rupture point at a shared one, but marks the repair only once the others can see why', () => {
    const mine = aRupture({ id: 'n', createdAt: at, visibility: 'private', status: 'noted', recognizedBy: [] });
    const linked = linkRecurrence({ rupture: mine, earlier: repaired, members, actorMemberId: 'a', at });
    expect(linked.rupture.linkedToId).toBe('e');
    expect(linked.earlier).toBe(repaired);
    expect(linked.events.map((e) => e.type)).toEqual(['rupture.linked']);
    const raised = { ...linked.rupture, visibility: 'shared' as const };
    const marked = markRepairNotHeld({ rupture: raised, earlier: repaired, members, actorMemberId: 'a', at });
    expect(marked.earlier.repairHeld).toBe(false);
    expect(marked.events.map((e) => e.type)).toEqual(['repair.did_not_hold']);
  });

  it('marks nothing for a rupture not linked to it', () => {
    const marked = markRepairNotHeld({ rupture: newer, earlier: repaired, members, actorMemberId: 'a', at });
    expect(marked).toEqual({ earlier: repaired, events: [] });
  });
});

describe('takeBreak (rule 6)', () => {
  const open = aRupture({ status: 'recognized', recognizedBy: ['a', 'b'] });
  const breakOf = (minutes: number, whileFlooded: boolean) =>
    codeOf(() =>
      takeBreak({
        rupture: open,
        actorMemberId: 'a',
        members,
        id: 'x',
        returnAt: new Date(Date.parse(at) + minutes * 60_000).toISOString(),
        whileFlooded,
        at,
      }),
    );

  it('asks someone flooded for at least 20 minutes, with a minute of grace for clocks', () => {
    expect(breakOf(1, true)).toBe('break_too_short');
    expect(breakOf(18, true)).toBe('break_too_short');
    expect(breakOf(19.5, true)).toBeUndefined();
    expect(breakOf(20, true)).toBeUndefined();
  });

  it('lets someone regulated choose a short break', () => {
    expect(breakOf(1, false)).toBeUndefined();
  });
});
