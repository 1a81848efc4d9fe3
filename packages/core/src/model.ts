/**
 * Domain records as the rules see them: camelCase, plain data, no storage
 * concerns. The server's repositories map rows to these in one place.
 */
import type { SpaceKind } from './identifiers';

export interface Space {
  id: string;
  name: string;
  kind: SpaceKind;
  createdAt: string;
  /** A sample space ("Try with sample data"): simulated history, one per person at a time, deleted by leaving. */
  sample: boolean;
}

export interface Member {
  id: string;
  spaceId: string;
  /** Null for a member without an account (a child, a colleague not on the app) and for a former member. */
  accountId: string | null;
  displayName: string;
  createdAt: string;
  /** Set when an account member left; they no longer see the space. */
  leftAt: string | null;
}
