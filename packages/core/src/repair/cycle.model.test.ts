import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import type { RuptureSize } from '../identifiers';
import type { MemberRecord } from '../spaces';
import { recordReconnection, respondToRepair } from './answers';
import { isRepairComplete } from './completion';
import { acknowledgeRupture, attemptRepair, letGo, noteRupture, raiseRupture, takeBreak } from './cycle';
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
  expect(change.rupture.version).toBeGreaterThanOrEqual(real.rupture.version);
  real.rupture = change.rupture;
  real.events.push(...change.events);
  return change.created;
}

/** Runs `act` and checks it succeeds exactly when the model says the move is legal. */
function expectOutcome(legal: boolean, act: () => void, before: Rupture, real: Real): void {
  if (legal) {
    act();
    return;
  }
  expect(act).toThrow(DomainError);
  expect(real.rupture).toEqual(before);
}

function checkInvariants(model: Model, real: Real): void {
  const r = real.rupture;
  expect(r.status).toBe(model.status);
  expect(r.round).toBe(model.round);
  expect(r.visibility).toBe(model.shared ? 'shared' : 'private');
  // Rule 1 and 9: nobody but the author sees a private or harmful rupture.
  for (const m of [A, B, KID]) expect(canSeeRupture(m, r)).toBe(sees(model, m));
  if (model.harm) expect(r.visibility).toBe('private');
  // Rule 2: recognition is a subset of the involved members.
  for (const m of r.recognizedBy) expect(r.involved).toContain(m);
  // Rule 4: repaired exactly when complete, and completed exactly once (rule 10).
  expect(r.status === 'repaired').toBe(isRepairComplete(r, real.responses, real.members) && r.repairedAt !== null);
  expect(real.events.filter((e) => e.type === 'rupture.repaired').length).toBe(r.status === 'repaired' ? 1 : 0);
  // Versions only go up, one per change.
  expect(r.version).toBeGreaterThanOrEqual(1);
}

type Cmd = fc.Command<Model, Real>;

class Raise implements Cmd {
  constructor(readonly who: string) {}
  check = () => true;
  run(model: Model, real: Real) {
    const legal = sees(model, this.who) && openForRepair(model) && !model.shared;
    const before = real.rupture;
    expectOutcome(
      legal,
      () =>
        apply(
          real,
          raiseRupture({ rupture: real.rupture, actorMemberId: this.who, members: real.members, at: tick(real) }),
        ),
      before,
      real,
    );
    if (legal) {
      model.shared = true;
      if (model.status === 'noted') model.status = 'raised';
      model.recognized.add(this.who);
      promote(model);
    }
    checkInvariants(model, real);
  }
  toString = () => `raise(${this.who})`;
}

class Acknowledge implements Cmd {
  constructor(readonly who: string) {}
  check = () => true;
  run(model: Model, real: Real) {
    const legal = involvedAndSees(model, this.who) && openForRepair(model);
    const before = real.rupture;
    expectOutcome(
      legal,
      () =>
        apply(
          real,
          acknowledgeRupture({ rupture: real.rupture, actorMemberId: this.who, members: real.members, at: tick(real) }),
        ),
      before,
      real,
    );
    if (legal) {
      model.recognized.add(this.who);
      promote(model);
    }
    checkInvariants(model, real);
  }
  toString = () => `acknowledge(${this.who})`;
}

class Attempt implements Cmd {
  constructor(readonly who: string) {}
  check = () => true;
  run(model: Model, real: Real) {
    const legal = involvedAndSees(model, this.who) && openForRepair(model);
    const before = real.rupture;
    expectOutcome(
      legal,
      () =>
        apply(
          real,
          attemptRepair({
            rupture: real.rupture,
            actorMemberId: this.who,
            id: `attempt-${real.ids++}`,
            kind: 'apology',
            message: 'I am sorry I snapped.',
            whileFlooded: false,
            at: tick(real),
          }),
        ),
      before,
      real,
    );
    if (legal) {
      model.status = 'repairing';
      model.round += 1;
      model.answers.clear();
      model.recognized.add(this.who);
    }
    checkInvariants(model, real);
  }
  toString = () => `attempt(${this.who})`;
}

class Break implements Cmd {
  constructor(readonly who: string) {}
  check = () => true;
  run(model: Model, real: Real) {
    const legal = involvedAndSees(model, this.who) && openForRepair(model);
    const before = real.rupture;
    const at = tick(real);
    expectOutcome(
      legal,
      () =>
        apply(
          real,
          takeBreak({
            rupture: real.rupture,
            actorMemberId: this.who,
            members: real.members,
            id: `break-${real.ids++}`,
            returnAt: new Date(Date.parse(at) + 20 * 60_000).toISOString(),
            whileFlooded: true,
            at,
          }),
        ),
      before,
      real,
    );
    if (legal) {
      model.recognized.add(this.who);
      promote(model);
    }
    checkInvariants(model, real);
  }
  toString = () => `break(${this.who})`;
}

class Respond implements Cmd {
  constructor(
    readonly who: string,
    readonly feel: 'repaired' | 'not_yet',
  ) {}
  check = () => true;
  run(model: Model, real: Real) {
    const legal = involvedAndSees(model, this.who) && openForRepair(model) && model.round > 0;
    const before = real.rupture;
    expectOutcome(
      legal,
      () => {
        const { response } = apply(
          real,
          respondToRepair({
            rupture: real.rupture,
            responses: real.responses,
            members: real.members,
            actorMemberId: this.who,
            id: `response-${real.ids++}`,
            feel: this.feel,
            need: this.feel === 'not_yet' ? 'a hug first' : null,
            at: tick(real),
          }),
        );
        real.responses.push(response);
      },
      before,
      real,
    );
    if (legal) {
      model.answers.set(this.who, this.feel);
      if (complete(model)) model.status = 'repaired';
    }
    checkInvariants(model, real);
  }
  toString = () => `respond(${this.who}, ${this.feel})`;
}

class Reconnect implements Cmd {
  constructor(
    readonly who: string,
    readonly target: string,
  ) {}
  check = () => true;
  run(model: Model, real: Real) {
    const targetOk = model.involved.includes(this.target) && !model.accounts.has(this.target);
    const legal = involvedAndSees(model, this.who) && targetOk && openForRepair(model) && model.round > 0;
    const before = real.rupture;
    expectOutcome(
      legal,
      () => {
        const { response } = apply(
          real,
          recordReconnection({
            rupture: real.rupture,
            responses: real.responses,
            members: real.members,
            actorMemberId: this.who,
            memberId: this.target,
            id: `reconnection-${real.ids++}`,
            note: 'came back to play',
            at: tick(real),
          }),
        );
        real.responses.push(response);
      },
      before,
      real,
    );
    if (legal) {
      model.answers.set(this.target, 'repaired');
      if (complete(model)) model.status = 'repaired';
    }
    checkInvariants(model, real);
  }
  toString = () => `reconnect(${this.who} for ${this.target})`;
}

class LetGo implements Cmd {
  constructor(readonly who: string) {}
  check = () => true;
  run(model: Model, real: Real) {
    const small = model.size === 'tiny' || model.size === 'small';
    const legal = sees(model, this.who) && !closed(model) && this.who === model.author && !model.shared && small;
    const before = real.rupture;
    expectOutcome(
      legal,
      () => apply(real, letGo({ rupture: real.rupture, actorMemberId: this.who, at: tick(real) })),
      before,
      real,
    );
    if (legal) model.status = 'let_go';
    checkInvariants(model, real);
  }
  toString = () => `letGo(${this.who})`;
}

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
      who.map((w) => new Raise(w)),
      who.map((w) => new Acknowledge(w)),
      who.map((w) => new Attempt(w)),
      who.map((w) => new Break(w)),
      fc
        .tuple(who, fc.constantFrom<'repaired' | 'not_yet'>('repaired', 'repaired', 'not_yet'))
        .map(([w, f]) => new Respond(w, f)),
      fc.tuple(who, fc.constantFrom(KID, B)).map(([w, t]) => new Reconnect(w, t)),
      who.map((w) => new LetGo(w)),
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
