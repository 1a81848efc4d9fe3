import { randomBytes } from 'node:crypto';
import {
  createMemberWithoutAccount,
  createSpace,
  type Member,
  momentCount,
  normalizeDisplayName,
  type SimulatedHistory,
  type Space,
  scaleFor,
  simulateRelationship,
} from '@repairable/core';
import type { Kysely } from 'kysely';
import type { PasswordHasher } from '../auth/passwords';
import { AppError } from '../http/errors';
import type { Clock } from '../ports/clock';
import { newId } from '../ports/ids';
import { type Account, findAccountById, insertAccount, lockAccount } from '../store/accounts';
import type { Dialect, Write } from '../store/connect';
import type { Database } from '../store/schema';
import { findSampleSpaceOf, insertMember, insertSpace } from '../store/spaces';
import { writeHistory } from './fill';
import type { DemoKind } from './kinds';

/** What every demo space is called when made; `sample` marks it, whatever it is renamed to. */
export const DEMO_SPACE_NAME = 'Sample space (demo)';

export interface DemoOptions {
  kind: DemoKind;
  /** How many years of history, ending now. */
  years: number;
  /** The simulation's seed; a random one when not given, so two demos never share an id. */
  seed?: number;
  /** About how many moments (ruptures, good moments, check-ins) to make, for benchmark spaces; an everyday pace when absent. */
  moments?: number;
}

export interface DemoSignIn {
  email: string;
  /** Shown once, to whoever ran the command; only its hash is stored. */
  password: string;
  displayName: string;
}

export interface DemoSpace {
  space: Space;
  members: Member[];
  seed: number;
  moments: number;
  /** What was written, as the simulation made it. */
  history: SimulatedHistory;
}

export type DemoResult = DemoSpace & {
  /** The person to sign in as, and for a couple the partner, so both sides can be seen. */
  people: DemoSignIn[];
};

type Deps = { write: Write; clock: Clock };

/** A password nobody could guess: 18 random bytes as 24 letters and digits (- and _ of base64url made x, easy to copy). */
function randomPassword(): string {
  return randomBytes(18).toString('base64url').replace(/[-_]/g, 'x');
}

/**
 * Makes the sample space with its members (and any new accounts) in one
 * transaction, after `check` in that same transaction when given, then
 * writes years of simulated history into it. Harm is left out: a demo is for
 * trying the repair cycle, not for showing the safety screen.
 */
async function populate(
  deps: Deps,
  props: {
    check?: (trx: Kysely<Database>) => Promise<void>;
    accounts: Account[];
    creator: { accountId: string; displayName: string };
    others: Omit<Member, 'id' | 'spaceId' | 'createdAt' | 'leftAt'>[];
  } & DemoOptions,
): Promise<DemoSpace> {
  const now = deps.clock.now();
  const at = now.toISOString();
  const { space, member } = createSpace({
    spaceId: newId(now.getTime()),
    memberId: newId(now.getTime()),
    name: DEMO_SPACE_NAME,
    kind: props.kind,
    creator: props.creator,
    at,
    sample: true,
  });
  const members: Member[] = [
    member,
    ...props.others.map((o) =>
      o.accountId === null
        ? createMemberWithoutAccount({
            memberId: newId(now.getTime()),
            spaceId: space.id,
            displayName: o.displayName,
            at,
          })
        : { ...member, id: newId(now.getTime()), accountId: o.accountId, displayName: o.displayName },
    ),
  ];
  await deps.write(async (trx) => {
    await props.check?.(trx);
    for (const a of props.accounts) {
      if (!(await insertAccount(trx, a))) throw new Error(`The demo address ${a.email} is taken; run it again`);
    }
    await insertSpace(trx, space);
    for (const m of members) await insertMember(trx, m);
  });
  const seed = props.seed ?? randomBytes(4).readUInt32BE(0);
  const start = new Date(now.getTime() - props.years * 365.25 * 24 * 3_600_000).toISOString();
  const history = simulateRelationship({
    seed,
    years: props.years,
    start,
    kind: props.kind,
    spaceId: space.id,
    members,
    harm: false,
    scale: props.moments === undefined ? 1 : scaleFor(props.kind, props.years, props.moments),
  });
  await writeHistory(deps.write, history);
  return { space, members, seed, moments: momentCount(history), history };
}

/**
 * `repairable demo`: a demo account (an address at example.org, which can
 * receive no mail, and a random password), and a space called "Sample space
 * (demo)" with a partner (a second demo account, so both sides can be
 * tried) or a child without an account, full of simulated history written
 * through the store like everything else.
 */
export async function createDemo(
  deps: Deps & { passwords: PasswordHasher },
  options: DemoOptions,
): Promise<DemoResult> {
  const now = deps.clock.now().toISOString();
  const tag = randomBytes(4).toString('hex');
  const people: DemoSignIn[] = [
    { email: `demo-${tag}@example.org`, password: randomPassword(), displayName: 'Alex (demo)' },
  ];
  if (options.kind === 'couple') {
    people.push({ email: `demo-${tag}-partner@example.org`, password: randomPassword(), displayName: 'Sam (demo)' });
  }
  const accounts: Account[] = [];
  for (const p of people) {
    const passwordHash = await deps.passwords.hash(p.password);
    accounts.push({ id: newId(), email: p.email, passwordHash, displayName: p.displayName, createdAt: now });
  }
  const [first, ...partners] = accounts;
  if (!first) throw new Error('A demo needs an account');
  const others = partners.map((a) => ({ accountId: a.id as string | null, displayName: a.displayName }));
  if (options.kind === 'parent_child') others.push({ accountId: null, displayName: 'Mia' });
  const made = await populate(deps, {
    ...options,
    accounts,
    creator: { accountId: first.id, displayName: first.displayName },
    others,
  });
  return { ...made, people };
}

/**
 * "Try with sample data": a demo space for the signed-in person, with
 * `years` of simulated history (the app gives a year) beside someone without an account (a partner
 * or a child, by kind), marked `sample`, which they delete by leaving it.
 * One at a time, whatever it is called: while they are in one, asking again
 * is refused, decided under the same write as the insert (their account row
 * locked on PostgreSQL; SQLite runs one write at a time), so two requests at
 * once cannot make two.
 */
export async function createDemoSpaceFor(
  deps: Deps & { db: Kysely<Database>; dialect: Dialect },
  props: { accountId: string; kind: DemoKind; years: number },
): Promise<DemoSpace> {
  const account = await findAccountById(deps.db, props.accountId);
  if (!account) throw new AppError('unauthenticated');
  const oneAtATime = async (trx: Kysely<Database>) => {
    await lockAccount(trx, { accountId: account.id, dialect: deps.dialect });
    if (await findSampleSpaceOf(trx, account.id)) throw new AppError('demo_space_exists');
  };
  return populate(deps, {
    check: oneAtATime,
    kind: props.kind,
    years: props.years,
    accounts: [],
    creator: { accountId: account.id, displayName: normalizeDisplayName(account.displayName) },
    others: [{ accountId: null, displayName: props.kind === 'couple' ? 'Sam (sample)' : 'Mia (sample)' }],
  });
}

/** What `repairable demo` prints: how to sign in, each password shown this once. */
export function demoSignInText(demo: DemoResult): string {
  const lines = [
    `Created "${DEMO_SPACE_NAME}" with ${demo.moments} moments of simulated history (seed ${demo.seed}).`,
    '',
    'Sign in with:',
    ...demo.people.map((p) => `  ${p.displayName.padEnd(12)} email ${p.email}   password ${p.password}`),
    '',
    'The passwords are shown only now. Start the server (repairable serve) and open it in a browser.',
    '',
  ];
  return lines.join('\n');
}
