import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MemberRecord } from '../spaces';
import type { MemberView, RuptureDetailView } from '../views';
import { recordReconnection, respondToRepair } from './answers';
import { completionStates, isRepairComplete } from './completion';
import { acknowledgeRupture, attemptRepair, noteRupture, raiseRupture, takeBreak } from './cycle';
import { latestAttempt, type NextStep, nextStep } from './next-step';
import type { Change } from './transitions';
import type { Attempt, RepairResponse, Rupture } from './types';

/**
 * nextStep against the rules themselves: random sequences of real core
 * operations (cycle.ts, answers.ts) by two or three people, with and
 * without a child who has no account; after every one, each person's step
 * must agree with completion.ts, and following the steps must always lead
 * to a repair when everyone feels it (nobody is left waiting in a circle).
 */

const A = 'member-a';
const B = 'member-b';
const C = 'member-c';
const KID = 'member-kid';

interface World {
  rupture: Rupture;
  attempts: Attempt[];
  responses: RepairResponse[];
  members: MemberRecord[];
  clock: number;
  ids: number;
}

const views = (w: World): MemberView[] =>
  w.members.map((m) => ({ id: m.id, displayName: m.id, hasAccount: m.accountId !== null, isMe: false }));

function detail(w: World): RuptureDetailView {
  const r = w.rupture;
  return {
    ...r,
    isMine: false,
    harm: false,
    attempts: w.attempts.map((a) => ({ ...a })),
    responses: w.responses.map((x) => ({ ...x })),
    completion: completionStates(r, w.responses, w.members),
    departed: [],
  };
}

function at(w: World): string {
  w.clock += 60_000;
  return new Date(w.clock).toISOString();
}

const stepFor = (w: World, who: string): NextStep =>
  nextStep(detail(w), { viewerId: who, members: views(w), now: new Date(w.clock) });

function apply<T>(w: World, change: Change<T>): T {
  w.rupture = change.rupture;
  return change.created;
}

/** Does what a person's step asks, feeling `feel` where they answer. False when the step asks nothing of them. */
function follow(w: World, who: string, step: NextStep, feel: 'repaired' | 'not_yet'): boolean {
  const common = { rupture: w.rupture, members: w.members, actorMemberId: who };
  const attempt = () =>
    w.attempts.push(
      apply(
        w,
        attemptRepair({ ...common, id: `t${w.ids++}`, kind: 'apology', message: null, whileFlooded: false, at: at(w) }),
      ).attempt,
    );
  const respond = (f: 'repaired' | 'not_yet') =>
    w.responses.push(
      apply(
        w,
        respondToRepair({ ...common, responses: w.responses, id: `r${w.ids++}`, feel: f, need: 'time', at: at(w) }),
      ).response,
    );
  switch (step.kind) {
    case 'raise':
      apply(w, raiseRupture({ ...common, at: at(w) }));
      return true;
    case 'acknowledge':
      apply(w, acknowledgeRupture({ ...common, at: at(w) }));
      return true;
    case 'reach':
    case 'retry':
      attempt();
      return true;
    case 'answer':
      respond(feel);
      return true;
    case 'record_reconnection':
      w.responses.push(
        apply(
          w,
          recordReconnection({
            ...common,
            responses: w.responses,
            memberId: step.child,
            id: `r${w.ids++}`,
            note: 'came back to play',
            at: at(w),
          }),
        ).response,
      );
      if (step.withOwnAnswer && w.rupture.status !== 'repaired') respond(feel);
      return true;
    case 'on_break':
      w.clock = Date.parse(step.until) + 1000;
      return true;
    default:
      return false;
  }
}

const spaces: { members: MemberRecord[]; involved: string[] }[] = [
  { members: [A, B].map((id) => ({ id, accountId: id })), involved: [A, B] },
  {
    members: [
      { id: A, accountId: A },
      { id: KID, accountId: null },
    ],
    involved: [A, KID],
  },
  { members: [...[A, B, C].map((id) => ({ id, accountId: id })), { id: KID, accountId: null }], involved: [A, B, KID] },
];

function start(space: (typeof spaces)[number], shared: boolean): World {
  const clock = Date.parse('2026-11-01T12:00:00Z');
  const { rupture } = noteRupture({
    id: 'r',
    spaceId: 's',
    authorMemberId: A,
    members: space.members,
    input: { size: 'small', kinds: ['eye_roll'], involved: space.involved, visibility: shared ? 'shared' : 'private' },
    at: new Date(clock).toISOString(),
  });
  return { rupture, attempts: [], responses: [], members: space.members, clock, ids: 0 };
}

/** One random happening: a person follows their step with a feeling, or takes a break. */
const happening = fc.record({
  who: fc.constantFrom(A, B, C),
  feel: fc.constantFrom<'repaired' | 'not_yet'>('repaired', 'not_yet', 'repaired'),
  pause: fc.boolean(),
});

function checkAgreement(w: World): void {
  const r = w.rupture;
  const states = completionStates(r, w.responses, w.members);
  const latest = latestAttempt(detail(w));
  const open = r.status !== 'repaired' && r.status !== 'let_go';
  for (const m of w.members.filter((x) => x.accountId !== null && r.involved.includes(x.id))) {
    const step = stepFor(w, m.id);
    expect(step.kind === 'done').toBe(!open);
    const mine = states.find((s) => s.memberId === m.id)?.state;
    if (step.kind === 'answer') {
      expect(mine, 'asked to answer only while one’s own answer is missing').toBe('waiting');
      expect(step.to).toBe(latest?.id);
      // Right after reaching, one is never asked "how did that land?" of one's own move.
      if (latest?.memberId === m.id) {
        expect(step.own).toBe(true);
        expect(states.filter((s) => s.memberId !== m.id).every((s) => s.state === 'repaired')).toBe(true);
        // The one answer left: saying repaired now completes it, as completion.ts decides.
        const answered = [...w.responses, { memberId: m.id, round: r.round, feel: 'repaired' as const, need: null }];
        expect(isRepairComplete(r, answered, w.members)).toBe(true);
      } else {
        expect(step.own).toBe(false);
      }
    }
    if (step.kind === 'retry') {
      expect(latest?.memberId).toBe(m.id);
      const notYet = states.filter((s) => s.state === 'not_yet').map((s) => s.memberId);
      expect(step.needs.map((n) => n.memberId)).toEqual(notYet.filter((id) => id !== m.id));
    }
    if (step.kind === 'record_reconnection') {
      expect(states.find((s) => s.memberId === step.child)?.state).toBe('waiting');
      expect(step.withOwnAnswer).toBe(mine === 'waiting');
    }
    if (step.kind === 'wait') {
      for (const w8 of step.for) {
        if (w8.what === 'answer' || w8.what === 'confirm') {
          expect(states.find((s) => s.memberId === w8.memberId)?.state, 'waits only on a missing answer').toBe(
            'waiting',
          );
        }
      }
    }
  }
}

describe('nextStep agrees with completion.ts', () => {
  it('after any sequence of steps, every step is one the rules allow and completion agrees', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...spaces),
        fc.boolean(),
        fc.array(happening, { maxLength: 25 }),
        (space, shared, happenings) => {
          const w = start(space, shared);
          checkAgreement(w);
          for (const h of happenings) {
            if (!w.members.some((m) => m.id === h.who && space.involved.includes(m.id))) continue;
            const step = stepFor(w, h.who);
            if (h.pause && step.kind !== 'done' && step.kind !== 'none' && step.kind !== 'on_break') {
              const returnAt = new Date(w.clock + 25 * 60_000).toISOString();
              const common = { rupture: w.rupture, members: w.members, actorMemberId: h.who };
              w.attempts.push(
                apply(w, takeBreak({ ...common, id: `b${w.ids++}`, returnAt, whileFlooded: false, at: at(w) })).attempt,
              );
            } else {
              follow(w, h.who, step, h.feel);
            }
            checkAgreement(w);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('from anywhere, when everyone follows their step feeling repaired, it ends repaired (no one waits in a circle)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...spaces),
        fc.boolean(),
        fc.array(happening, { maxLength: 15 }),
        (space, shared, happenings) => {
          const w = start(space, shared);
          for (const h of happenings) if (space.involved.includes(h.who)) follow(w, h.who, stepFor(w, h.who), h.feel);
          const people = space.involved.filter((id) => w.members.find((m) => m.id === id)?.accountId !== null);
          for (let turn = 0; turn < 20 && w.rupture.status !== 'repaired'; turn++) {
            const moved = people.map((who) => follow(w, who, stepFor(w, who), 'repaired'));
            expect(moved.some(Boolean), 'someone always has a step to take').toBe(true);
          }
          expect(w.rupture.status).toBe('repaired');
        },
      ),
      { numRuns: 300 },
    );
  });
});
