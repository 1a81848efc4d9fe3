import { describe, expect, it } from 'vitest';
import { describeOpenInvite } from './invite-labels';
import { formatDate } from './labels';

describe('describeOpenInvite', () => {
  const invite = {
    id: 'i1',
    createdAt: '2025-12-01T10:00:00.000Z',
    expiresAt: '2025-12-08T10:00:00.000Z',
    madeByMe: true,
  };
  const now = new Date('2025-12-01T10:05:00.000Z');

  it('says until when the link works, and who made it how long ago', () => {
    expect(describeOpenInvite(invite, now)).toEqual({
      until: `Works until ${formatDate(invite.expiresAt)}`,
      made: 'You made it 5 minutes ago',
    });
  });

  it('does not name another member', () => {
    expect(describeOpenInvite({ ...invite, madeByMe: false }, new Date('2025-12-03T11:00:00.000Z')).made).toBe(
      'Another member made it 2 days ago',
    );
  });
});
