import { LIMITS } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { appendPage, pageSearch, refreshLimit } from './paging';

describe('paging', () => {
  it('asks a refresh for what is shown, within one page and the largest the API gives', () => {
    expect(refreshLimit(0, 50)).toBe(50);
    expect(refreshLimit(70, 50)).toBe(70);
    expect(refreshLimit(250, 50)).toBe(LIMITS.pageMax);
  });

  it('puts the older page below and takes its cursor', () => {
    expect(appendPage({ items: [3, 2], next: 'a' }, { items: [1], next: null })).toEqual({
      items: [3, 2, 1],
      next: null,
    });
  });

  it('writes only what was asked, escaped', () => {
    expect(pageSearch()).toBe('');
    expect(pageSearch({ limit: 50 })).toBe('?limit=50');
    expect(pageSearch({ before: 'a+b/c', limit: 5 }, { status: 'open' })).toBe('?status=open&before=a%2Bb%2Fc&limit=5');
  });
});
