import { LIMITS } from '@repairable/core';

/** One page of a list from the API, and the cursor of the next (null after the last). */
export interface Paged<T> {
  items: T[];
  next: string | null;
}

export interface PageRequest {
  before?: string;
  limit?: number;
}

/** `?before=…&limit=…` for a page request, or '' when there is nothing to say. */
export function pageSearch(page: PageRequest = {}, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams(extra);
  if (page.before) query.set('before', page.before);
  if (page.limit) query.set('limit', String(page.limit));
  const search = query.toString();
  return search ? `?${search}` : '';
}

/**
 * How many items a refresh asks for: as many as are shown, so "Show more"
 * is not undone by a live update, but never less than one page nor more
 * than the API gives in one answer.
 */
export function refreshLimit(shown: number, page: number): number {
  return Math.min(LIMITS.pageMax, Math.max(page, shown));
}

/** What is shown after "Show more": the older page below what was there. */
export function appendPage<T>(shown: Paged<T>, more: Paged<T>): Paged<T> {
  return { items: [...shown.items, ...more.items], next: more.next };
}
