import type {
  AttemptView,
  AttentionConversation,
  AttentionRupture,
  Conversation,
  ResponseView,
  RuptureSize,
} from '@repairable/core';
import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { ConversationFilter } from './conversations';
import type { RuptureFilter } from './ruptures';
import type { Database } from './schema';
import { readInSlices } from './slices';

/** A space and the filter (from the access module) its ruptures must pass for this reader. */
export interface AttentionScope {
  spaceId: string;
  filter: RuptureFilter;
}

export type ScopedAttentionRupture = AttentionRupture & { spaceId: string };

/** A rupture in one of the scopes' spaces passing that space's filter: one query reads them all. */
const inAnyScope = (scopes: readonly AttentionScope[]) => (eb: ExpressionBuilder<Database, 'rupture'>) =>
  eb.or(scopes.map((s) => eb.and([eb('rupture.space_id', '=', s.spaceId), s.filter(eb)])));

/**
 * What "needs you" is read from, over several spaces in one go: in each
 * space, the newest `perSpace` ruptures passing that space's filter, with who
 * they involve, their attempts and their answers, in the order made. No
 * words are read: a message, need or note (nor when one was edited) never
 * leaves the database here.
 */
export async function listAttentionRuptures(
  db: Kysely<Database>,
  props: { scopes: readonly AttentionScope[]; perSpace: number },
): Promise<ScopedAttentionRupture[]> {
  if (props.scopes.length === 0) return [];
  // Ranked by id alone (the index answers it without reading the rows), then only the newest are read.
  const ranked = db
    .selectFrom('rupture')
    .select([
      'rupture.id',
      sql<number>`row_number() over (partition by rupture.space_id order by rupture.id desc)`.as('rank'),
    ])
    .where(inAnyScope(props.scopes));
  const rows = await db
    .selectFrom(ranked.as('ranked'))
    .innerJoin('rupture', 'rupture.id', 'ranked.id')
    .select([
      'rupture.id',
      'rupture.space_id',
      'rupture.status',
      'rupture.visibility',
      'rupture.harm',
      'rupture.kinds',
      'rupture.author_member_id',
      'rupture.recognized_by',
      'rupture.round',
      'rupture.paused_until',
    ])
    .where('ranked.rank', '<=', props.perSpace)
    .orderBy('rupture.id')
    .execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const spaceIds = [...new Set(rows.map((r) => r.space_id))];
  const [involvement, attempts, responses] = await Promise.all([
    readInSlices(ids, (slice) =>
      db
        .selectFrom('rupture_involvement')
        .select(['rupture_id', 'member_id'])
        .where('space_id', 'in', spaceIds)
        .where('rupture_id', 'in', slice)
        .execute(),
    ),
    readInSlices(ids, (slice) =>
      db
        .selectFrom('attempt')
        .select(['id', 'rupture_id', 'member_id', 'kind', 'return_at', 'round', 'created_at'])
        .where('space_id', 'in', spaceIds)
        .where('rupture_id', 'in', slice)
        .orderBy('id')
        .execute(),
    ),
    readInSlices(ids, (slice) =>
      db
        .selectFrom('repair_response')
        .select(['id', 'rupture_id', 'member_id', 'recorded_by_member_id', 'round', 'feel', 'created_at'])
        .where('space_id', 'in', spaceIds)
        .where('rupture_id', 'in', slice)
        .orderBy('id')
        .execute(),
    ),
  ]);
  return rows.map((row) => ({
    id: row.id,
    spaceId: row.space_id,
    status: row.status,
    visibility: row.visibility,
    harm: Number(row.harm) === 1,
    kinds: JSON.parse(row.kinds),
    authorMemberId: row.author_member_id,
    involved: involvement.filter((i) => i.rupture_id === row.id).map((i) => i.member_id),
    recognizedBy: JSON.parse(row.recognized_by),
    round: Number(row.round),
    pausedUntil: row.paused_until,
    attempts: attempts
      .filter((a) => a.rupture_id === row.id)
      .map(
        (a): AttemptView => ({
          id: a.id,
          memberId: a.member_id,
          kind: a.kind,
          message: null,
          returnAt: a.return_at,
          round: Number(a.round),
          createdAt: a.created_at,
          editedAt: null,
        }),
      ),
    responses: responses
      .filter((p) => p.rupture_id === row.id)
      .map(
        (p): ResponseView => ({
          id: p.id,
          memberId: p.member_id,
          recordedByMemberId: p.recorded_by_member_id,
          round: Number(p.round),
          feel: p.feel,
          need: null,
          note: null,
          createdAt: p.created_at,
          editedAt: null,
        }),
      ),
  }));
}

/** A space, the reader there, and the filter (from the access module) its conversations must pass for them. */
export interface ConversationScope {
  spaceId: string;
  memberId: string;
  filter: ConversationFilter;
}

/**
 * What "needs you" reads of guided conversations, over several spaces in
 * one query: those under way or paused passing each space's filter, with
 * the rupture each started from and whose step it is from the engine's state. A conversation with two
 * people names them as its speaker and listener; no entry, nothing anyone
 * said, is read.
 */
export async function listAttentionConversations(
  db: Kysely<Database>,
  props: { scopes: readonly ConversationScope[] },
): Promise<(AttentionConversation & { spaceId: string })[]> {
  if (props.scopes.length === 0) return [];
  // Driven by the reader's own participant rows (index space_id, member_id), never a whole space's conversations.
  const rows = await db
    .selectFrom('conversation_participant')
    .innerJoin('conversation', 'conversation.id', 'conversation_participant.conversation_id')
    .select([
      'conversation.id',
      'conversation.space_id',
      'conversation.status',
      'conversation.rupture_id',
      'conversation.state',
    ])
    .where((eb) =>
      eb.or(
        props.scopes.map((s) =>
          eb.and([
            eb('conversation_participant.space_id', '=', s.spaceId),
            eb('conversation_participant.member_id', '=', s.memberId),
            eb('conversation.space_id', '=', s.spaceId),
            s.filter(eb),
          ]),
        ),
      ),
    )
    .where('conversation.status', 'in', ['active', 'paused'])
    .execute();
  return rows.map((row) => {
    const state = JSON.parse(row.state) as Pick<
      Conversation,
      'turn' | 'waitingOn' | 'alone' | 'speaker' | 'listener' | 'child'
    >;
    return {
      id: row.id,
      spaceId: row.space_id,
      status: row.status as Conversation['status'],
      ruptureId: row.rupture_id,
      turn: state.turn,
      waitingOn: state.waitingOn,
      alone: state.alone,
      child: state.child,
      participants: [state.speaker, state.listener].filter((p): p is string => p !== null),
    };
  });
}

/** One space's quiet wall, counted by size, with the oldest time of each size. */
export interface QuietWallGroup {
  spaceId: string;
  size: RuptureSize;
  count: number;
  oldestAt: string;
}

/**
 * The quiet walls of several spaces in one query: the ruptures passing each
 * space's filter (the access module's, which says what stands on the wall
 * for this reader), counted by space and size. Only counts and a time leave
 * the database.
 */
export async function countQuietWalls(
  db: Kysely<Database>,
  props: { scopes: readonly AttentionScope[] },
): Promise<QuietWallGroup[]> {
  if (props.scopes.length === 0) return [];
  const rows = await db
    .selectFrom('rupture')
    .select(['rupture.space_id', 'rupture.size'])
    .select((eb) => [eb.fn.countAll<number | string>().as('count'), eb.fn.min('rupture.occurred_at').as('oldest')])
    .where(inAnyScope(props.scopes))
    .groupBy(['rupture.space_id', 'rupture.size'])
    .execute();
  return rows.map((r) => ({ spaceId: r.space_id, size: r.size, count: Number(r.count), oldestAt: r.oldest }));
}
