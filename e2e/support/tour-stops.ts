import type { Page } from 'playwright-core';
import type { TourData } from './tour-seed';

/** The screen tour's table (e2e/tour.test.ts): where it stops, as whom, and what it does there first. */

export type Who = 'nobody' | 'alex' | 'bea';

export interface Stop {
  /** The screenshot's name; unique across the tour. */
  name: string;
  path: string;
  as: Who;
  /** What to do on the screen once it has settled, before it is checked (e.g. choose a size to show the chips). */
  prepare?: (page: Page) => Promise<void>;
}

/**
 * Where the tour stops on each route of the app (packages/web/src/app.tsx
 * ROUTES), keyed by its pattern. A new screen needs a line here: the first
 * test of e2e/tour.test.ts fails until it has one.
 */
export const TOUR: Record<string, (d: TourData) => Stop[]> = {
  '/welcome': () => [{ name: 'welcome', path: '/welcome', as: 'nobody' }],
  '/signup': () => [{ name: 'signup', path: '/signup', as: 'nobody' }],
  '/signin': () => [{ name: 'signin', path: '/signin', as: 'nobody' }],
  '/': () => [
    { name: 'spaces-alex', path: '/', as: 'alex' },
    { name: 'spaces-bea', path: '/', as: 'bea' },
  ],
  '/spaces/new': () => [{ name: 'new-space', path: '/spaces/new', as: 'alex' }],
  '/spaces/:spaceId': (d) => [
    { name: 'space-couple-alex', path: space(d.couple.spaceId), as: 'alex' },
    {
      // The quick log's chips show once a size is chosen.
      name: 'space-couple-alex-choosing',
      path: space(d.couple.spaceId),
      as: 'alex',
      prepare: (page) => page.getByRole('radio').first().check(),
    },
    { name: 'space-couple-bea', path: space(d.couple.spaceId), as: 'bea' },
    { name: 'space-parent', path: space(d.parent.spaceId), as: 'alex' },
    // Alex alone (Sam is not on the app): the quiet wall's line on the home.
    { name: 'space-solo', path: space(d.solo.spaceId), as: 'alex' },
  ],
  '/spaces/:spaceId/timeline': (d) => [{ name: 'timeline', path: space(d.couple.spaceId, 'timeline'), as: 'alex' }],
  '/spaces/:spaceId/insights': (d) => [
    {
      // A year of sample history: every figure, with every table open so axe reads them too.
      name: 'insights-demo',
      path: space(d.demoSpaceId, 'insights'),
      as: 'alex',
      prepare: async (page) => {
        for (const table of await page.locator('summary', { hasText: 'Show as a table' }).all()) await table.click();
      },
    },
    // A few days of a couple: mostly "Not enough yet"; and a parent with Mia, who has no account.
    { name: 'insights-couple', path: space(d.couple.spaceId, 'insights'), as: 'alex' },
    { name: 'insights-parent', path: space(d.parent.spaceId, 'insights'), as: 'alex' },
    // Alex alone: the words for one person, with a wall, a balance and months to show.
    { name: 'insights-solo', path: space(d.solo.spaceId, 'insights'), as: 'alex' },
  ],
  '/spaces/:spaceId/invite': (d) => [{ name: 'invite', path: space(d.couple.spaceId, 'invite'), as: 'alex' }],
  '/spaces/:spaceId/people': (d) => [
    { name: 'people-couple', path: space(d.couple.spaceId, 'people'), as: 'alex' },
    { name: 'people-parent', path: space(d.parent.spaceId, 'people'), as: 'alex' },
  ],
  '/spaces/:spaceId/ruptures/new': (d) => [
    { name: 'new-rupture', path: space(d.couple.spaceId, 'ruptures/new'), as: 'alex' },
  ],
  '/spaces/:spaceId/ruptures/:ruptureId': (d) => {
    const { spaceId, ...r } = d.couple;
    const rupture = (name: string, id: string, as: Who): Stop => ({
      name: `rupture-${name}`,
      path: space(spaceId, `ruptures/${id}`),
      as,
    });
    return [
      rupture('raised-alex', r.raised, 'alex'),
      rupture('raised-bea', r.raised, 'bea'),
      rupture('attempted-bea', r.attempted, 'bea'),
      rupture('attempted-alex', r.attempted, 'alex'),
      rupture('not-yet-alex', r.notYet, 'alex'),
      rupture('not-yet-bea', r.notYet, 'bea'),
      rupture('break-alex', r.onBreak, 'alex'),
      rupture('repaired-alex', r.repaired, 'alex'),
      rupture('private-alex', r.privateNote, 'alex'),
      rupture('harm-alex', r.harm, 'alex'),
      {
        name: 'rupture-parent-reconnected',
        path: space(d.parent.spaceId, `ruptures/${d.parent.reconnected}`),
        as: 'alex',
      },
    ];
  },
  '/spaces/:spaceId/ruptures/:ruptureId/edit': (d) => [
    { name: 'edit-rupture', path: space(d.couple.spaceId, `ruptures/${d.couple.notYet}/edit`), as: 'alex' },
  ],
  '/spaces/:spaceId/conversations/new': (d) => [
    { name: 'conversation-new', path: space(d.couple.spaceId, 'conversations/new'), as: 'alex' },
    {
      // The parent do-over asks the child's age once chosen.
      name: 'conversation-new-parent',
      path: space(d.parent.spaceId, 'conversations/new'),
      as: 'alex',
      prepare: (page) => page.getByRole('radio', { name: 'Parent do-over' }).check(),
    },
  ],
  '/spaces/:spaceId/conversations/:conversationId': (d) => {
    const c = d.conversations;
    const at = (name: string, spaceId: string, id: string, as: Who): Stop => ({
      name: `conversation-${name}`,
      path: space(spaceId, `conversations/${id}`),
      as,
    });
    return [
      at('talk-alex', d.couple.spaceId, c.talk, 'alex'),
      at('talk-bea', d.couple.spaceId, c.talk, 'bea'),
      at('paused-alex', d.couple.spaceId, c.paused, 'alex'),
      at('paused-bea', d.couple.spaceId, c.paused, 'bea'),
      at('done-alex', d.couple.spaceId, c.done, 'alex'),
      at('gate-bea', c.gateSpaceId, c.gate, 'bea'),
      at('gate-alex', c.gateSpaceId, c.gate, 'alex'),
      at('baby-alex', d.parent.spaceId, c.baby, 'alex'),
    ];
  },
  '/spaces/:spaceId/check-in': (d) => [{ name: 'check-in', path: space(d.couple.spaceId, 'check-in'), as: 'alex' }],
  '/spaces/:spaceId/moments/new': (d) => [
    { name: 'new-moment', path: space(d.couple.spaceId, 'moments/new'), as: 'alex' },
  ],
  '/spaces/:spaceId/moments/:momentId/edit': (d) => [
    { name: 'edit-moment', path: space(d.couple.spaceId, `moments/${d.couple.moment}/edit`), as: 'alex' },
  ],
  '/join/:token': (d) => [
    { name: 'join-signed-out', path: `/join/${d.inviteToken}`, as: 'nobody' },
    { name: 'join-signed-in', path: `/join/${d.inviteToken}`, as: 'alex' },
  ],
  '/settings': () => [{ name: 'settings', path: '/settings', as: 'alex' }],
  '/safety': () => [
    { name: 'safety', path: '/safety', as: 'alex' },
    { name: 'safety-signed-out', path: '/safety', as: 'nobody' },
  ],
  '/safety/check': () => [{ name: 'safety-check', path: '/safety/check', as: 'alex' }],
};

/** The screen no route matches; not in ROUTES, so listed on its own. */
export const NOT_FOUND: Stop[] = [
  { name: 'not-found-signed-in', path: '/no-such-page', as: 'alex' },
  { name: 'not-found-signed-out', path: '/no-such-page', as: 'nobody' },
];

function space(id: string, rest?: string): string {
  return rest ? `/spaces/${id}/${rest}` : `/spaces/${id}`;
}

/** Stops with made-up ids, to check the table without seeding. */
export const PLACEHOLDER: TourData = {
  alex: { name: 'Alex', cookie: '' },
  bea: { name: 'Bea', cookie: '' },
  couple: {
    spaceId: 's1',
    raised: 'r1',
    attempted: 'r2',
    notYet: 'r3',
    repaired: 'r4',
    privateNote: 'r5',
    harm: 'r6',
    onBreak: 'r7',
    moment: 'mo1',
  },
  parent: { spaceId: 's2', childMemberId: 'm1', reconnected: 'r8' },
  solo: { spaceId: 's4' },
  demoSpaceId: 's3',
  inviteToken: 't1',
  conversations: { talk: 'c1', paused: 'c2', done: 'c3', gateSpaceId: 's4', gate: 'c4', baby: 'c5' },
};
