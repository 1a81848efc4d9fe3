import pg from 'pg';
import { expect, inject, it } from 'vitest';

it('reads from the PostgreSQL the global setup started, then passes or fails as OUTCOME says', async () => {
  const client = new pg.Client({ connectionString: inject('postgresUrl') });
  await client.connect();
  try {
    const { rows } = await client.query<{ one: number }>('select 1 as one');
    expect(rows[0]?.one).toBe(1);
  } finally {
    await client.end();
  }
  expect(process.env.OUTCOME, 'this fixture fails on purpose when OUTCOME=fail').toBe('pass');
});
