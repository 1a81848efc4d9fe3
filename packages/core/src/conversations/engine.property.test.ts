import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { finish, forwardInput, plus, validInput } from './driver';
import { A, at, B, CHILD, start } from './fixtures';
import { isPrivateStep, stepsOf } from './flow';
import {
  abandonConversation,
  CHILD_AGE_BANDS,
  type Conversation,
  continueAlone,
  conversationFor,
  PROTOCOL_IDS,
  pauseConversation,
  resumeConversation,
  submitStep,
} from './index';

/**
 * The engine's promises, over any protocol and any sequence of answers,
 * pauses, returns, going on alone and stopping, by anyone, in or out of turn.
 */

const WHO = [A, B, CHILD] as const;

const setup = fc.record({
  protocol: fc.constantFrom(...PROTOCOL_IDS),
  alone: fc.boolean(),
  band: fc.constantFrom(...CHILD_AGE_BANDS),
  ruptures: fc.integer({ min: 0, max: 2 }),
});

const action = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.record({
      t: fc.constant('submit' as const),
      who: fc.nat(2),
      pick: fc.nat(50),
      text: fc.string({ maxLength: 20 }),
      anyone: fc.nat(9),
      wrongStep: fc.constantFrom(false, false, false, true),
      staleBy: fc.constantFrom(0, 0, 0, 1, -1),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('pause' as const),
      who: fc.nat(2),
      minutes: fc.integer({ min: -5, max: 60 }),
    }),
  },
  { weight: 3, arbitrary: fc.record({ t: fc.constant('resume' as const), who: fc.nat(2) }) },
  // Going on alone changes the rest for good: rare, so that most runs stay together long enough.
  { weight: 1, arbitrary: fc.record({ t: fc.constant('alone' as const), who: fc.nat(2), rare: fc.nat(7) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('wait' as const), minutes: fc.integer({ min: 1, max: 90 }) }) },
);

type Setup = typeof setup extends fc.Arbitrary<infer T> ? T : never;
type Action = typeof action extends fc.Arbitrary<infer T> ? T : never;

function begin(s: Setup): Conversation {
  const ruptures = Array.from({ length: s.ruptures }, (_, i) => ({ id: `r${i}`, summary: `moment ${i}` }));
  if (s.protocol === 'parent-do-over') return start(s.protocol, { participants: [A, CHILD], ageBand: s.band });
  const canAlone = s.protocol === 'apology' || s.protocol === 'feedback-wheel';
  return start(s.protocol, { alone: canAlone && s.alone, openRuptures: ruptures });
}

interface Step {
  before: Conversation;
  after: Conversation;
  action: Action;
  error: DomainError | null;
  now: string;
  who: string;
}

/** Runs the actions, keeping the state on every refusal; any error other than a DomainError fails. */
function run(conv: Conversation, actions: Action[], check: (s: Step) => void): Conversation {
  let c = conv;
  let now = at(1);
  for (const a of actions) {
    now = plus(now, a.t === 'wait' ? a.minutes : 1);
    // Mostly someone the step waits on (to get deep into protocols), sometimes anyone at all.
    const waiting =
      a.t === 'submit' && a.anyone % 5 !== 0 ? c.waitingOn[a.who % Math.max(1, c.waitingOn.length)] : undefined;
    const who = waiting ?? (WHO[a.t === 'wait' ? 0 : a.who] as string);
    let next = c;
    let error: DomainError | null = null;
    try {
      if (a.t === 'submit') {
        const steps = stepsOf(c);
        const stepId = a.wrongStep ? (steps[a.pick % steps.length]?.id ?? c.stepId) : c.stepId;
        const onward = a.pick % 3 === 0 && c.status === 'active';
        const input = onward
          ? forwardInput(c, now)
          : c.status === 'active'
            ? validInput(c, a.pick, a.text, now)
            : { text: a.text };
        next = submitStep(c, { memberId: who, stepId, input, version: c.version + a.staleBy, now }).conversation;
      } else if (a.t === 'pause')
        next = pauseConversation(c, { memberId: who, until: plus(now, a.minutes), now }).conversation;
      else if (a.t === 'resume') next = resumeConversation(c, { memberId: who, now }).conversation;
      else if (a.t === 'alone' && a.rare === 0) next = continueAlone(c, { memberId: who, now }).conversation;
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      error = e;
    }
    check({ before: c, after: next, action: a, error, now, who });
    c = next;
  }
  return c;
}

const runs = { numRuns: 100 };
const actions = fc.array(action, { minLength: 10, maxLength: 100, size: 'max' });

/** Each loop: its way out, said by the one whose words are looped on, and the steps it must not go back to. */
const LOOPS: Record<string, { exit: string; back: string[] }> = {
  'is-there-more': { exit: 'thats-all', back: ['share'] },
  'did-i-get-it': { exit: 'yes', back: ['correct', 'mirror'] },
  'empathy-check': { exit: 'yes', back: ['empathy-correct', 'empathy'] },
  'no-buts': { exit: 'ready', back: ['what-i-did', 'impact'] },
};

/** True while an entry's step visit is still open: others must not see an `each` answer then. */
function visitOpen(c: Conversation, seq: number, stepId: string): boolean {
  return (c.status === 'active' || c.status === 'paused') && c.stepId === stepId && seq > c.stepSince;
}

describe('conversation engine properties', () => {
  it('no step can be answered out of turn, and no answer is ever lost', () => {
    fc.assert(
      fc.property(setup, actions, (s, as) => {
        run(begin(s), as, ({ before, after, action, error, who }) => {
          // Nothing anyone wrote is ever lost or changed (only revealed).
          const kept = after.entries.slice(0, before.entries.length).map(({ revealed, ...e }) => e);
          expect(kept).toEqual(before.entries.map(({ revealed, ...e }) => e));
          if (action.t !== 'submit') return;
          const inTurn = before.status === 'active' && before.waitingOn.includes(who);
          if (!inTurn) expect(error).not.toBeNull();
          if (error) return;
          expect(inTurn).toBe(true);
          expect(after.entries.at(-1)).toMatchObject({ memberId: who, stepId: before.stepId });
          expect(after.entries).toHaveLength(before.entries.length + 1);
        });
      }),
      runs,
    );
  });

  it('an each answer is never visible to the other before everyone has answered; check-ins never', () => {
    fc.assert(
      fc.property(setup, actions, (s, as) => {
        run(begin(s), as, ({ after }) => {
          const steps = new Map(stepsOf(after).map((x) => [x.id, x]));
          for (const viewer of after.participants) {
            for (const e of conversationFor(after, viewer).entries) {
              if (e.memberId === viewer) continue;
              const step = steps.get(e.stepId);
              expect(step && isPrivateStep(step)).toBe(false);
              if (step?.role === 'each') expect(visitOpen(after, e.seq, e.stepId)).toBe(false);
            }
          }
        });
      }),
      runs,
    );
  });

  it('every loop ends when the speaker says that is all (or "yes, that is it")', () => {
    fc.assert(
      fc.property(setup, actions, (s, as) => {
        run(begin(s), as, ({ after: c, now }) => {
          const loop = c.status === 'active' && c.turn !== null ? LOOPS[c.stepId] : undefined;
          if (!loop || c.turn === null) return;
          const input = { choice: loop.exit };
          const out = submitStep(c, { memberId: c.turn, stepId: c.stepId, input, version: c.version, now });
          const order = stepsOf(c).map((x) => x.id);
          expect(order.indexOf(out.conversation.stepId)).toBeGreaterThan(order.indexOf(c.stepId));
          expect(loop.back).not.toContain(out.conversation.stepId);
        });
      }),
      runs,
    );
  });

  it('pause and resume keep the state', () => {
    fc.assert(
      fc.property(setup, actions, (s, as) => {
        run(begin(s), as, ({ after: c, now }) => {
          if (c.status !== 'active') return;
          for (const who of c.participants.filter((p) => p !== c.child)) {
            const paused = pauseConversation(c, { memberId: who, until: plus(now, 30), now }).conversation;
            const other = c.participants.find((p) => p !== who && p !== c.child) ?? who;
            const back = resumeConversation(paused, { memberId: other, now: plus(now, 30) }).conversation;
            expect({ ...back, version: 0, updatedAt: '' }).toEqual({ ...c, version: 0, updatedAt: '' });
            expect(back.version).toBe(c.version + 2);
          }
        });
      }),
      runs,
    );
  });

  it('from any reachable state a conversation can reach done, and can always be left', () => {
    fc.assert(
      fc.property(setup, actions, (s, as) => {
        let n = 0;
        run(begin(s), as, ({ after: c, now }) => {
          if (c.status === 'done' || c.status === 'abandoned' || n++ % 10 !== 0) return;
          expect(finish(c, now).conv.status).toBe('done');
          for (const who of c.participants.filter((p) => p !== c.child)) {
            expect(abandonConversation(c, { memberId: who, now }).conversation.status).toBe('abandoned');
          }
        });
      }),
      runs,
    );
  });
});
