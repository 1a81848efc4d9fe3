import type { MemberRecord } from '../spaces';
import { isRepairComplete } from './completion';
import type { RepairResponse, Rupture, RuptureEvent } from './types';
import { isHarm } from './visibility';

/**
 * The repair-cycle rules that must hold of any rupture, whatever happened
 * to it (DESIGN.md §4): what the model-based test checks after every step,
 * and the simulation's test over whole histories. Returns what is broken,
 * in words; empty when all holds. Used by core's tests only.
 *
 * @param responses every answer given to this rupture
 * @param events every event about this rupture
 */
export function cycleViolations(props: {
  rupture: Rupture;
  responses: readonly RepairResponse[];
  events: readonly RuptureEvent[];
  members: readonly MemberRecord[];
}): string[] {
  const { rupture: r, responses, events, members } = props;
  const broken: string[] = [];
  // Rule 9: harm is never shared.
  if (isHarm(r) && r.visibility !== 'private') broken.push('harm is shared');
  // Rule 2: recognition is a subset of the involved members.
  if (!r.recognizedBy.every((m) => r.involved.includes(m))) broken.push('recognized by someone not involved');
  // Rule 4: repaired exactly when complete...
  const complete = isRepairComplete(r, responses, members) && r.repairedAt !== null;
  if ((r.status === 'repaired') !== complete) broken.push(`status ${r.status} but complete is ${complete}`);
  // ...and completed exactly once (rule 10).
  const repairedEvents = events.filter((e) => e.type === 'rupture.repaired').length;
  if (repairedEvents !== (r.status === 'repaired' ? 1 : 0)) broken.push(`${repairedEvents} repaired events`);
  // Rule 5: only a small private rupture is let go.
  if (r.status === 'let_go' && (r.visibility !== 'private' || (r.size !== 'tiny' && r.size !== 'small'))) {
    broken.push('let go but not small and private');
  }
  return broken;
}
