import type { AttentionView, MemberView } from '../views';
import { type NextStepRupture, nextStep } from './next-step';

/**
 * What waits on one person in a space (SECURITY.md P2): never a read
 * receipt, never presence, never a count. It is read off `nextStep`, the one
 * rule for whose step it is: something "needs you" when a shared rupture you
 * are part of is at your step — it was raised with you and you have not
 * recognised it yet, or someone moved toward you and you have not said how it
 * landed (or only your own answer is left). Whose turn it is to begin is
 * nobody's in particular (rule 3), so it needs nobody; during someone's break
 * nothing is asked of anyone, and the others see until when.
 *
 * The server gives this only the ruptures the viewer may see; its SQL
 * prefilter sits in packages/server/src/access/attention.ts and is tested
 * never to leave out one this would count.
 */

export type NeedsYouReason = 'raised' | 'reached';

export type AttentionRupture = NextStepRupture & { id: string };

type Person = Pick<MemberView, 'id' | 'hasAccount'>;

/** Nothing waits: the attention of a space with nothing at anyone's step. */
export const NO_ATTENTION: AttentionView = { needsYou: null, breaks: [] };

/**
 * The attention of a space for `viewerId` over ruptures they may see: the
 * newest (highest id) one at their step, and each other person on a break.
 */
export function attentionOf(
  ruptures: readonly AttentionRupture[],
  context: { viewerId: string; members: readonly Person[]; now: Date },
): AttentionView {
  let needsYou: AttentionView['needsYou'] = null;
  const breaks = new Map<string, string>();
  for (const rupture of ruptures) {
    if (rupture.visibility !== 'shared') continue;
    const step = nextStep(rupture, context);
    const need =
      step.kind === 'acknowledge'
        ? { reason: 'raised' as const, byMemberId: step.raisedBy }
        : step.kind === 'answer'
          ? { reason: 'reached' as const, byMemberId: step.from }
          : undefined;
    if (need && (needsYou === null || rupture.id > needsYou.ruptureId)) needsYou = { ruptureId: rupture.id, ...need };
    if (step.kind !== 'wait') continue;
    for (const w of step.for) {
      if (w.what !== 'return') continue;
      const known = breaks.get(w.memberId);
      if (known === undefined || w.until > known) breaks.set(w.memberId, w.until);
    }
  }
  return { needsYou, breaks: [...breaks].map(([memberId, until]) => ({ memberId, until })) };
}
