/**
 * How far to scroll the page so a box shows whole between a sticky header
 * (`topInset`) and a fixed bottom bar (`bottomInset`), with a little room
 * around it. Positive scrolls down. A box taller than the room gets its top
 * shown. Zero when it already fits.
 *
 * @example scrollDelta({ top: 700, bottom: 900 }, { height: 844, topInset: 60, bottomInset: 60 }) // 132
 */
export function scrollDelta(
  box: { top: number; bottom: number },
  view: { height: number; topInset: number; bottomInset: number },
  margin = 16,
): number {
  const roomTop = view.topInset + margin;
  const roomBottom = view.height - view.bottomInset - margin;
  if (box.top < roomTop) return box.top - roomTop;
  if (box.bottom <= roomBottom) return 0;
  const down = box.bottom - roomBottom;
  // Never push the top under the header to show the bottom.
  return Math.min(down, box.top - roomTop);
}

/** The height a fixed or sticky element covers at one edge of the viewport, or 0 when it is not there. */
function coveredBy(selector: string, edge: 'top' | 'bottom'): number {
  const element = document.querySelector(selector);
  if (!element) return 0;
  const position = getComputedStyle(element).position;
  if (position !== 'fixed' && position !== 'sticky') return 0;
  const rect = element.getBoundingClientRect();
  return edge === 'top' ? Math.max(0, rect.bottom) : Math.max(0, window.innerHeight - rect.top);
}

/** Scrolls `element` into full view, clear of the sticky header and the phone's bottom navigation. */
export function revealElement(element: Element): void {
  const rect = element.getBoundingClientRect();
  const delta = scrollDelta(rect, {
    height: window.innerHeight,
    topInset: coveredBy('.app-header', 'top'),
    bottomInset: coveredBy('.app-nav', 'bottom'),
  });
  if (delta !== 0) window.scrollBy({ top: delta, behavior: 'instant' });
}
