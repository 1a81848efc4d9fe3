import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Core's access rules (packages/core/src/repair/visibility.ts): on the server only access/ may apply them. */
const RULES = [
  'canSeeRupture',
  'canActOnRupture',
  'canSeeMoment',
  'canSeeCheckin',
  'canChangeMoment',
  'canChangeCheckin',
  'momentChangeAudience',
  'canLinkRuptures',
  'linkMayMarkRepair',
  'ruptureAudience',
  'audienceOf',
  'canSeeConversation',
  'conversationAudience',
  'conversationFor',
];

const SRC = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('one authority for access (SECURITY.md A1)', () => {
  it('no server module outside access/ applies a visibility rule of its own', () => {
    const offenders = sourceFiles(SRC)
      .filter((file) => !relative(SRC, file).startsWith('access/'))
      .flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        return RULES.filter((rule) => new RegExp(`\\b${rule}\\b`).test(text)).map(
          (rule) => `${relative(SRC, file)} uses ${rule}`,
        );
      });
    expect(offenders).toEqual([]);
  });
});
