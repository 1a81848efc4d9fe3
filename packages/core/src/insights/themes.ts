/**
 * What keeps coming back: the same topic again and again, and chains of
 * ruptures a person linked as "like that one" (rule 8) — with how many of
 * their repairs did not hold, since a repair that keeps failing says more
 * than a count.
 */
import { isHarm } from '../repair/visibility';
import { normalizeLabel } from '../text';
import { enough } from './minimums';
import type { Chain, InsightRupture, Theme, Themes } from './types';

/** A topic comes back when it was named at least twice; a chain, when it links two. */
export const THEME_MIN_COUNT = 2;
/** The screen shows the few that matter most; the rest are in the timeline. */
export const THEMES_SHOWN = 10;

type ThemeRupture = Pick<InsightRupture, 'id' | 'kinds' | 'topic' | 'occurredAt' | 'linkedToId' | 'repairHeld'>;

/**
 * Topics in the stored form of `normalizeTopic` (text.ts): folded and
 * lower-cased, so "Money" and "money " are one topic. Stored topics are
 * already so; folding again keeps this right for any input, without
 * throwing on a label that would be refused at the door.
 */
function topicKeys(): (topic: string | null) => string | null {
  // Topics repeat, so each distinct one is folded once (a handful of calls for 100,000 ruptures).
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

function groupInto<T>(groups: Map<string, T[]>, key: string, item: T): void {
  const group = groups.get(key);
  if (group === undefined) groups.set(key, [item]);
  else group.push(item);
}

/** Most first, then most recently seen, then by name: a stable order for the screen. */
function byWeight<T extends { count: number; last: string; name: string }>(a: T, b: T): number {
  return b.count - a.count || b.last.localeCompare(a.last) || a.name.localeCompare(b.name);
}

/**
 * Recurring topics and linked chains among the ruptures the viewer may
 * see (harm is never part of a pattern to repair). A link to a rupture
 * not among them is cut there, so a chain only ever shows what the viewer
 * sees. One pass to group, union–find for chains: near-linear.
 *
 * @example recurringThemes(ruptures).topics[0] // { topic: 'money', count: 4, didNotHold: 1, ruptureIds }
 */
export function recurringThemes(ruptures: readonly ThemeRupture[]): Themes {
  const counted = ruptures.filter((r) => !isHarm(r));
  const topicKey = topicKeys();
  const topics = new Map<string, ThemeRupture[]>();
  const byId = new Map<string, ThemeRupture>();
  for (const r of counted) {
    byId.set(r.id, r);
    const key = topicKey(r.topic);
    if (key !== null) groupInto(topics, key, r);
  }
  // Union–find over the links, with path compression: each find is near-constant.
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let top = id;
    while ((parent.get(top) ?? top) !== top) top = parent.get(top) ?? top;
    for (let at = id; at !== top; ) {
      const up = parent.get(at) ?? top;
      parent.set(at, top);
      at = up;
    }
    return top;
  };
  const linked = new Set<string>();
  for (const r of counted) {
    if (r.linkedToId === null || !byId.has(r.linkedToId)) continue;
    linked.add(r.id).add(r.linkedToId);
    const a = find(r.id);
    const b = find(r.linkedToId);
    if (a !== b) parent.set(a, b);
  }
  const chains = new Map<string, ThemeRupture[]>();
  for (const r of counted) if (linked.has(r.id)) groupInto(chains, find(r.id), r);
  const summarize = (members: ThemeRupture[]) => {
    const sorted = [...members].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.id.localeCompare(b.id));
    return {
      ruptureIds: sorted.map((r) => r.id),
      count: sorted.length,
      didNotHold: sorted.filter((r) => r.repairHeld === false).length,
      last: sorted[sorted.length - 1]?.occurredAt ?? '',
      latestTopic: [...sorted].reverse().find((r) => topicKey(r.topic) !== null)?.topic ?? null,
    };
  };
  const topicList = [...topics.entries()]
    .map(([topic, members]) => ({ ...summarize(members), name: topic, topic }))
    .filter((t) => t.count >= THEME_MIN_COUNT)
    .sort(byWeight)
    .slice(0, THEMES_SHOWN)
    .map(({ topic, count, didNotHold, ruptureIds }): Theme => ({ topic, count, didNotHold, ruptureIds }));
  const chainList = [...chains.values()]
    .map((members) => {
      const s = summarize(members);
      return { ...s, name: s.ruptureIds[0] ?? '' };
    })
    .filter((c) => c.count >= THEME_MIN_COUNT)
    .sort(byWeight)
    .slice(0, THEMES_SHOWN)
    .map(
      ({ ruptureIds, count, didNotHold, latestTopic }): Chain => ({
        ruptureIds,
        count,
        didNotHold,
        topic: topicKey(latestTopic),
      }),
    );
  const restsOn = counted.filter((r) => topicKey(r.topic) !== null || linked.has(r.id)).length;
  return { topics: topicList, chains: chainList, restsOn, enough: enough('themes', restsOn) };
}
