import type { MemberRecord } from '../spaces';
import { recordReconnection, respondToRepair } from './answers';
import type { Change } from './transitions';
import type { Feeling, RepairResponse, Rupture } from './types';

/**
 * Parent mode in one step: what the parent saw the child do ("came back to
 * play") and how the parent feels now, together. The parent's own answer is
 * applied first, so a "not yet" can never be overtaken by the reconnection
 * completing the repair; then the observed reconnection, which completes it
 * when the parent's answer was `repaired` and nobody else is waiting (rule 4).
 * One change: the rupture's version moves by one, whatever it holds.
 *
 * @param ids the reconnection's id first, then the answer's: ids are creation
 *   order, so the history reads "what I saw, then how I feel"
 */
export function recordReconnectionWithAnswer(props: {
  rupture: Rupture;
  responses: readonly RepairResponse[];
  members: readonly MemberRecord[];
  actorMemberId: string;
  memberId: string;
  ids: readonly [reconnection: string, answer: string];
  note: string | null;
  feel: Feeling;
  need: string | null;
  at: string;
}): Change<{ responses: [reconnection: RepairResponse, answer: RepairResponse] }> {
  const [reconnectionId, answerId] = props.ids;
  const own = respondToRepair({ ...props, id: answerId, feel: props.feel, need: props.need });
  const seen = recordReconnection({
    ...props,
    rupture: own.rupture,
    responses: [...props.responses, own.created.response],
    id: reconnectionId,
  });
  return {
    rupture: { ...seen.rupture, version: props.rupture.version + 1 },
    events: [...own.events, ...seen.events],
    created: { responses: [seen.created.response, own.created.response] },
  };
}
