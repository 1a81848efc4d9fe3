import { RUPTURE_KINDS, RUPTURE_SIZES } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { headingOf, listLabel, PRIVATE_NOTE, telHref } from './safety-labels';

describe('neutral words for harm (P6)', () => {
  it('a rupture marked as harm reads as "A private note", whatever else it was', () => {
    for (const size of RUPTURE_SIZES) {
      for (const kinds of [['harm'], ['yelling', 'harm'], ['harm', 'contempt']] as const) {
        const rupture = { harm: true, size, kinds };
        expect(listLabel(rupture)).toBe(PRIVATE_NOTE);
        expect(headingOf(rupture)).toBe(PRIVATE_NOTE);
      }
    }
    expect(`${listLabel({ harm: true, size: 'big', kinds: RUPTURE_KINDS })}`).not.toMatch(/harm|violence|big|threat/i);
  });

  it('any other rupture keeps its usual name', () => {
    expect(listLabel({ harm: false, size: 'tiny', kinds: ['eye_roll'] })).toBe('Tiny · Eye roll');
    expect(headingOf({ harm: false, size: 'small', kinds: ['eye_roll'] })).toBe('A small rupture');
  });

  it('writes tel: links with digits only', () => {
    expect(telHref('0808 2000 247')).toBe('tel:08082000247');
    expect(telHref('+44 808-2000-247')).toBe('tel:+448082000247');
  });
});
