/**
 * Recurring topics kept as groups for `InsightsState`, each with its
 * ruptures in time order and how many repairs did not hold, so listing
 * the themes of the whole history reads the groups instead of every
 * rupture. Chains are found again at each read, but only among the
 * ruptures that link or are linked to (`linkedChains` gives the same
 * chains from those alone).
 */
import { byTime, type Entry, insertSorted, removeSorted } from './state-parts';
import {
  linkedChains,
  recurringThemes,
  shownThemes,
  THEME_IDS_SHOWN,
  THEME_MIN_COUNT,
  type ThemeGroup,
  topicKeys,
} from './themes';
import type { Chain, Themes } from './types';

interface Topic {
  entries: Entry[];
  didNotHold: number;
}

export class ThemeGroups {
  private readonly keyOf = topicKeys();
  private readonly topics = new Map<string, Topic>();
  /** How many counted ruptures link to each id. */
  private readonly targets = new Map<string, number>();
  /**
   * The chains of the whole history, kept until a rupture that links or is
   * linked to comes, goes or changes: chains rest on those alone, so a new
   * rupture linked to nothing leaves them as they were.
   */
  private chains: Chain[] | null = null;

  /** From entries in time order. */
  constructor(order: readonly Entry[]) {
    for (const e of order) this.add(e, false);
  }

  add(e: Entry, keepOrder = true): void {
    if (keepOrder) this.touch(e);
    const key = this.keyOf(e.rupture.topic);
    if (key !== null) {
      let topic = this.topics.get(key);
      if (!topic) {
        topic = { entries: [], didNotHold: 0 };
        this.topics.set(key, topic);
      }
      if (keepOrder) insertSorted(topic.entries, e, byTime);
      else topic.entries.push(e);
      if (e.rupture.repairHeld === false) topic.didNotHold++;
    }
    const to = e.rupture.linkedToId;
    if (to !== null) this.targets.set(to, (this.targets.get(to) ?? 0) + 1);
  }

  remove(e: Entry): void {
    this.touch(e);
    const key = this.keyOf(e.rupture.topic);
    const topic = key === null ? undefined : this.topics.get(key);
    if (key !== null && topic && removeSorted(topic.entries, e, byTime)) {
      if (e.rupture.repairHeld === false) topic.didNotHold--;
      if (topic.entries.length === 0) this.topics.delete(key);
    }
    const to = e.rupture.linkedToId;
    if (to !== null) {
      const left = (this.targets.get(to) ?? 0) - 1;
      if (left > 0) this.targets.set(to, left);
      else this.targets.delete(to);
    }
  }

  /** Themes and chains of the whole history (`order`: every entry, in time order). */
  read(order: readonly Entry[]): Themes {
    const groups: ThemeGroup[] = [];
    for (const [name, topic] of this.topics) {
      const last = topic.entries[topic.entries.length - 1];
      if (topic.entries.length < THEME_MIN_COUNT || !last) continue;
      const ids = topic.entries.slice(-THEME_IDS_SHOWN).map((e) => e.id);
      groups.push({
        name,
        ids,
        count: topic.entries.length,
        didNotHold: topic.didNotHold,
        last: last.occurredMs,
        topic: name,
      });
    }
    this.chains ??= linkedChains(order.filter((e) => this.involved(e)));
    return { themes: shownThemes(groups), chains: this.chains };
  }

  private involved(e: Entry): boolean {
    return e.rupture.linkedToId !== null || this.targets.has(e.id);
  }

  /** Before a change: the kept chains go when the rupture takes part in one. */
  private touch(e: Entry): void {
    if (this.involved(e)) this.chains = null;
  }

  /** Themes and chains of part of the history (a window): grouped afresh, it is small. */
  readFrom(recent: readonly Entry[]): Themes {
    return recurringThemes(recent);
  }
}
