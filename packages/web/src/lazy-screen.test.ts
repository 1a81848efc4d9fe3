import { describe, expect, it } from 'vitest';
import { lazyScreen } from './lazy-screen';

const View = () => null;

describe('lazyScreen', () => {
  it('fetches a screen once, however often it is asked for', async () => {
    let loads = 0;
    const screen = lazyScreen(async () => {
      loads += 1;
      return View;
    });
    await Promise.all([screen.preload(), screen.preload()]);
    await screen.preload();
    expect(loads).toBe(1);
  });

  it('after a failed fetch, asking again fetches anew; once it is here, never again', async () => {
    let loads = 0;
    const screen = lazyScreen(async () => {
      loads += 1;
      if (loads === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return View;
    });
    await expect(screen.preload(), 'a failure never throws to the caller').resolves.toBeUndefined();
    await screen.preload();
    await screen.preload();
    expect(loads).toBe(2);
  });
});
