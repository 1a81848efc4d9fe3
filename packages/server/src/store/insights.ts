import type { InsightAttempt, InsightMoment, InsightRupture } from '@repairable/core';
import { type Expression, type Kysely, type RawBuilder, sql } from 'kysely';
import type { Dialect } from './connect';
import type { MomentFilter } from './moments';
import type { RuptureFilter } from './ruptures';
import type { Database } from './schema';

/**
 * What insights read of a space: one query per record type, only the
 * columns core's `Insight*` types name — never a note, a message, who is
 * involved or who wrote what. Which rows pass is decided by the access
 * module's filters (`ruptureVisibleTo`, `momentVisibleTo`), given here.
 *
 * This is the one read that takes a whole space rather than a page: the
 * figures are over everything the viewer may see. It stays bounded by
 * being narrow (a few short columns a row) and by the space's own size.
 *
 * Each query answers ONE value: its rows as a JSON array of arrays, built
 * by the database (`json_group_array` on SQLite, `json_agg` on PostgreSQL)
 * and parsed once here. On a 100,000-moment space that is about half the
 * cost of the same rows read one by one: better-sqlite3 spends ~1 µs a row
 * making its values, where `JSON.parse` makes them in bulk (bench/README,
 * the insights bench).
 */
export interface InsightRows {
  ruptures: InsightRupture[];
  moments: InsightMoment[];
  attempts: InsightAttempt[];
}

/** `pg` answers integers of some columns as text; SQLite as numbers. */
const flag = (value: number | string | null) => (value === null ? null : Number(value) === 1);

/**
 * The JSON array of `value` over the rows a query selects, as text (null
 * for no rows): text on both, so `pg` does not parse it on its own.
 */
function jsonArrayOf(dialect: Dialect, value: Expression<unknown>): RawBuilder<string | null> {
  return dialect === 'sqlite' ? sql`json_group_array(${value})` : sql`json_agg(${value})::text`;
}

/** The JSON array of arrays of `columns` over the rows a query selects (see `jsonArrayOf`). */
function rowsAsJson(dialect: Dialect, columns: readonly Expression<unknown>[]): RawBuilder<string | null> {
  const list = sql.join(columns);
  return jsonArrayOf(dialect, dialect === 'sqlite' ? sql`json_array(${list})` : sql`json_build_array(${list})`);
}

/** A JSON-text column embedded as JSON, not as a string (`kinds`). */
function asJson(dialect: Dialect, column: string): RawBuilder<unknown> {
  return dialect === 'sqlite' ? sql`json(${sql.ref(column)})` : sql`${sql.ref(column)}::json`;
}

const parsed = <T>(text: string | null | undefined): T[] => (text ? (JSON.parse(text) as T[]) : []);

type RuptureRow = [
  string,
  InsightRupture['size'],
  InsightRupture['kinds'],
  string | null,
  string,
  InsightRupture['status'],
  string | null,
  number | string | null,
  string | null,
  string | null,
];
type AttemptRow = [string, string, InsightAttempt['kind'], number | string, string];

/**
 * The ruptures, positive moments and attempts one viewer's insights rest
 * on. Attempts are only `attemptsBy`'s own, on the ruptures read (those
 * passing `ruptures`): regulation counts the viewer's own attempts alone (the
 * flooded flag is its maker's, rule 6), so nobody else's is read at all.
 */
export async function readInsightRows(
  db: Kysely<Database>,
  props: { dialect: Dialect; spaceId: string; ruptures: RuptureFilter; moments: MomentFilter; attemptsBy: string },
): Promise<InsightRows> {
  const { dialect, spaceId } = props;
  const ref = sql.ref;
  const [ruptureJson, momentJson, attemptJson] = await Promise.all([
    db
      .selectFrom('rupture')
      .select(
        rowsAsJson(dialect, [
          ref('id'),
          ref('size'),
          asJson(dialect, 'kinds'),
          ref('topic'),
          ref('occurred_at'),
          ref('status'),
          ref('linked_to_id'),
          ref('repair_held'),
          ref('repaired_at'),
          ref('let_go_at'),
        ]).as('rows'),
      )
      .where('space_id', '=', spaceId)
      .where(props.ruptures)
      // No order: core sorts by time itself (followUps), and asking SQLite to as well costs ~15%.
      .executeTakeFirst(),
    // Only when each happened: no id, no author, no words.
    db
      .selectFrom('moment')
      .select(jsonArrayOf(dialect, sql.ref('created_at')).as('rows'))
      .where('space_id', '=', spaceId)
      .where(props.moments)
      .executeTakeFirst(),
    db
      .selectFrom('attempt')
      .select(
        rowsAsJson(dialect, [ref('id'), ref('rupture_id'), ref('kind'), ref('while_flooded'), ref('created_at')]).as(
          'rows',
        ),
      )
      .where('space_id', '=', spaceId)
      .where('member_id', '=', props.attemptsBy)
      .executeTakeFirst(),
  ]);
  const ruptures = parsed<RuptureRow>(ruptureJson?.rows).map(
    ([id, size, kinds, topic, occurredAt, status, linkedToId, repairHeld, repairedAt, letGoAt]): InsightRupture => ({
      id,
      size,
      kinds,
      topic,
      occurredAt,
      status,
      linkedToId,
      repairHeld: flag(repairHeld),
      repairedAt,
      letGoAt,
    }),
  );
  const visible = new Set(ruptures.map((r) => r.id));
  const attempts: InsightAttempt[] = [];
  // Only attempts on the ruptures just read: an `in (subquery)` repeating the visibility filter
  // costs several times this whole read on a large space; the set is the same answer.
  for (const [id, ruptureId, kind, whileFlooded, createdAt] of parsed<AttemptRow>(attemptJson?.rows)) {
    if (!visible.has(ruptureId)) continue;
    attempts.push({
      id,
      ruptureId,
      memberId: props.attemptsBy,
      kind,
      whileFlooded: flag(whileFlooded) === true,
      createdAt,
    });
  }
  return {
    ruptures,
    moments: parsed<string>(momentJson?.rows).map((createdAt) => ({ createdAt })),
    attempts,
  };
}
