import type { InsightsState } from '@repairable/core';
import type { MiddlewareHandler } from 'hono';
import type { EventBus } from '../../ports/event-bus';

/**
 * Insights kept per (space, viewer) between requests: core's
 * `InsightsState`, built once from what the viewer may see and read at
 * each request's window and clock, so a GET no longer reads every moment
 * of a space each time.
 *
 * Never stale, by one rule: ANY committed change in a space drops the
 * state of every viewer of that space (`spaceChanged`), whatever it was.
 * Who may see what can change in many ways (a moment made private again,
 * a rupture marked as harm, a member leaving and taking their words), and
 * telling them apart would be a second copy of the visibility rules; a
 * change costs one rebuild per viewer who asks again. It is called from
 * the two places that follow every commit (`keepInsightsFresh`): the
 * event bus (every change announced, rupture steps, edits, harm, deletes,
 * departures, joins) and, for writes that tell nobody (a private moment, a
 * check-in, a member without an account), after any write under
 * `/api/spaces/{spaceId}`, refused or not (dropping more is only a rebuild).
 *
 * A rebuild that began before a change is not kept: each space carries
 * the count of changes it has seen, and a state is kept only if that
 * count did not move while it was built. Concurrent GETs of one viewer
 * share one rebuild.
 *
 * Bounded (SECURITY.md R6): at most `maxEntries` states and `maxBytes` by
 * their own estimate (`approxBytes`; ~15 MB for a viewer of a
 * 100,000-moment space, ~16 MB measured), least recently used dropped first. One process
 * only: several instances behind one port would need the bus to carry
 * changes between them (the PostgreSQL adapter `ports/event-bus.ts`
 * foresees) before this may run there.
 */
export interface KeptBounds {
  maxEntries: number;
  maxBytes: number;
}

export const KEPT_INSIGHTS_BOUNDS: KeptBounds = { maxEntries: 64, maxBytes: 64 * 1024 * 1024 };

interface Kept {
  spaceId: string;
  state: InsightsState;
  bytes: number;
}

export class KeptInsights {
  /** In order of use, least recent first (a Map keeps insertion order). */
  private readonly kept = new Map<string, Kept>();
  private readonly building = new Map<string, { spaceId: string; state: Promise<InsightsState> }>();
  /** Per space with a rebuild in flight: the changes seen meanwhile, and how many rebuilds. */
  private readonly inFlight = new Map<string, { changes: number; building: number }>();
  private bytes = 0;

  constructor(private readonly bounds: KeptBounds = KEPT_INSIGHTS_BOUNDS) {}

  /** The viewer's state, kept or built now with `build` (which reads what they may see). */
  async get(spaceId: string, memberId: string, build: () => Promise<InsightsState>): Promise<InsightsState> {
    const key = `${spaceId} ${memberId}`;
    const hit = this.kept.get(key);
    if (hit) {
      this.kept.delete(key);
      this.kept.set(key, hit);
      return hit.state;
    }
    const inFlight = this.building.get(key);
    if (inFlight) return inFlight.state;
    let space = this.inFlight.get(spaceId);
    if (!space) {
      space = { changes: 0, building: 0 };
      this.inFlight.set(spaceId, space);
    }
    space.building++;
    const seen = space.changes;
    const state = build();
    this.building.set(key, { spaceId, state });
    try {
      const built = await state;
      if (space.changes === seen) this.keep(key, spaceId, built);
      return built;
    } finally {
      if (this.building.get(key)?.state === state) this.building.delete(key);
      if (--space.building === 0) this.inFlight.delete(spaceId);
    }
  }

  /** Something in the space was committed: every viewer's state goes, and no rebuild under way is kept. */
  spaceChanged(spaceId: string): void {
    for (const [key, kept] of this.kept) if (kept.spaceId === spaceId) this.drop(key, kept);
    for (const [key, b] of this.building) if (b.spaceId === spaceId) this.building.delete(key);
    const space = this.inFlight.get(spaceId);
    if (space) space.changes++;
  }

  /** How many states are kept and their estimated bytes (tests, logs). */
  size(): { entries: number; bytes: number } {
    return { entries: this.kept.size, bytes: this.bytes };
  }

  private keep(key: string, spaceId: string, state: InsightsState): void {
    const bytes = state.approxBytes();
    if (bytes > this.bounds.maxBytes) return;
    const old = this.kept.get(key);
    if (old) this.drop(key, old);
    this.kept.set(key, { spaceId, state, bytes });
    this.bytes += bytes;
    for (const [oldest, kept] of this.kept) {
      if (this.kept.size <= this.bounds.maxEntries && this.bytes <= this.bounds.maxBytes) break;
      this.drop(oldest, kept);
    }
  }

  private drop(key: string, kept: Kept): void {
    this.kept.delete(key);
    this.bytes -= kept.bytes;
  }
}

/** Subscribes `kept` to every change the bus announces; returns the unsubscribe. */
export function dropOnAnnouncedChanges(kept: KeptInsights, bus: EventBus): () => void {
  return bus.subscribe((event) => kept.spaceChanged(event.message.spaceId));
}

/**
 * After any write under `/api/spaces/{spaceId}` (every method but GET and
 * HEAD), whether or not it told anyone: the space's states go. Runs after
 * the route, so after its commit, and before the answer leaves.
 */
export function dropAfterWrites(kept: KeptInsights): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const spaceId = c.req.param('spaceId');
    if (spaceId && c.req.method !== 'GET' && c.req.method !== 'HEAD') kept.spaceChanged(spaceId);
  };
}
