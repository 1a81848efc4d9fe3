import type { SpaceKind } from '@repairable/core';

/** How each kind of space is named on screen. */
export const SPACE_KIND_LABELS: Record<SpaceKind, string> = {
  couple: 'Couple',
  parent_child: 'Parent and child',
  family: 'Family',
  friends: 'Friends',
  work: 'Work',
  other: 'Other',
};

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric' });

/** A calendar date in the reader's own format, e.g. "21 November 2025". */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dateFormat.format(date);
}

/** "1 person", "3 people". */
export function countPeople(count: number): string {
  return count === 1 ? '1 person' : `${count} people`;
}

/** The hint under every new-password field: long and plain beats short and clever. */
export const PASSWORD_HINT = 'At least 8 characters. A short sentence works well.';
