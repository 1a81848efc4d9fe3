import type { Member, Space, SpaceView } from '@repairable/core';
import type { Kysely } from 'kysely';
import { attentionInSpaces } from '../../access/attention';
import { quietWallsInSpaces } from '../../access/quiet-wall';
import { presentSpace } from '../../http/presenters';
import type { Clock } from '../../ports/clock';
import type { Database } from '../../store/schema';

/**
 * Spaces as the viewer sees them, each with what waits on them there
 * ("needs you") and their quiet wall, each read in one go for all of them
 * from what they may see.
 * `members`: the current members of all these spaces.
 */
export async function presentSpaces(
  deps: { db: Kysely<Database>; clock: Clock },
  spaces: readonly Space[],
  members: readonly Member[],
  viewerAccountId: string,
): Promise<SpaceView[]> {
  const viewers = members.filter((m) => m.accountId === viewerAccountId);
  const now = deps.clock.now();
  const [attention, walls] = await Promise.all([
    attentionInSpaces(deps.db, { viewers, members, now }),
    quietWallsInSpaces(deps.db, { viewers, now }),
  ]);
  return spaces.map((s) => {
    const here = members.filter((m) => m.spaceId === s.id);
    const mine = attention.get(s.id);
    const quietWall = walls.get(s.id);
    if (!mine || !quietWall) throw new Error(`the viewer is not a member of space ${s.id}`);
    return presentSpace(s, here, viewerAccountId, { attention: mine, quietWall });
  });
}

/** One space as the viewer sees it (`members`: its current members). */
export async function presentOneSpace(
  deps: { db: Kysely<Database>; clock: Clock },
  space: Space,
  members: readonly Member[],
  viewerAccountId: string,
): Promise<SpaceView> {
  const [view] = await presentSpaces(deps, [space], members, viewerAccountId);
  if (!view) throw new Error('a space was asked for and none presented');
  return view;
}
