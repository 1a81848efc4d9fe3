import { describe, expect, it } from 'vitest';
import { CHILD_AGE_BANDS, type ChildAgeBand, PROTOCOL_IDS, PROTOCOLS, type ProtocolId, protocolSteps } from './index';

/** Every protocol's data is well formed: what the engine trusts without checking at run time. */
const runs: [ProtocolId, ChildAgeBand | null][] = PROTOCOL_IDS.flatMap((id) =>
  PROTOCOLS[id].withChild
    ? CHILD_AGE_BANDS.map((band): [ProtocolId, ChildAgeBand | null] => [id, band])
    : [[id, null] as [ProtocolId, ChildAgeBand | null]],
);

describe.each(runs)('%s %s', (id, band) => {
  const steps = protocolSteps(id, band);
  const ids = steps.map((s) => s.id);

  it('opens with the check-in and the gate, closes with the completion question, ids unique', () => {
    expect(ids.slice(0, 2)).toEqual(['check-in', 'regulation-gate']);
    expect(ids.at(-1)).toBe('completion');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('leads only to steps that exist, and swaps only where there is somewhere to swap to', () => {
    for (const s of steps) {
      const targets = [...Object.values(s.next?.byChoice ?? {}), s.next?.to, s.next?.afterSwap, s.next?.ifNone];
      for (const t of targets.filter((x) => x !== undefined)) {
        expect(['end', 'swap', 'pause', ...ids]).toContain(t);
        if (t === 'swap') expect(PROTOCOLS[id].swapTo).toBeDefined();
        if (t === 'pause') expect(s.input.kind).toBe('confirm');
      }
      if (s.input.kind === 'confirm' || s.input.kind === 'choice') {
        const options = s.input.options.map((o) => o.id);
        expect(new Set(options).size).toBe(options.length);
        for (const key of Object.keys(s.next?.byChoice ?? {})) expect(options).toContain(key);
      }
    }
  });

  it('says things briefly, and speaks to the one who acts', () => {
    for (const s of steps) {
      expect(s.prompt.length).toBeGreaterThan(5);
      expect(s.prompt.length).toBeLessThanOrEqual(200);
      expect(s.waiting.length).toBeLessThanOrEqual(100);
      expect(`${s.prompt} ${s.waiting} ${s.hint ?? ''}`).not.toMatch(/\byou (always|never)\b|\bshould\b|!/i);
    }
  });

  it('marks every box where a person writes to the other for the tone check', () => {
    for (const s of steps) {
      if (s.input.kind !== 'text') continue;
      const toTheOther = !(id === 'parent-do-over' && ['note', 'their-side'].includes(s.id));
      expect([s.id, s.input.toneCheck]).toEqual([s.id, toTheOther]);
    }
  });
});

it('the parent do-over for a baby is actions to tick, not words to say', () => {
  const baby = protocolSteps('parent-do-over', '0-2');
  expect(baby.filter((s) => s.input.kind === 'text').map((s) => s.id)).toEqual(['note']);
});
