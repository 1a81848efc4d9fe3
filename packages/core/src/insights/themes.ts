/**
 * What keeps coming back: the same topic again and again, and chains of
 * ruptures a person linked as "like that one" (rule 8) — with how many of
 * their repairs did not hold, since a repair that keeps failing says more
 * than a count.
 */
import { isHarm } from '../repair/visibility';
import { normalizeLabel } from '../text';
import type { Chain, InsightRupture, Theme, Themes } from './types';

/** A topic comes back when it was named at least twice; a chain, when it links two. */
export const THEME_MIN_COUNT = 2;
/** The screen shows the few that matter most; the rest are in the timeline. */
export const THEMES_SHOWN = 10;
/** Each theme links its latest ruptures, not years of them: the timeline holds the rest. */
export const THEME_IDS_SHOWN = 20;

type ThemeRupture = Pick<InsightRupture, 'id' | 'kinds' | 'topic' | 'linkedToId' | 'repairHeld'>;
/** A rupture and when it happened (parsed once, as `followUps` gives them). */
export interface ThemeItem {
  rupture: ThemeRupture;
  occurredMs: number;
}

/**
 * Topics in the stored form of `normalizeTopic` (text.ts): folded and
 * lower-cased, so "Money" and "money " are one topic. Stored topics are
 * already so; folding again keeps this right for any input, without
 * throwing on a label that would be refused at the door. Topics repeat,
 * so each distinct one is folded once.
 */
export function topicKeys(): (topic: string | null) => string | null {
  const cache = new Map<string, string | null>();
  return (topic) => {
    if (topic === null) return null;
    let key = cache.get(topic);
    if (key === undefined) {
      key = normalizeLabel(topic).toLowerCase() || null;
      cache.set(topic, key);
    }
    return key;
  };
}

/** A topic or chain as it is ranked: `last` is when its latest one happened. */
export interface ThemeGroup {
  name: string;
  ids: string[];
  count: number;
  didNotHold: number;
  last: number;
  topic: string | null;
}

/** Adds a rupture to its group; in time order, so the latest stay last. */
function addTo(groups: Map<string, ThemeGroup>, key: string, item: ThemeItem, topic: string | null): void {
  let g = groups.get(key);
  if (g === undefined) {
    g = { name: key, ids: [], count: 0, didNotHold: 0, last: Number.NEGATIVE_INFINITY, topic: null };
    groups.set(key, g);
  }
  g.ids.push(item.rupture.id);
  g.count++;
  if (item.rupture.repairHeld === false) g.didNotHold++;
  if (item.occurredMs > g.last) g.last = item.occurredMs;
  if (topic !== null) g.topic = topic;
}

/** Most first, then most recently seen, then by name: a stable order for the screen. */
function shown(groups: Iterable<ThemeGroup>): ThemeGroup[] {
  return [...groups]
    .filter((g) => g.count >= THEME_MIN_COUNT)
    .sort((a, b) => b.count - a.count || b.last - a.last || (a.name < b.name ? -1 : 1))
    .slice(0, THEMES_SHOWN);
}

/** The topics listed: those that came back, most first (`ids` in time order; the latest few are sent). */
export function shownThemes(groups: Iterable<ThemeGroup>): Theme[] {
  return shown(groups).map(
    (g): Theme => ({
      topic: g.name,
      count: g.count,
      didNotHold: g.didNotHold,
      ruptureIds: g.ids.slice(-THEME_IDS_SHOWN),
    }),
  );
}

/**
 * Recurring topics and linked chains among the ruptures the viewer may
 * see (harm is never part of a pattern to repair). A link to a rupture
 * not among them is cut there, so a chain only ever shows what the viewer
 * sees. One pass to group, union–find for chains: near-linear.
 *
 * @param items in the order they happened (as `followUps` sorts them), so each theme lists its latest last
 * @example recurringThemes(followUps(ruptures, now)).themes[0] // { topic: 'money', count: 4, didNotHold: 1, ruptureIds }
 */
export function recurringThemes(items: readonly ThemeItem[]): Themes {
  return { themes: topicThemes(items), chains: linkedChains(items) };
}

/** Recurring topics alone (see `recurringThemes`). */
export function topicThemes(items: readonly ThemeItem[]): Theme[] {
  const topicKey = topicKeys();
  const topics = new Map<string, ThemeGroup>();
  for (const item of items) {
    if (isHarm(item.rupture)) continue;
    const key = topicKey(item.rupture.topic);
    if (key !== null) addTo(topics, key, item, key);
  }
  return shownThemes(topics.values());
}

/**
 * Linked chains alone (see `recurringThemes`). Only ruptures that link or
 * are linked to take part, so `items` may be just those (in the same
 * order): the chains come out the same, to their keys.
 */
export function linkedChains(items: readonly ThemeItem[]): Chain[] {
  const counted = items.filter((item) => !isHarm(item.rupture));
  const topicKey = topicKeys();
  // Union–find over the links by index (typed arrays, not maps of ids), with path halving: near-constant per find.
  // Only ruptures that something links to need looking up by id, and they are few.
  const targets = new Set<string>();
  for (const { rupture } of counted) if (rupture.linkedToId !== null) targets.add(rupture.linkedToId);
  const index = new Map<string, number>();
  if (targets.size > 0) {
    counted.forEach(({ rupture }, i) => {
      if (targets.has(rupture.id)) index.set(rupture.id, i);
    });
  }
  const parent = new Int32Array(counted.length);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const linked = new Uint8Array(counted.length);
  const find = (i: number): number => {
    let at = i;
    while (parent[at] !== at) {
      const up = parent[parent[at] ?? at] ?? at;
      parent[at] = up;
      at = up;
    }
    return at;
  };
  counted.forEach(({ rupture }, i) => {
    const to = rupture.linkedToId === null ? undefined : index.get(rupture.linkedToId);
    if (to === undefined) return;
    linked[i] = 1;
    linked[to] = 1;
    const a = find(i);
    const b = find(to);
    if (a !== b) parent[a] = b;
  });
  const chains = new Map<string, ThemeGroup>();
  counted.forEach((item, i) => {
    if (linked[i] === 1)
      addTo(chains, counted[find(i)]?.rupture.id ?? item.rupture.id, item, topicKey(item.rupture.topic));
  });
  return shown(chains.values()).map(
    (g): Chain => ({
      ruptureIds: g.ids.slice(-THEME_IDS_SHOWN),
      count: g.count,
      didNotHold: g.didNotHold,
      topic: g.topic,
    }),
  );
}
