import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILT_IN_RESOURCES, INTERNATIONAL, type SafetyResources } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { readConfig, UsageError } from '../../config';
import { Person } from '../../testing/client';
import { createTestContext, useTestContext } from '../../testing/harness';

type Resources = { resources: SafetyResources[] };

const ours: SafetyResources = {
  code: 'GB',
  name: 'United Kingdom',
  emergency: { name: 'Emergency services', phone: '999', display: '999', description: 'In danger now.' },
  helplines: [
    {
      name: 'Our local line',
      phone: '+441234567890',
      display: '01234 567890',
      hours: 'Weekdays',
      description: 'Run by us.',
    },
  ],
};

function fileWith(content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'helplines-')), 'helplines.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('GET /api/safety/resources (rule 9)', () => {
  const ctx = useTestContext();

  it('serves the built-in helplines to anyone, signed in or not, everywhere else last', async () => {
    const res = await new Person(ctx().app).get<Resources>('/api/safety/resources');
    expect(res.status).toBe(200);
    expect(res.body.resources.map((r) => r.code).sort()).toEqual(BUILT_IN_RESOURCES.map((r) => r.code).sort());
    expect(res.body.resources.at(-1)?.code).toBe(INTERNATIONAL);
    const gb = res.body.resources.find((r) => r.code === 'GB');
    expect(gb?.helplines[0]).toMatchObject({ phone: '08082000247', display: '0808 2000 247' });
    expect((await new Person(ctx().app).get('/api/safety/resources?country=GB')).status).toBe(400);
  });

  it("serves the operator's HELPLINES_FILE over the built-in list", async () => {
    const config = readConfig([], { HELPLINES_FILE: fileWith({ countries: [ours] }) });
    const own = await createTestContext({ options: { helplines: config.helplines } });
    try {
      const res = await new Person(own.app).get<Resources>('/api/safety/resources');
      expect(res.body.resources.find((r) => r.code === 'GB')).toEqual(ours);
      expect(res.body.resources).toHaveLength(BUILT_IN_RESOURCES.length);
    } finally {
      await own.close();
    }
    const replaced = readConfig([], {
      HELPLINES_FILE: fileWith({ replace: true, countries: [ours, { ...ours, code: 'INTL', name: 'Elsewhere' }] }),
    });
    expect(replaced.helplines.map((r) => r.code)).toEqual(['GB', 'INTL']);
  });
});

describe('HELPLINES_FILE is checked at start, with a clear message', () => {
  const problem = (content: unknown): string => {
    const path = fileWith(content);
    try {
      readConfig([], { HELPLINES_FILE: path });
    } catch (err) {
      expect(err).toBeInstanceOf(UsageError);
      const message = (err as Error).message;
      expect(message).toContain(path);
      return message;
    }
    throw new Error('the file was accepted');
  };

  it('names what is wrong and where', () => {
    expect(problem('{ not json')).toMatch(/could not be read as JSON/);
    expect(problem({ countries: [{ ...ours, helplines: [{ ...ours.helplines[0], phone: 'call 999' }] }] })).toMatch(
      /countries\.0\.helplines\.0\.phone: .*tel:/,
    );
    expect(problem({ countries: [{ ...ours, code: 'gb' }] })).toMatch(/countries\.0\.code/);
    expect(problem({ countries: [{ ...ours, website: 'https://example.org' }] })).toMatch(/countries\.0/);
    expect(problem({ countries: [] })).toMatch(/countries/);
    expect(problem({ countries: [ours, ours] })).toMatch(/lists GB more than once/);
    expect(problem({ replace: true, countries: [ours] })).toMatch(/INTL/);
    expect(() => readConfig([], { HELPLINES_FILE: '/nowhere/helplines.json' })).toThrow(/could not be read/);
  });

  it('uses the built-in list when unset', () => {
    expect(readConfig([], {}).helplines).toHaveLength(BUILT_IN_RESOURCES.length);
  });
});
