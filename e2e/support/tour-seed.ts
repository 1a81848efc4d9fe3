import { call, myMemberId, register, type SpaceBody } from '../../bench/api';
import { type ConversationStops, seedConversations } from './conversation-seed';

/**
 * Realistic data for the screen tour (e2e/tour.test.ts), made through the
 * e2e server's real HTTP API, as two people would make it: Alex and Bea
 * share a couple space with ruptures at every step of the cycle, Alex has a
 * parent–child space with Mia (no account), and Bea has a friends space
 * with an open invite for Alex. Everything is addressed by id afterwards,
 * so the tour never depends on how a screen lays it out.
 */

export interface TourPerson {
  name: string;
  /** `session=…`, for the browser context's cookie jar. */
  cookie: string;
}

export interface TourData {
  alex: TourPerson;
  bea: TourPerson;
  couple: {
    spaceId: string;
    /** Shared by Alex, not yet recognised by Bea: "needs you" on Bea's side. */
    raised: string;
    /** Bea recognised it, Alex apologised: Bea is asked how it landed. */
    attempted: string;
    /** Bea answered "not yet" with a need: Alex is asked to try again. */
    notYet: string;
    /** Both felt it repaired. */
    repaired: string;
    /** Alex's own, private note. */
    privateNote: string;
    /** Alex marked it as harm: the safety view. */
    harm: string;
    /** Bea is taking a break on it. */
    onBreak: string;
    /** Alex's shared good moment ("Thank you for the soup."), to edit. */
    moment: string;
  };
  parent: { spaceId: string; childMemberId: string; reconnected: string };
  /** Alex alone: a couple space the other person is not on, with a few weeks of notes (some on the quiet wall). */
  solo: { spaceId: string };
  /** Alex's sample space (POST /api/demo-space): a year of simulated history, for insights with every figure. */
  demoSpaceId: string;
  /** An open invite to Bea's friends space, for Alex (signed in) or anyone (signed out). */
  inviteToken: string;
  /** Guided conversations at each kind of moment (e2e/support/conversation-seed.ts). */
  conversations: ConversationStops;
}

type Json = Record<string, unknown>;

function client(baseURL: string, person: TourPerson) {
  return {
    get: async <T>(path: string) => (await call<T>(baseURL, 'GET', path, { cookie: person.cookie, expect: 200 })).body,
    post: async <T>(path: string, body?: Json, expect = 201) =>
      (await call<T>(baseURL, 'POST', path, { cookie: person.cookie, body, expect })).body,
  };
}

async function signUp(baseURL: string, name: string): Promise<TourPerson> {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${crypto.randomUUID().slice(0, 8)}@example.com`;
  return { name, cookie: await register(baseURL, { email, displayName: name }) };
}

interface Created {
  rupture: { id: string };
}

export async function seedTour(baseURL: string): Promise<TourData> {
  const [alex, bea] = await Promise.all([signUp(baseURL, 'Alex Rivera'), signUp(baseURL, 'Bea Chen')]);
  const a = client(baseURL, alex);
  const b = client(baseURL, bea);

  // The couple space: Alex makes it and invites Bea, who joins.
  const coupleSpace = await a.post<SpaceBody>('/api/spaces', { name: 'Alex & Bea', kind: 'couple' });
  const spaceId = coupleSpace.space.id;
  const base = `/api/spaces/${spaceId}`;
  const coupleInvite = await a.post<{ token: string }>(`${base}/invites`);
  const joined = await b.post<SpaceBody>(`/api/invites/${coupleInvite.token}/accept`, undefined, 200);
  const beaId = myMemberId(joined);

  const log = async (who: typeof a, body: Json) => (await who.post<Created>(`${base}/ruptures`, body)).rupture.id;
  const shared = (kinds: string[], size: string, topic: string, note: string) => ({
    size,
    kinds,
    involved: [beaId],
    visibility: 'shared',
    topic,
    note,
  });

  const repaired = await log(a, shared(['missed_bid'], 'small', 'the weekend', 'I was on my phone when you told me.'));
  await b.post(`${base}/ruptures/${repaired}/acknowledge`, undefined, 200);
  await a.post(`${base}/ruptures/${repaired}/attempts`, {
    kind: 'do_over',
    message: 'Tell me again? I am listening now.',
  });
  await b.post(`${base}/ruptures/${repaired}/responses`, { feel: 'repaired' });
  await a.post(`${base}/ruptures/${repaired}/responses`, { feel: 'repaired' });

  const notYet = await log(a, shared(['dismissive_tone'], 'medium', 'dishes', 'I brushed off what you said.'));
  await b.post(`${base}/ruptures/${notYet}/acknowledge`, undefined, 200);
  await a.post(`${base}/ruptures/${notYet}/attempts`, { kind: 'apology', message: 'I am sorry I brushed you off.' });
  await b.post(`${base}/ruptures/${notYet}/responses`, { feel: 'not_yet', need: 'a little time, then a proper talk' });

  const attempted = await log(a, shared(['eye_roll'], 'tiny', 'dinner plans', 'I rolled my eyes at the idea.'));
  await b.post(`${base}/ruptures/${attempted}/acknowledge`, undefined, 200);
  await a.post(`${base}/ruptures/${attempted}/attempts`, { kind: 'own_my_part', message: 'That was unkind of me.' });

  const onBreak = await log(a, shared(['yelling'], 'medium', 'money', 'We both got loud.'));
  await b.post(
    `${base}/ruptures/${onBreak}/break`,
    { returnAt: new Date(Date.now() + 40 * 60_000).toISOString() },
    200,
  );

  const raised = await log(a, shared(['forgot'], 'small', 'the pharmacy', 'I forgot to pick up your prescription.'));

  const privateNote = await log(a, {
    size: 'tiny',
    kinds: ['interrupting'],
    involved: [beaId],
    visibility: 'private',
    note: 'I kept cutting in. Want to notice it first.',
  });
  const harm = await log(a, {
    size: 'big',
    kinds: ['harm'],
    involved: [beaId],
    visibility: 'private',
  });

  const soup = await a.post<{ moment: { id: string } }>(`${base}/moments`, {
    kind: 'appreciation',
    visibility: 'shared',
    note: 'Thank you for the soup.',
  });
  await b.post(`${base}/moments`, { kind: 'joy', visibility: 'shared', note: 'That walk by the river.' });
  await a.post(`${base}/checkins`, { state: 'activated', intensity: 6, note: 'A long day.' });
  // An invite still open, so the invite screen lists one.
  await a.post(`${base}/invites`);

  // The parent–child space: Mia has no account; Alex records what they saw.
  const parentSpace = await a.post<SpaceBody>('/api/spaces', { name: 'Home with Mia', kind: 'parent_child' });
  const parentBase = `/api/spaces/${parentSpace.space.id}`;
  const mia = await a.post<{ member: { id: string } }>(`${parentBase}/members`, { displayName: 'Mia' });
  const reconnected = (
    await a.post<Created>(`${parentBase}/ruptures`, {
      size: 'small',
      kinds: ['harsh_words'],
      involved: [mia.member.id],
      visibility: 'shared',
      topic: 'bedtime',
      note: 'I snapped when she would not put her shoes on.',
    })
  ).rupture.id;
  await a.post(`${parentBase}/ruptures/${reconnected}/attempts`, { kind: 'apology', message: 'Sorry I was sharp.' });
  await a.post(`${parentBase}/ruptures/${reconnected}/reconnected`, {
    memberId: mia.member.id,
    note: 'came back to play',
  });

  // Alex alone: Sam is not on the app. Private notes over seven weeks, some left open, one let go, a few good moments.
  const soloSpace = await a.post<SpaceBody>('/api/spaces', { name: 'Me and Sam', kind: 'couple' });
  const soloBase = `/api/spaces/${soloSpace.space.id}`;
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
  const soloNotes: [string, string[], number][] = [
    ['small', ['missed_bid'], 50],
    ['tiny', ['interrupting'], 35],
    ['medium', ['criticism'], 20],
    ['small', ['dismissive_tone'], 9],
    ['tiny', ['eye_roll'], 4],
    ['small', ['forgot'], 1],
  ];
  const soloIds: string[] = [];
  for (const [size, kinds, days] of soloNotes) {
    const body = { size, kinds, involved: [], visibility: 'private', topic: 'chores', occurredAt: daysAgo(days) };
    soloIds.push((await a.post<Created>(`${soloBase}/ruptures`, body)).rupture.id);
  }
  await a.post(`${soloBase}/ruptures/${soloIds[1]}/let-go`, undefined, 200);
  for (const note of ['A slow breakfast together.', 'Sam made me laugh.', 'We walked to the market.']) {
    await a.post(`${soloBase}/moments`, { kind: 'joy', visibility: 'private', note });
  }

  // Alex's sample space: a year of history through the simulation, so insights have something to show.
  const demo = await a.post<SpaceBody>('/api/demo-space');

  // Bea's friends space, with an open invite nobody has used.
  const friends = await b.post<SpaceBody>('/api/spaces', { name: 'Book club', kind: 'friends' });
  const invite = await b.post<{ token: string }>(`/api/spaces/${friends.space.id}/invites`);

  const conversations = await seedConversations(
    baseURL,
    { alex, bea },
    { couple: spaceId, beaId, parent: parentSpace.space.id, childId: mia.member.id },
  );

  return {
    alex,
    bea,
    conversations,
    couple: { spaceId, raised, attempted, notYet, repaired, privateNote, harm, onBreak, moment: soup.moment.id },
    parent: { spaceId: parentSpace.space.id, childMemberId: mia.member.id, reconnected },
    solo: { spaceId: soloSpace.space.id },
    demoSpaceId: demo.space.id,
    inviteToken: invite.token,
  };
}
