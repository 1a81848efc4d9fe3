import { call, inBatches, myMemberId, register, type SpaceBody } from './api';

/**
 * The data the throughput bench and the profiler measure against: a couple
 * (two accounts) sharing two spaces. One holds a timeline of 10,000
 * positive moments from both of them (one in five private) with 200 shared
 * ruptures and 100 of the viewer's own check-ins among them; the other takes the
 * rupture POSTs and already holds 200 earlier ruptures, so "is this like…?"
 * compares each new one with a full look-back.
 */
export interface Scenario {
  /** The viewer's session cookie (Ana), who reads the timeline and logs the ruptures. */
  cookie: string;
  timelineSpaceId: string;
  ruptureSpaceId: string;
  /** The rupture every POST logs: shared, involving Ben, with a topic and a note, so resemblance runs. */
  rupture: Record<string, unknown>;
}

const TOPICS = ['money', 'chores', 'in-laws', 'phones', 'bedtime', 'plans', 'work', 'tone'];
const NOTES = [
  'When I asked about the rent you rolled your eyes and changed the subject, and I felt dismissed.',
  'You were on your phone while I was telling you about my day, and I stopped talking.',
  'We argued about whose turn it was to do the dishes and both raised our voices.',
  'I made plans for the weekend without asking you first and you found out from a friend.',
  'You said my mother always ruins dinner, in front of her, and I felt caught in the middle.',
];
const MOMENT_KINDS = ['appreciation', 'bid_turned_toward', 'joy', 'affection', 'gratitude', 'repair_pride'];
const IN_FLIGHT = 32;

async function coupleSpace(baseURL: string, ana: string, ben: string, name: string) {
  const { body: created } = await call<SpaceBody>(baseURL, 'POST', '/api/spaces', {
    cookie: ana,
    body: { name, kind: 'couple' },
    expect: 201,
  });
  const spaceId = created.space.id;
  const { body: invite } = await call<{ token: string }>(baseURL, 'POST', `/api/spaces/${spaceId}/invites`, {
    cookie: ana,
    expect: 201,
  });
  await call(baseURL, 'POST', `/api/invites/${invite.token}/accept`, { cookie: ben, expect: 200 });
  const { body: space } = await call<SpaceBody>(baseURL, 'GET', `/api/spaces/${spaceId}`, { cookie: ana, expect: 200 });
  const benId = space.space.members.find((m) => !m.isMe)?.id;
  if (!benId) throw new Error(`Space ${spaceId} does not have both members`);
  return { spaceId, anaId: myMemberId(space), benId };
}

function ruptureBody(i: number, involved: string) {
  return {
    size: i % 3 === 0 ? 'small' : 'tiny',
    kinds: [i % 2 === 0 ? 'dismissive_tone' : 'missed_bid'],
    involved: [involved],
    visibility: 'shared',
    topic: TOPICS[i % TOPICS.length],
    note: NOTES[i % NOTES.length],
  };
}

export async function seedScenario(baseURL: string, props: { moments: number }): Promise<Scenario> {
  const ana = await register(baseURL, { email: 'ana@bench.example', displayName: 'Ana' });
  const ben = await register(baseURL, { email: 'ben@bench.example', displayName: 'Ben' });
  const timeline = await coupleSpace(baseURL, ana, ben, 'Timeline');
  const ruptures = await coupleSpace(baseURL, ana, ben, 'Ruptures');
  const post = (cookie: string, path: string, body: unknown) =>
    call(baseURL, 'POST', path, { cookie, body, expect: 201 });

  const base = `/api/spaces/${timeline.spaceId}`;
  // Interleaved as a life is: mostly moments, a rupture now and then, the viewer's check-ins between.
  const ruptureEvery = Math.max(1, Math.floor(props.moments / 200));
  const checkinEvery = Math.max(1, Math.floor(props.moments / 100));
  await inBatches(
    Array.from({ length: props.moments }, (_, i) => i),
    IN_FLIGHT,
    async (i) => {
      const who = i % 2 === 0 ? ana : ben;
      await post(who, `${base}/moments`, {
        kind: MOMENT_KINDS[i % MOMENT_KINDS.length],
        visibility: i % 5 === 0 ? 'private' : 'shared',
        note: `Thank you for the walk this evening (${i}).`,
      });
      if (i % ruptureEvery === 0) {
        await post(who, `${base}/ruptures`, ruptureBody(i, i % 2 === 0 ? timeline.benId : timeline.anaId));
      }
      if (i % checkinEvery === 0) {
        await post(ana, `${base}/checkins`, { state: i % 4 === 0 ? 'activated' : 'connected', intensity: 1 + (i % 5) });
      }
    },
  );
  await inBatches(
    Array.from({ length: 200 }, (_, i) => i),
    IN_FLIGHT,
    (i) =>
      post(
        i % 2 === 0 ? ana : ben,
        `/api/spaces/${ruptures.spaceId}/ruptures`,
        ruptureBody(i, i % 2 === 0 ? ruptures.benId : ruptures.anaId),
      ),
  );
  return {
    cookie: ana,
    timelineSpaceId: timeline.spaceId,
    ruptureSpaceId: ruptures.spaceId,
    rupture: ruptureBody(0, ruptures.benId),
  };
}
