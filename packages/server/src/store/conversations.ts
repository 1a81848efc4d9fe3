import type { Conversation, ConversationEntry } from '@repairable/core';
import type { Expression, ExpressionBuilder, Kysely, Selectable, SqlBool } from 'kysely';
import { olderThan, type Page, type PageRequest, pageLimit, readPage } from './paging';
import { lockedIf, type RowLock } from './row-lock';
import type { ConversationEntryTable, ConversationTable, Database } from './schema';
import { readInSlices } from './slices';

/** A where-clause over `conversation`, such as the access module's `conversationVisibleTo`. */
export type ConversationFilter = (eb: ExpressionBuilder<Database, 'conversation'>) => Expression<SqlBool>;

/** A conversation without its entries: what a list shows. */
export type ConversationHead = Omit<Conversation, 'entries'>;

/** The engine's state beyond the columns: kept whole as JSON, so the store never lags the engine. */
function stateOf(c: ConversationHead): string {
  const {
    id: _id,
    spaceId: _space,
    protocol: _protocol,
    ruptureId: _rupture,
    status: _status,
    version: _version,
    startedBy: _startedBy,
    createdAt: _created,
    updatedAt: _updated,
    endedAt: _ended,
    participants: _participants,
    ...state
  } = c as ConversationHead & { entries?: unknown };
  delete (state as { entries?: unknown }).entries;
  return JSON.stringify(state);
}

function toRow(c: ConversationHead) {
  return {
    space_id: c.spaceId,
    protocol: c.protocol,
    rupture_id: c.ruptureId,
    status: c.status,
    version: c.version,
    started_by: c.startedBy,
    state: stateOf(c),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    ended_at: c.endedAt,
  };
}

function toHead(row: Selectable<ConversationTable>, participants: string[]): ConversationHead {
  return {
    ...(JSON.parse(row.state) as object),
    id: row.id,
    spaceId: row.space_id,
    protocol: row.protocol,
    ruptureId: row.rupture_id,
    status: row.status,
    version: Number(row.version),
    startedBy: row.started_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    endedAt: row.ended_at,
    participants,
  } as ConversationHead;
}

export function toEntry(row: Selectable<ConversationEntryTable>): ConversationEntry {
  return {
    seq: Number(row.seq),
    stepId: row.step_id,
    memberId: row.member_id,
    input: JSON.parse(row.input),
    createdAt: row.created_at,
    revealed: Number(row.revealed) === 1,
  };
}

export async function insertConversation(db: Kysely<Database>, c: Conversation): Promise<void> {
  await db
    .insertInto('conversation')
    .values({ id: c.id, ...toRow(c) })
    .execute();
  await db
    .insertInto('conversation_participant')
    .values(
      c.participants.map((memberId, position) => ({
        space_id: c.spaceId,
        conversation_id: c.id,
        member_id: memberId,
        position,
      })),
    )
    .execute();
  await insertEntries(db, c, c.entries, c.version);
}

async function insertEntries(
  db: Kysely<Database>,
  c: Pick<Conversation, 'id' | 'spaceId'>,
  entries: readonly ConversationEntry[],
  basedOn: number,
): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insertInto('conversation_entry')
    .values(
      entries.map((e) => ({
        space_id: c.spaceId,
        conversation_id: c.id,
        seq: e.seq,
        step_id: e.stepId,
        member_id: e.memberId,
        input: JSON.stringify(e.input),
        revealed: e.revealed ? (1 as const) : (0 as const),
        based_on: basedOn,
        created_at: e.createdAt,
      })),
    )
    .execute();
}

/**
 * Writes a changed conversation if nobody changed it first: its new state,
 * the entries it gained (sent against `before.version`) and the ones now
 * revealed. Entries are never rewritten otherwise: what people said stays whole.
 * @returns false when the stored version is no longer `before.version`
 */
export async function updateConversation(
  db: Kysely<Database>,
  before: Conversation,
  after: Conversation,
): Promise<boolean> {
  const result = await db
    .updateTable('conversation')
    .set(toRow(after))
    .where('space_id', '=', after.spaceId)
    .where('id', '=', after.id)
    .where('version', '=', before.version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  const known = new Map(before.entries.map((e) => [e.seq, e]));
  await insertEntries(
    db,
    after,
    after.entries.filter((e) => !known.has(e.seq)),
    before.version,
  );
  const revealed = after.entries.filter((e) => e.revealed && known.get(e.seq)?.revealed === false).map((e) => e.seq);
  if (revealed.length > 0) {
    await db
      .updateTable('conversation_entry')
      .set({ revealed: 1 })
      .where('conversation_id', '=', after.id)
      .where('seq', 'in', revealed)
      .execute();
  }
  return true;
}

async function participantsOf(db: Kysely<Database>, spaceId: string, ids: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return map;
  const rows = await readInSlices(ids, (slice) =>
    db
      .selectFrom('conversation_participant')
      .select(['conversation_id', 'member_id'])
      .where('space_id', '=', spaceId)
      .where('conversation_id', 'in', slice)
      .orderBy('conversation_id')
      .orderBy('position')
      .execute(),
  );
  for (const row of rows) map.get(row.conversation_id)?.push(row.member_id);
  return map;
}

/** Every entry of a conversation, in order; `basedOn` is the version each was sent against. */
export async function listEntries(
  db: Kysely<Database>,
  props: { spaceId: string; conversationId: string },
): Promise<{ entry: ConversationEntry; basedOn: number }[]> {
  const rows = await db
    .selectFrom('conversation_entry')
    .selectAll()
    .where('space_id', '=', props.spaceId)
    .where('conversation_id', '=', props.conversationId)
    .orderBy('seq')
    .execute();
  return rows.map((row) => ({ entry: toEntry(row), basedOn: Number(row.based_on) }));
}

/**
 * Loads one conversation with its entries. With `forUpdate`, PostgreSQL
 * locks its row until the transaction ends, so two steps sent at once
 * queue instead of racing; SQLite transactions are serialized already.
 */
export async function findConversation(
  db: Kysely<Database>,
  props: { spaceId: string; conversationId: string } & RowLock,
): Promise<{ conversation: Conversation; basedOn: Map<number, number> } | undefined> {
  const query = db
    .selectFrom('conversation')
    .selectAll()
    .where('space_id', '=', props.spaceId)
    .where('id', '=', props.conversationId);
  const row = await lockedIf(query, props).executeTakeFirst();
  if (!row) return undefined;
  const [participants, entries] = await Promise.all([
    participantsOf(db, props.spaceId, [row.id]),
    listEntries(db, props),
  ]);
  const head = toHead(row, participants.get(row.id) ?? []);
  return {
    conversation: { ...head, entries: entries.map((e) => e.entry) },
    basedOn: new Map(entries.map((e) => [e.entry.seq, e.basedOn])),
  };
}

/** One page of a space's conversations passing `visible`, newest first, without their entries. */
export function pageOfConversations(
  db: Kysely<Database>,
  props: {
    spaceId: string;
    visible: ConversationFilter;
    status?: 'open' | 'ended' | 'all';
    page: PageRequest;
  },
): Promise<Page<ConversationHead>> {
  return readPage(
    props.page,
    async (query) => {
      let q = db
        .selectFrom('conversation')
        .selectAll()
        .where('space_id', '=', props.spaceId)
        .where(props.visible)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc');
      if (props.status === 'open') q = q.where('status', 'in', ['active', 'paused']);
      if (props.status === 'ended') q = q.where('status', 'in', ['done', 'abandoned']);
      if (query.before) q = q.where(olderThan('created_at', query.before));
      const rows = await q.limit(pageLimit(query.limit)).execute();
      const participants = await participantsOf(
        db,
        props.spaceId,
        rows.map((r) => r.id),
      );
      return rows.map((row) => toHead(row, participants.get(row.id) ?? []));
    },
    (c) => ({ at: c.createdAt, id: c.id }),
  );
}

/** The open (active or paused) conversations started from one rupture, by id. */
export async function listOpenConversationIdsHostedBy(
  db: Kysely<Database>,
  props: { spaceId: string; ruptureId: string },
): Promise<string[]> {
  const rows = await db
    .selectFrom('conversation')
    .select('id')
    .where('space_id', '=', props.spaceId)
    .where('rupture_id', '=', props.ruptureId)
    .where('status', 'in', ['active', 'paused'])
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}
