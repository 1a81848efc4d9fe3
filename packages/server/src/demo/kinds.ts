import type { SpaceKind } from '@repairable/core';

/** The kinds of space a demo can show: two people with accounts, or a parent and a child without one. */
export const DEMO_KINDS = ['couple', 'parent_child'] as const satisfies readonly SpaceKind[];
export type DemoKind = (typeof DEMO_KINDS)[number];
