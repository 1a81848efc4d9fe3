import SqliteDatabase from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { type ServerProcess, stopServer } from '../../../../e2e/support/server-process';
import { builtServerDatabase } from '../testing/built-server';

/** How many writes are acknowledged before the server is killed, and how many clients send them. */
const ACKNOWLEDGED_BEFORE_KILL = 300;
const WRITERS = 16;
const RUPTURE = JSON.stringify({ size: 'tiny', kinds: ['eye_roll'], involved: [], visibility: 'private' });

async function post(base: string, path: string, body: string, cookie?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (cookie) headers.cookie = cookie;
  const res = await fetch(`${base}${path}`, { method: 'POST', headers, body, signal: AbortSignal.timeout(10_000) });
  return { res, text: await res.text() };
}

/**
 * SECURITY.md R1: every write answered with a 2xx survives a crash. The
 * built server takes rupture POSTs from 16 clients at once and is killed
 * with SIGKILL mid-load; after a restart on the same database, every
 * rupture it had acknowledged is there.
 */
describe('acknowledged writes survive kill -9 (R1)', () => {
  it('every rupture answered 201 before the kill is there after a restart', async () => {
    const database = await builtServerDatabase();
    let server: ServerProcess | undefined;
    try {
      const first = await database.start();
      server = first;
      const base = first.baseURL;
      const account = JSON.stringify({
        email: 'r1@example.com',
        password: 'a long crash test passphrase',
        displayName: 'R',
      });
      const registered = await post(base, '/api/auth/register', account);
      expect(registered.res.status).toBe(201);
      const cookie = (registered.res.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
      const space = await post(base, '/api/spaces', JSON.stringify({ name: 'Us', kind: 'couple' }), cookie);
      expect(space.res.status).toBe(201);
      const spaceId = (JSON.parse(space.text) as { space: { id: string } }).space.id;

      const acknowledged: string[] = [];
      const unexpected: string[] = [];
      let killed = false;
      const exited = new Promise((resolve) => first.child.once('exit', resolve));
      // The kill follows the Nth acknowledgement at once: if answers ever ran ahead of
      // the commit, the writes just answered would be the ones lost.
      const kill = () => {
        killed = true;
        first.child.kill('SIGKILL');
      };
      const writer = async () => {
        while (!killed) {
          try {
            const { res, text } = await post(base, `/api/spaces/${spaceId}/ruptures`, RUPTURE, cookie);
            if (res.status !== 201) {
              unexpected.push(`${res.status} ${text.slice(0, 200)}`);
              continue;
            }
            // An answer that arrives after the kill was still sent, so it counts too.
            acknowledged.push((JSON.parse(text) as { rupture: { id: string } }).rupture.id);
            if (!killed && acknowledged.length >= ACKNOWLEDGED_BEFORE_KILL) kill();
          } catch (err) {
            // Requests cut off by the kill were never acknowledged; anything before it is a failure.
            if (!killed) unexpected.push(String(err));
          }
        }
      };
      const writers = Promise.all(Array.from({ length: WRITERS }, writer));
      const timeout = setTimeout(kill, 20_000);
      await writers;
      clearTimeout(timeout);
      await exited;
      expect(unexpected).toEqual([]);
      expect(acknowledged.length).toBeGreaterThanOrEqual(ACKNOWLEDGED_BEFORE_KILL);

      server = await database.start();
      // Every page, as a client reads the list: following `next` to the end.
      const stored = new Set<string>();
      let next: string | null = null;
      for (let page = 0; page < 100; page++) {
        const cursor: string = next ? `&before=${encodeURIComponent(next)}` : '';
        const listed = await fetch(`${server.baseURL}/api/spaces/${spaceId}/ruptures?status=all&limit=100${cursor}`, {
          headers: { cookie },
        });
        expect(listed.status).toBe(200);
        const body = (await listed.json()) as { ruptures: { id: string }[]; next: string | null };
        for (const r of body.ruptures) stored.add(r.id);
        next = body.next;
        if (next === null) break;
      }
      expect(next).toBeNull();
      expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
      await stopServer(server);

      if (database.dialect === 'sqlite') {
        const file = new SqliteDatabase(`${database.dataDir}/repairable.db`, { readonly: true });
        try {
          expect(file.pragma('integrity_check', { simple: true })).toBe('ok');
        } finally {
          file.close();
        }
      }
    } finally {
      if (server) await stopServer(server);
      await database.drop();
    }
  });
});
