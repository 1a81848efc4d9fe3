import { AFTER_INCIDENT } from './after-incident';
import { APOLOGY } from './apology';
import { FEEDBACK_WHEEL } from './feedback-wheel';
import { PARENT_DO_OVER } from './parent-do-over';
import { TALK_IT_THROUGH } from './talk-it-through';
import type { ChildAgeBand, Protocol, ProtocolId, ProtocolStep, ProtocolSummary } from './types';
import { WEEKLY_CHECK_IN } from './weekly-check-in';

/** Every protocol, by id. Adding one means adding its data file here and its tests. */
export const PROTOCOLS: Record<ProtocolId, Protocol> = {
  'talk-it-through': TALK_IT_THROUGH,
  'after-incident': AFTER_INCIDENT,
  'feedback-wheel': FEEDBACK_WHEEL,
  apology: APOLOGY,
  'parent-do-over': PARENT_DO_OVER,
  'weekly-check-in': WEEKLY_CHECK_IN,
};

/** The steps a run of this protocol goes through (the parent do-over's depend on the child's age band). */
export function protocolSteps(id: ProtocolId, ageBand: ChildAgeBand | null): readonly ProtocolStep[] {
  const p = PROTOCOLS[id];
  return (ageBand && p.stepsByBand?.[ageBand]) || p.steps;
}

/** One line each, for `GET /api/protocols`. */
export function protocolSummaries(): ProtocolSummary[] {
  return Object.values(PROTOCOLS).map((p) => ({
    id: p.id,
    title: p.title,
    purpose: p.purpose,
    inspiredBy: p.inspiredBy,
    alone: p.alone,
    withChild: p.withChild ?? false,
  }));
}
