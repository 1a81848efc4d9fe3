import type { Kysely } from 'kysely';
import { accountsAndSpaces } from './0001-accounts-and-spaces';
import { repairCycle } from './0002-repair-cycle';
import { involvementByRupture } from './0003-involvement-by-rupture';
import { checkinsInPageOrder } from './0004-checkins-in-page-order';
import { throttleAndKnownDevices } from './0005-throttle-and-known-devices';
import { endInvitesOfMembersWhoLeft } from './0006-end-invites-of-members-who-left';
import { idempotencyBySpace } from './0007-idempotency-by-space';
import { listsInPageOrder } from './0008-lists-in-page-order';
import { safetyScreen } from './0009-safety-screen';
import { editedAt } from './0010-edited-at';
import { editedMomentsAndCheckins } from './0011-edited-moments-and-checkins';
import { sampleSpace } from './0012-sample-space';
import { conversations } from './0014-conversations';

export interface Migration {
  /** Sorts in application order; never renamed once released. */
  name: string;
  up(db: Kysely<unknown>): Promise<void>;
}

/** Append-only: a released migration is never edited, only followed. */
export const migrations: readonly Migration[] = [
  accountsAndSpaces,
  repairCycle,
  involvementByRupture,
  checkinsInPageOrder,
  throttleAndKnownDevices,
  endInvitesOfMembersWhoLeft,
  idempotencyBySpace,
  listsInPageOrder,
  safetyScreen,
  editedAt,
  editedMomentsAndCheckins,
  sampleSpace,
  conversations,
];
