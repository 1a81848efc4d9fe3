import type { PositiveMoment, Rupture } from './types';

/** A rupture marked as harm is never a thing to repair together (rule 9). */
export function isHarm(rupture: Pick<Rupture, 'kinds'>): boolean {
  return rupture.kinds.includes('harm');
}

/**
 * Who may see a rupture (rule 1, rule 9, SECURITY.md A2): its author
 * always; once raised, the members it involves; nobody else, ever. Harm
 * stays with its author alone.
 */
export function canSeeRupture(viewerMemberId: string, rupture: Rupture): boolean {
  if (rupture.authorMemberId === viewerMemberId) return true;
  if (rupture.visibility === 'private' || isHarm(rupture)) return false;
  return rupture.involved.includes(viewerMemberId);
}

/** A positive moment: its author, or every member once shared. */
export function canSeeMoment(
  viewerMemberId: string,
  moment: Pick<PositiveMoment, 'authorMemberId' | 'visibility'>,
): boolean {
  return moment.authorMemberId === viewerMemberId || moment.visibility === 'shared';
}
