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

type ThemeRupture = Pick<InsightRupture, 'id' | 'kinds' | 'topic' | 'occurredAt' | 'linkedToId' | 'repairHeld'>;

/**
 * Topics in the stored form of `normalizeTopic` (text.ts): folded and
 * lower-cased, so "Money" and "money " are one topic. Stored topics are
 * already so; folding again keeps this right for any input, without
 * throwing on a label that would be refused at the door. Topics repeat,
 * so each distinct one is folded once.
 */
function topicKeys(): (topic: string | null) => string | null {
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

interface Group {
  name: string;
  ids: string[];
  count: number;
  didNotHold: number;
  last: string;
  topic: string | null;
}

/** Adds a rupture to its group; in time order, so the latest stay last. */
function addTo(groups: Map<string, Group>, key: string, r: ThemeRupture, topic: string | null): void {
  let g = groups.get(key);
  if (g === undefined) {
    g = { name: key, ids: [], count: 0, didNotHold: 0, last: '', topic: null };
    groups.set(key, g);
  }
  g.ids.push(r.id);
  g.count++;
  if (r.repairHeld === false) g.didNotHold++;
  if (r.occurredAt > g.last) g.last = r.occurredAt;
  if (topic !== null) g.topic = topic;
}

/** Most first, then most recently seen, then by name: a stable order for the screen. */
function shown(groups: Map<string, Group>): Group[] {
  return [...groups.values()]
    .filter((g) => g.count >= THEME_MIN_COUNT)
    .sort((a, b) => b.count - a.count || (a.last < b.last ? 1 : a.last > b.last ? -1 : a.name < b.name ? -1 : 1))
    .slice(0, THEMES_SHOWN);
}

/**
 * Recurring topics and linked chains among the ruptures the viewer may
 * see (harm is never part of a pattern to repair). A link to a rupture
 * not among them is cut there, so a chain only ever shows what the viewer
 * sees. One pass to group, union–find for chains: near-linear.
 *
 * @param ruptures in the order they happened (as `followUps` sorts them), so each theme lists its latest last
 * @example recurringThemes(ruptures).themes[0] // { topic: 'money', count: 4, didNotHold: 1, ruptureIds }
 */
export function recurringThemes(ruptures: readonly ThemeRupture[]): Themes {
  const counted = ruptures.filter((r) => !isHarm(r));
  const topicKey = topicKeys();
  // Union–find over the links by index (typed arrays, not maps of ids), with path halving: near-constant per find.
  // Only ruptures that something links to need looking up by id, and they are few.
  const targets = new Set<string>();
  for (const r of counted) if (r.linkedToId !== null) targets.add(r.linkedToId);
  const index = new Map<string, number>();
  if (targets.size > 0) {
    counted.forEach((r, i) => {
      if (targets.has(r.id)) index.set(r.id, i);
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
  counted.forEach((r, i) => {
    const to = r.linkedToId === null ? undefined : index.get(r.linkedToId);
    if (to === undefined) return;
    linked[i] = 1;
    linked[to] = 1;
    const a = find(i);
    const b = find(to);
    if (a !== b) parent[a] = b;
  });
  const topics = new Map<string, Group>();
  const chains = new Map<string, Group>();
  counted.forEach((r, i) => {
    const key = topicKey(r.topic);
    if (key !== null) addTo(topics, key, r, key);
    if (linked[i] === 1) addTo(chains, counted[find(i)]?.id ?? r.id, r, key);
  });
  const latest = (g: Group) => g.ids.slice(-THEME_IDS_SHOWN);
  return {
    themes: shown(topics).map(
      (g): Theme => ({ topic: g.name, count: g.count, didNotHold: g.didNotHold, ruptureIds: latest(g) }),
    ),
    chains: shown(chains).map(
      (g): Chain => ({ ruptureIds: latest(g), count: g.count, didNotHold: g.didNotHold, topic: g.topic }),
    ),
  };
}
