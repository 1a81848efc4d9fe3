import { spawn } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HORSEMEN, TONE_LABELS } from '@repairable/core/tone';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, SERVER_CLI } from '../../../../e2e/support/server-process';

/** The file npm links as the `repairable` bin (packages/server/package.json). */
const BIN = fileURLToPath(new URL('../../bin/repairable.js', import.meta.url));

/** Runs a command with `input` on its standard input; resolves with what it printed and its exit code. */
function run(command: string, args: string[], input: string) {
  if (!existsSync(SERVER_CLI)) throw new Error(`${SERVER_CLI} is missing: run "npm run build" first.`);
  return new Promise<{ stdout: string; stderr: string; code: number | null }>((resolve, reject) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, code }));
    child.stdin.end(input);
  });
}

const parseLines = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/** One message for each of the nine labels, in the order of TONE_LABELS. */
const ONE_OF_EACH = [
  'You always leave me to do everything.',
  'Oh great, thanks a lot.',
  "I'm sorry you feel that way.",
  "Whatever. I'm done.",
  'I feel lonely when we eat apart, and I need us to have dinner together.',
  "I'm flooded. Can we take twenty minutes and talk again at 7?",
  'Thank you for picking up the kids today.',
  'That was my fault. I should have called.',
  'What time is dinner?',
];

describe('repairable tone (the built CLI)', () => {
  it('prints one JSON object per message, in order, with exactly the contract fields', async () => {
    const input = `${ONE_OF_EACH.join('\r\n')}\n\n   \n`;
    const { stdout, stderr, code } = await run(process.execPath, [BIN, 'tone'], input);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = parseLines(stdout);
    expect(lines.map((line) => line.text)).toEqual(ONE_OF_EACH);
    expect(lines.map((line) => line.label)).toEqual([...TONE_LABELS]);
    for (const line of lines) {
      const flagged = (HORSEMEN as readonly unknown[]).includes(line.label);
      expect(Object.keys(line).sort()).toEqual(
        ['text', 'label', 'flagged', 'labels', 'why', ...(flagged ? ['suggestion'] : [])].sort(),
      );
      expect(line.flagged).toBe(flagged);
      expect(line.labels).toEqual(flagged ? expect.arrayContaining([line.label]) : []);
      expect(typeof line.why).toBe('string');
      if (line.label !== 'neutral') expect(line.why).not.toBe('');
    }
    expect(lines[0]?.suggestion).toMatch(/I feel … about …, and I need …/);
  });

  it('keeps each line whole: quotes, emoji and non-Latin text come back as written', async () => {
    const messages = ['She said "fine" 🙂', 'Ты всегда опаздываешь', 'tab\there'];
    const { stdout, code } = await run(process.execPath, [BIN, 'tone'], `${messages.join('\n')}`);
    expect(code).toBe(0);
    expect(parseLines(stdout).map((line) => line.text)).toEqual(messages);
  });

  it('runs as `npx repairable tone` from the repository root', async () => {
    const linked = `${REPO_ROOT}node_modules/.bin/repairable`;
    if (!existsSync(linked) || realpathSync(linked) !== realpathSync(BIN))
      throw new Error(
        'node_modules/.bin/repairable does not point at packages/server/bin/repairable.js: run "npm install" ' +
          '(or "npm rebuild @repairable/server --ignore-scripts" in an existing checkout).',
      );
    const { stdout, code } = await run('npx', ['--no', 'repairable', 'tone'], 'you always ignore me\n');
    expect(code).toBe(0);
    expect(parseLines(stdout)).toEqual([
      expect.objectContaining({
        text: 'you always ignore me',
        label: 'criticism',
        flagged: true,
        labels: ['criticism'],
      }),
    ]);
  });
});
