import { describe, expect, it } from 'vitest';
import type { Rupture } from '../repair/types';
import { A, at, B, checkedIn, start } from './fixtures';
import { abandonConversation, endedByHarm, pauseConversation } from './index';

const harm: Pick<Rupture, 'id' | 'kinds'> = { id: 'r1', kinds: ['missed_bid', 'harm'] };
const notHarm: Pick<Rupture, 'id' | 'kinds'> = { id: 'r1', kinds: ['missed_bid'] };

describe('a rupture marked as harm hosts no conversation (rule 9)', () => {
  it('ends an open conversation started from it, abandoned, naming nobody', () => {
    for (const open of [checkedIn(start('talk-it-through')), pauseOf(checkedIn(start('talk-it-through')))]) {
      const ended = endedByHarm(open, harm, at(40));
      expect(ended?.conversation).toMatchObject({
        status: 'abandoned',
        turn: null,
        waitingOn: [],
        pausedUntil: null,
        pausedBy: null,
        endedAt: at(40),
        version: open.version + 1,
      });
      // Exactly what leaving it would leave: nothing tells the other why it ended.
      const left = abandonConversation(open, { memberId: B, now: at(40) }).conversation;
      expect(ended?.conversation).toEqual(left);
      expect(ended?.events).toEqual([
        { type: 'conversation.changed', conversationId: 'c1', spaceId: 's1', version: open.version + 1 },
      ]);
    }
  });

  it('leaves alone what is not an open conversation of a harm rupture', () => {
    const open = checkedIn(start('talk-it-through'));
    expect(endedByHarm(open, notHarm, at(40))).toBeUndefined();
    expect(endedByHarm(open, { ...harm, id: 'r2' }, at(40))).toBeUndefined();
    const ended = abandonConversation(open, { memberId: A, now: at(10) }).conversation;
    expect(endedByHarm(ended, harm, at(40))).toBeUndefined();
  });
});

function pauseOf(c: ReturnType<typeof start>) {
  return pauseConversation(c, { memberId: A, until: at(60), now: at(5) }).conversation;
}
