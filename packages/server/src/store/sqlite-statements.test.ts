import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withStatementCache } from './sqlite-statements';

/** The fast row reader must hand Kysely exactly what better-sqlite3's own row objects hold. */
describe('SQLite statements for Kysely', () => {
  let sqlite: SqliteDatabase.Database;
  let cached: ReturnType<typeof withStatementCache>;

  beforeEach(() => {
    sqlite = new SqliteDatabase(':memory:');
    sqlite.exec(`
      create table t (id text primary key, n integer, r real, note text, blob_value blob);
      insert into t values ('a', 1, 1.5, null, x'00ff'), ('b', 9007199254740991, -0.25, 'Zoë 🌱 "quoted"', null);
      create table u (id text primary key, t_id text, n integer);
      insert into u values ('x', 'a', 7);
    `);
    cached = withStatementCache(sqlite);
  });
  afterEach(() => sqlite.close());

  const QUERIES: [string, unknown[]][] = [
    ['select * from t order by id', []],
    ['select * from t where id = ?', ['b']],
    ['select * from t where id = ?', ['nobody']],
    ['select id, n * 2 as "twice", note is null as "no note" from t order by id', []],
    // Both tables have `id` and `n`: the later column wins, as in better-sqlite3's own objects.
    ['select * from t join u on u.t_id = t.id', []],
    ['select 1 as "constructor", 2 as "toString", 3 as "a""b", 4 as "new\nline"', []],
  ];

  it.each(QUERIES)('reads %s as better-sqlite3 would', (sql, parameters) => {
    const expected = sqlite.prepare(sql).all(parameters);
    const statement = cached.prepare(sql);
    expect(statement.reader).toBe(true);
    const rows = statement.all(parameters);
    expect(rows).toEqual(expected);
    for (const [i, row] of rows.entries()) {
      expect(Object.getPrototypeOf(row)).toBe(Object.getPrototypeOf(expected[i]));
      expect(Object.keys(row as object)).toEqual(Object.keys(expected[i] as object));
    }
    // A second use reuses the statement and reads the same.
    expect(cached.prepare(sql).all(parameters)).toEqual(expected);
    expect([...cached.prepare(sql).iterate(parameters)]).toEqual(expected);
  });

  it('reads renamed columns by their new names after a migration renames them', () => {
    const all = 'select * from t where id = ?';
    expect(cached.prepare(all).all(['b'])).toEqual([expect.objectContaining({ note: 'Zoë 🌱 "quoted"' })]);
    cached.prepare('alter table t rename column note to remark').run([]);
    const [row] = cached.prepare(all).all(['b']);
    expect(row).toMatchObject({ remark: 'Zoë 🌱 "quoted"' });
    expect(row).not.toHaveProperty('note');
  });

  it('keeps a column named __proto__ a plain field, never the prototype', () => {
    const [row] = cached.prepare('select 1 as "__proto__", 2 as "n"').all([]);
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(row, '__proto__')?.value).toBe(1);
    expect(row).toMatchObject({ n: 2 });
  });

  it('writes through run and reports changes', () => {
    const insert = cached.prepare('insert into t (id, n) values (?, ?)');
    expect(insert.reader).toBe(false);
    expect(insert.run(['c', 3]).changes).toBe(1);
    expect(cached.prepare('select n from t where id = ?').all(['c'])).toEqual([{ n: 3 }]);
  });

  it('reads the new columns after a schema change, made here or elsewhere', () => {
    const all = 'select * from t where id = ?';
    expect(cached.prepare(all).all(['a'])).toEqual([expect.not.objectContaining({ mood: expect.anything() })]);
    cached.prepare('alter table t add column mood text').run([]);
    expect(cached.prepare(all).all(['a'])).toEqual([expect.objectContaining({ id: 'a', mood: null })]);
    // A change the cache does not see (another connection, or SQL run past it), under a prepared statement.
    sqlite.exec("alter table t add column weather text default 'sunny'");
    expect(cached.prepare(all).all(['a'])).toEqual([expect.objectContaining({ mood: null, weather: 'sunny' })]);
  });
});
