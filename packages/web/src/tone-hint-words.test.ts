import { checkTone } from '@repairable/core/tone';
import { describe, expect, it } from 'vitest';
import { toneHintView } from './tone-hint-words';

describe('toneHintView', () => {
  it('a flagged message: its why and the gentle template', () => {
    expect(toneHintView(checkTone('you always ignore me'))).toEqual({
      kind: 'notice',
      why: expect.stringContaining('“You always”'),
      suggestion: expect.stringContaining('“I feel … about …, and I need …”'),
    });
  });

  it('a good move is named as what went well', () => {
    expect(toneHintView(checkTone('Thank you for waiting for me!'))).toEqual({
      kind: 'went-well',
      why: expect.stringContaining('Noticing what they did'),
    });
  });

  it('plain logistics, or nothing checked yet, shows nothing', () => {
    expect(toneHintView(checkTone('What time is dinner?'))).toEqual({ kind: 'none' });
    expect(toneHintView(undefined)).toEqual({ kind: 'none' });
  });
});
