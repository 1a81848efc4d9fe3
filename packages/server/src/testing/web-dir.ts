import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * A stand-in for packages/web/dist: a temporary folder with these files
 * (paths relative to it, folders made as needed), for the tests of how the
 * server serves the web app (http/static.test.ts, http/compressed-files.test.ts).
 */
export function webDirWith(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'repairable-web-'));
  for (const [path, content] of Object.entries(files)) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return dir;
}

/** An app shell with the quick-exit meta tag the server fills in. */
export const SHELL = '<!doctype html><meta name="quick-exit-url" content=""><title>Repairable</title>';
