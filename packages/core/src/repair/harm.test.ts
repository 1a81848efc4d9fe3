import { describe, expect, it } from 'vitest';
import { attemptRepair, raiseRupture } from './cycle';
import { aRupture, codeOf } from './fixtures';
import { markHarm } from './harm';
import { canLinkRuptures, canSeeRupture, ruptureAudience } from './visibility';

const at = '2026-11-20T12:00:00.000Z';
const members = [
  { id: 'a', accountId: 'acc-a' },
  { id: 'b', accountId: 'acc-b' },
];

describe('markHarm (rule 9): "this was harm", at any time', () => {
  it('takes a shared rupture in repair out of the flow and out of everyone else’s view', () => {
    const repairing = aRupture({ status: 'repairing', round: 1, pausedUntil: at, linkedToId: 'e', version: 4 });
    expect(canSeeRupture('b', repairing)).toBe(true);
    const { rupture, events } = markHarm({ rupture: repairing, actorMemberId: 'a', at });
    expect(rupture).toMatchObject({
      kinds: ['criticism', 'harm'],
      visibility: 'private',
      pausedUntil: null,
      linkedToId: null,
      version: 5,
      status: 'repairing',
    });
    expect(canSeeRupture('b', rupture)).toBe(false);
    expect(canSeeRupture('a', rupture)).toBe(true);
    expect(ruptureAudience(rupture, members).map((m) => m.id)).toEqual(['a']);
    expect(events).toEqual([{ type: 'rupture.marked_harm', spaceId: 's', ruptureId: 'r', actorMemberId: 'a', at }]);
    expect(repairing.kinds, 'its input is left as it was').toEqual(['criticism']);
  });

  it('works on a private noted one and on a closed one alike', () => {
    for (const r of [
      aRupture({ visibility: 'private', status: 'noted', recognizedBy: [] }),
      aRupture({ status: 'repaired', repairedAt: at, round: 1 }),
      aRupture({ visibility: 'private', status: 'let_go', letGoAt: at, size: 'tiny' }),
    ]) {
      const marked = markHarm({ rupture: r, actorMemberId: 'a', at }).rupture;
      expect(marked.kinds).toContain('harm');
      expect(marked.status, 'the status stays what it was: history is kept').toBe(r.status);
    }
  });

  it('then refuses every repair step and every link', () => {
    const { rupture } = markHarm({ rupture: aRupture(), actorMemberId: 'a', at });
    expect(
      codeOf(() =>
        attemptRepair({
          rupture,
          actorMemberId: 'a',
          id: 'x',
          kind: 'apology',
          message: null,
          whileFlooded: false,
          at,
        }),
      ),
    ).toBe('harm_not_for_repair');
    expect(codeOf(() => raiseRupture({ rupture, actorMemberId: 'a', members, at }))).toBe('harm_not_for_repair');
    const earlier = aRupture({ id: 'e' });
    expect(canLinkRuptures({ ...rupture, id: 's2' }, earlier, members)).toBe(false);
  });

  it('is the author’s alone to say; others read it as not found or not theirs', () => {
    const shared = aRupture();
    expect(codeOf(() => markHarm({ rupture: shared, actorMemberId: 'b', at }))).toBe('only_author');
    const hidden = aRupture({ visibility: 'private', status: 'noted' });
    expect(codeOf(() => markHarm({ rupture: hidden, actorMemberId: 'b', at }))).toBe('not_involved');
  });

  it('changes nothing when said twice', () => {
    const once = markHarm({ rupture: aRupture(), actorMemberId: 'a', at }).rupture;
    const twice = markHarm({ rupture: once, actorMemberId: 'a', at });
    expect(twice.rupture).toBe(once);
    expect(twice.events).toEqual([]);
  });
});
