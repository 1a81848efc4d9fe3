import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import type { RuptureSize } from '../identifiers';
import type { MemberRecord } from '../spaces';
import { recordReconnection, respondToRepair } from './answers';
import { acknowledgeRupture, attemptRepair, letGo, noteRupture, raiseRupture, takeBreak } from './cycle';
import { cycleViolations } from './invariants';
import type { Change } from './transitions';
import type { RepairResponse, Rupture, RuptureEvent } from './types';
import { canSeeRupture } from './visibility';

/**
 * Model-based test of the repair cycle (DESIGN.md §4, rules 1–10). The
 * model is a deliberately naive restatement of the rules; fast-check runs
 * random action sequences by two or three members against both and checks
 * they agree, plus invariants that must hold after every step.
 */

const A = 'member-a';
const B = 'member-b';
const KID = 'member-kid';

interface Model {
  author: string;
  involved: string[];
  accounts: Set<string>;
  harm: boolean;
  size: RuptureSize;
  shared: boolean;
  status: Rupture['status'];
  round: number;
  recognized: Set<string>;
  answers: Map<string, 'repaired' | 'not_yet'>;
}

interface Real {
  rupture: Rupture;
  responses: RepairResponse[];
  events: RuptureEvent[];
  members: MemberRecord[];
  clock: number;
  ids: number;
}

const closed = (m: Model) => m.status === 'repaired' || m.status === 'let_go';
const sees = (m: Model, who: string) => who === m.author || (m.shared && !m.harm && m.involved.includes(who));
const involvedAndSees = (m: Model, who: string) => sees(m, who) && m.involved.includes(who);
const openForRepair = (m: Model) => !m.harm && !closed(m);
const required = (m: Model) => m.involved;
const complete = (m: Model) => m.round > 0 && required(m).every((id) => m.answers.get(id) === 'repaired');

/** Rule 2 restated: raised turns recognized once every account member involved has recognized it. */
function promote(m: Model): void {
  const all = m.involved.filter((id) => m.accounts.has(id)).every((id) => m.recognized.has(id));
  if (m.status === 'raised' && all) m.status = 'recognized';
}

function tick(real: Real): string {
  real.clock += 60_000;
  return new Date(real.clock).toISOString();
}

function apply<T>(real: Real, change: Change<T>): T {
  real.rupture = change.rupture;
  real.events.push(...change.events);
  return change.created;
}

function checkInvariants(model: Model, real: Real): void {
  const r = real.rupture;
  expect(r.status).toBe(model.status);
  expect(r.round).toBe(model.round);
  expect(r.visibility).toBe(model.shared ? 'shared' : 'private');
  // Rule 1 and 9: nobody but the author sees a private or harmful rupture.
  for (const m of [A, B, KID]) expect(canSeeRupture(m, r)).toBe(sees(model, m));
  // Rules 2, 4, 5, 9 and 10, as they must hold of any rupture (shared with the simulation's test).
  expect(
    cycleViolations({ rupture: r, responses: real.responses, events: real.events, members: real.members }),
  ).toEqual([]);
}

/**
 * One move of the rules: when the naive model says it is allowed, what it
 * does to the real rupture, and what it does to the model.
 */
interface Move {
  label: string;
  legal(model: Model): boolean;
  act(real: Real, at: string): void;
  update(model: Model): void;
}

/**
 * Runs a move against both: it must succeed exactly when the model allows it,
 * change nothing when refused, bump the version by one when it changes the
 * rupture (a repeated acknowledgement changes nothing), and leave every
 * invariant holding.
 */
class Step implements fc.Command<Model, Real> {
  constructor(readonly move: Move) {}
  check = () => true;
  run(model: Model, real: Real) {
    const before = real.rupture;
    if (this.move.legal(model)) {
      this.move.act(real, tick(real));
      this.move.update(model);
      expect(real.rupture.version).toBe(real.rupture === before ? before.version : before.version + 1);
    } else {
      expect(() => this.move.act(real, tick(real))).toThrow(DomainError);
      expect(real.rupture).toEqual(before);
    }
    checkInvariants(model, real);
  }
  toString = () => this.move.label;
}

function recognize(model: Model, who: string): void {
  model.recognized.add(who);
  promote(model);
}

function answer(model: Model, who: string, feel: 'repaired' | 'not_yet'): void {
  model.answers.set(who, feel);
  if (complete(model)) model.status = 'repaired';
}

const moves = {
  raise: (who: string): Move => ({
    label: `raise(${who})`,
    legal: (m) => sees(m, who) && openForRepair(m) && !m.shared,
    act: (real, at) =>
      apply(real, raiseRupture({ rupture: real.rupture, actorMemberId: who, members: real.members, at })),
    update: (m) => {
      m.shared = true;
      if (m.status === 'noted') m.status = 'raised';
      recognize(m, who);
    },
  }),
  acknowledge: (who: string): Move => ({
    label: `acknowledge(${who})`,
    legal: (m) => involvedAndSees(m, who) && openForRepair(m),
    act: (real, at) =>
      apply(real, acknowledgeRupture({ rupture: real.rupture, actorMemberId: who, members: real.members, at })),
    update: (m) => recognize(m, who),
  }),
  attempt: (who: string): Move => ({
    label: `attempt(${who})`,
    legal: (m) => involvedAndSees(m, who) && openForRepair(m),
    act: (real, at) =>
      apply(
        real,
        attemptRepair({
          rupture: real.rupture,
          actorMemberId: who,
          id: `attempt-${real.ids++}`,
          kind: 'apology',
          message: 'I am sorry I snapped.',
          whileFlooded: false,
          at,
        }),
      ),
    update: (m) => {
      m.status = 'repairing';
      m.round += 1;
      m.answers.clear();
      m.recognized.add(who);
    },
  }),
  takeBreak: (who: string): Move => ({
    label: `break(${who})`,
    legal: (m) => involvedAndSees(m, who) && openForRepair(m),
    act: (real, at) =>
      apply(
        real,
        takeBreak({
          rupture: real.rupture,
          actorMemberId: who,
          members: real.members,
          id: `break-${real.ids++}`,
          returnAt: new Date(Date.parse(at) + 20 * 60_000).toISOString(),
          whileFlooded: true,
          at,
        }),
      ),
    update: (m) => recognize(m, who),
  }),
  respond: (who: string, feel: 'repaired' | 'not_yet'): Move => ({
    label: `respond(${who}, ${feel})`,
    legal: (m) => involvedAndSees(m, who) && openForRepair(m) && m.round > 0,
    act: (real, at) => {
      const { response } = apply(
        real,
        respondToRepair({
          rupture: real.rupture,
          responses: real.responses,
          members: real.members,
          actorMemberId: who,
          id: `response-${real.ids++}`,
          feel,
          need: feel === 'not_yet' ? 'a hug first' : null,
          at,
        }),
      );
      real.responses.push(response);
    },
    update: (m) => answer(m, who, feel),
  }),
  reconnect: (who: string, target: string): Move => ({
    label: `reconnect(${who} for ${target})`,
    legal: (m) =>
      involvedAndSees(m, who) &&
      m.involved.includes(target) &&
      !m.accounts.has(target) &&
      openForRepair(m) &&
      m.round > 0,
    act: (real, at) => {
      const { response } = apply(
        real,
        recordReconnection({
          rupture: real.rupture,
          responses: real.responses,
          members: real.members,
          actorMemberId: who,
          memberId: target,
          id: `reconnection-${real.ids++}`,
          note: 'came back to play',
          at,
        }),
      );
      real.responses.push(response);
    },
    update: (m) => answer(m, target, 'repaired'),
  }),
  letGo: (who: string): Move => ({
    label: `letGo(${who})`,
    legal: (m) =>
      sees(m, who) && !closed(m) && who === m.author && !m.shared && (m.size === 'tiny' || m.size === 'small'),
    act: (real, at) => apply(real, letGo({ rupture: real.rupture, actorMemberId: who, at })),
    update: (m) => {
      m.status = 'let_go';
    },
  }),
};

const scenario = fc.record({
  withB: fc.boolean(),
  withKid: fc.boolean(),
  harm: fc.boolean(),
  size: fc.constantFrom<RuptureSize>('tiny', 'small', 'medium', 'big'),
  shared: fc.boolean(),
});

function commandsFor(people: string[]) {
  const who = fc.constantFrom(...people);
  return fc.commands(
    [
      who.map((w) => new Step(moves.raise(w))),
      who.map((w) => new Step(moves.acknowledge(w))),
      who.map((w) => new Step(moves.attempt(w))),
      who.map((w) => new Step(moves.takeBreak(w))),
      fc
        .tuple(who, fc.constantFrom<'repaired' | 'not_yet'>('repaired', 'repaired', 'not_yet'))
        .map(([w, f]) => new Step(moves.respond(w, f))),
      fc.tuple(who, fc.constantFrom(KID, B)).map(([w, t]) => new Step(moves.reconnect(w, t))),
      who.map((w) => new Step(moves.letGo(w))),
    ],
    { maxCommands: 25 },
  );
}

describe('the repair cycle, model-based (rules 1–10)', () => {
  it('agrees with a naive model of the rules over random action sequences', () => {
    fc.assert(
      fc.property(
        scenario.chain((s) => fc.tuple(fc.constant(s), commandsFor(s.withB ? [A, B] : [A]))),
        ([s, cmds]) => {
          const members: MemberRecord[] = [{ id: A, accountId: 'account-a' }];
          if (s.withB) members.push({ id: B, accountId: 'account-b' });
          if (s.withKid) members.push({ id: KID, accountId: null });
          const involved = members.map((m) => m.id);
          const { rupture, events } = noteRupture({
            id: 'rupture-1',
            spaceId: 'space-1',
            authorMemberId: A,
            members,
            input: {
              size: s.size,
              kinds: s.harm ? ['harm'] : ['harsh_words'],
              involved,
              visibility: s.shared ? 'shared' : 'private',
            },
            at: '2026-11-21T10:00:00.000Z',
          });
          const shared = s.shared && !s.harm;
          const model: Model = {
            author: A,
            involved,
            accounts: new Set(members.filter((m) => m.accountId).map((m) => m.id)),
            harm: s.harm,
            size: s.size,
            shared,
            status: shared ? 'raised' : 'noted',
            round: 0,
            recognized: new Set(shared ? [A] : []),
            answers: new Map(),
          };
          promote(model);
          const real: Real = {
            rupture,
            responses: [],
            events: [...events],
            members,
            clock: Date.parse('2026-11-21T10:00:00.000Z'),
            ids: 0,
          };
          fc.modelRun(() => ({ model, real }), cmds);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('completes a couple repair only after both answer repaired to the latest attempt', () => {
    const members = [
      { id: A, accountId: 'a' },
      { id: B, accountId: 'b' },
    ];
    let { rupture } = noteRupture({
      id: 'r',
      spaceId: 's',
      authorMemberId: A,
      members,
      input: { size: 'tiny', kinds: ['eye_roll'], involved: [B], visibility: 'private' },
      at: '2026-11-21T10:00:00.000Z',
    });
    rupture = raiseRupture({ rupture, actorMemberId: A, members, at: '2026-11-21T10:01:00.000Z' }).rupture;
    rupture = acknowledgeRupture({ rupture, actorMemberId: B, members, at: '2026-11-21T10:02:00.000Z' }).rupture;
    expect(rupture.status).toBe('recognized');
    rupture = attemptRepair({
      rupture,
      actorMemberId: B,
      id: 'a1',
      kind: 'apology',
      message: null,
      whileFlooded: false,
      at: '2026-11-21T10:03:00.000Z',
    }).rupture;
    const responses: RepairResponse[] = [];
    const notYet = respondToRepair({
      rupture,
      responses,
      members,
      actorMemberId: A,
      id: 'x1',
      feel: 'not_yet',
      need: 'to hear you meant it',
      at: '2026-11-21T10:04:00.000Z',
    });
    responses.push(notYet.created.response);
    rupture = notYet.rupture;
    const bOk = respondToRepair({
      rupture,
      responses,
      members,
      actorMemberId: B,
      id: 'x2',
      feel: 'repaired',
      need: null,
      at: '2026-11-21T10:05:00.000Z',
    });
    responses.push(bOk.created.response);
    rupture = bOk.rupture;
    expect(rupture.status).toBe('repairing');
    rupture = attemptRepair({
      rupture,
      actorMemberId: B,
      id: 'a2',
      kind: 'clarification',
      message: 'I did mean it.',
      whileFlooded: false,
      at: '2026-11-21T10:06:00.000Z',
    }).rupture;
    // B's earlier "repaired" answered the previous round, so it no longer counts.
    const aOk = respondToRepair({
      rupture,
      responses,
      members,
      actorMemberId: A,
      id: 'x3',
      feel: 'repaired',
      need: null,
      at: '2026-11-21T10:07:00.000Z',
    });
    responses.push(aOk.created.response);
    expect(aOk.rupture.status).toBe('repairing');
    const done = respondToRepair({
      rupture: aOk.rupture,
      responses,
      members,
      actorMemberId: B,
      id: 'x4',
      feel: 'repaired',
      need: null,
      at: '2026-11-21T10:08:00.000Z',
    });
    expect(done.rupture.status).toBe('repaired');
    expect(done.events.map((e) => e.type)).toEqual(['response.given', 'rupture.repaired']);
  });
});
