import { describe, expect, it } from 'vitest';
import { aRupture, codeOf } from './fixtures';
import { assertMayDeleteRupture } from './removal';

describe('assertMayDeleteRupture (undo, and deleting one’s own entry)', () => {
  const noted = aRupture({ visibility: 'private', status: 'noted', recognizedBy: [] });

  it('lets the author take back what is still private, harm included, and a let-go one', () => {
    expect(codeOf(() => assertMayDeleteRupture(noted, 'a'))).toBeUndefined();
    expect(codeOf(() => assertMayDeleteRupture({ ...noted, kinds: ['harm'] }, 'a'))).toBeUndefined();
    expect(codeOf(() => assertMayDeleteRupture({ ...noted, status: 'let_go' }, 'a'))).toBeUndefined();
  });

  it('keeps a shared one: it belongs to the history of the people it involves', () => {
    expect(codeOf(() => assertMayDeleteRupture(aRupture(), 'a'))).toBe('rupture_already_raised');
  });

  it('never lets anyone else delete it, and hides a private one from them', () => {
    expect(codeOf(() => assertMayDeleteRupture(noted, 'b'))).toBe('not_involved');
    expect(codeOf(() => assertMayDeleteRupture(aRupture(), 'b'))).toBe('only_author');
  });
});
