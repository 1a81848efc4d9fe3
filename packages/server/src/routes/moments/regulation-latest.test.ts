import type { RegulationView } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { createSpace, signUp } from '../../testing/client';
import { useTestContext } from '../../testing/harness';

describe('regulation reads only the latest check-in (rule 6, SECURITY.md R6)', () => {
  const ctx = useTestContext();

  it('the newest of many check-ins decides, whichever way it goes', async () => {
    const ana = await signUp(ctx().app);
    const space = await createSpace(ana);
    const base = `/api/spaces/${space.id}`;
    const offered = async () =>
      (await ana.get<{ regulation: RegulationView }>(`${base}/regulation`)).body.regulation.offerBreak;
    for (const [state, intensity, flooded] of [
      ['activated', 9, true],
      ['connected', 2, false],
      ['connected', 3, false],
      ['shut_down', 8, true],
      ['activated', 4, false],
    ] as const) {
      ctx().clock.advance(60_000);
      expect((await ana.post(`${base}/checkins`, { state, intensity })).status).toBe(201);
      expect(await offered()).toBe(flooded);
    }
  });
});
