import { TALK_IT_THROUGH } from './talk-it-through';
import type { ChildAgeBand, Protocol, ProtocolId, ProtocolStep, ProtocolSummary } from './types';

/** Every protocol, by id. Adding one means adding its data file here and its tests. */
export const PROTOCOLS: Record<ProtocolId, Protocol> = {
  'talk-it-through': TALK_IT_THROUGH,
  'after-incident': TALK_IT_THROUGH,
  'feedback-wheel': TALK_IT_THROUGH,
  apology: TALK_IT_THROUGH,
  'parent-do-over': TALK_IT_THROUGH,
  'weekly-check-in': TALK_IT_THROUGH,
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
