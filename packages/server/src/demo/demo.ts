import { randomBytes } from 'node:crypto';
import {
  createMemberWithoutAccount,
  createSpace,
  type Member,
  momentCount,
  type SimulatedHistory,
  simulateRelationship,
} from '@repairable/core';
import type { PasswordHasher } from '../auth/passwords';
import type { Clock } from '../ports/clock';
import { newId } from '../ports/ids';
import { type Account, insertAccount } from '../store/accounts';
import type { Write } from '../store/connect';
import { insertMember, insertSpace } from '../store/spaces';
import { writeHistory } from './fill';
import type { DemoKind } from './kinds';

/** What every demo space is called, so nobody takes it for their own. */
export const DEMO_SPACE_NAME = 'Sample space (demo)';

export interface DemoOptions {
  kind: DemoKind;
  /** How many years of history, ending now. */
  years: number;
  /** The simulation's seed; a random one when not given, so two demos never share an id. */
  seed?: number;
}

export interface DemoSignIn {
  email: string;
  /** Shown once, to whoever ran the command; only its hash is stored. */
  password: string;
  displayName: string;
}

export interface DemoResult {
  spaceId: string;
  /** The person to sign in as, and for a couple the partner, so both sides can be seen. */
  people: DemoSignIn[];
  seed: number;
  moments: number;
  /** What was written, as the simulation made it. */
  history: SimulatedHistory;
}

type Deps = { write: Write; clock: Clock; passwords: PasswordHasher };

/** A password nobody could guess: 18 random bytes as 24 letters and digits (- and _ of base64url made x, easy to copy). */
function randomPassword(): string {
  return randomBytes(18).toString('base64url').replace(/[-_]/g, 'x');
}

/**
 * `repairable demo`: a demo account (an address at example.org, which can
 * receive no mail, and a random password), a space called "Sample space
 * (demo)" with a partner (a second demo account) or a child without an
 * account, and years of history from the seeded simulation, written through
 * the store like everything else. Harm is left out: a demo is for trying
 * the repair cycle, not for showing the safety screen.
 */
export async function createDemo(deps: Deps, options: DemoOptions): Promise<DemoResult> {
  const now = deps.clock.now();
  const tag = randomBytes(4).toString('hex');
  const start = new Date(now.getTime() - options.years * 365.25 * 24 * 3_600_000);
  const people: DemoSignIn[] = [
    { email: `demo-${tag}@example.org`, password: randomPassword(), displayName: 'Alex (demo)' },
  ];
  if (options.kind === 'couple') {
    people.push({ email: `demo-${tag}-partner@example.org`, password: randomPassword(), displayName: 'Sam (demo)' });
  }
  const accounts: Account[] = [];
  for (const p of people) {
    accounts.push({
      id: newId(now.getTime()),
      email: p.email,
      passwordHash: await deps.passwords.hash(p.password),
      displayName: p.displayName,
      createdAt: now.toISOString(),
    });
  }
  const [first, ...others] = accounts;
  if (!first) throw new Error('A demo needs an account');
  const at = start.toISOString();
  const { space, member } = createSpace({
    spaceId: newId(now.getTime()),
    memberId: newId(now.getTime()),
    name: DEMO_SPACE_NAME,
    kind: options.kind,
    creator: { accountId: first.id, displayName: first.displayName },
    at,
  });
  const members: Member[] = [member];
  for (const a of others) {
    members.push({ ...member, id: newId(now.getTime()), accountId: a.id, displayName: a.displayName });
  }
  if (options.kind === 'parent_child') {
    members.push(
      createMemberWithoutAccount({ memberId: newId(now.getTime()), spaceId: space.id, displayName: 'Mia', at }),
    );
  }
  await deps.write(async (trx) => {
    for (const a of accounts) {
      if (!(await insertAccount(trx, a))) throw new Error(`The demo address ${a.email} is taken; run it again`);
    }
    await insertSpace(trx, space);
    for (const m of members) await insertMember(trx, m);
  });
  const seed = options.seed ?? randomBytes(4).readUInt32BE(0);
  const history = simulateRelationship({
    seed,
    years: options.years,
    start: at,
    kind: options.kind,
    spaceId: space.id,
    members,
    harm: false,
  });
  await writeHistory(deps.write, history);
  return { spaceId: space.id, people, seed, moments: momentCount(history), history };
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
