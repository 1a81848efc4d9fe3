import type { Rupture } from './types';

/** Words too common to say two notes are alike. */
const STOP_WORDS = new Set(
  `the and for that with this was were you your yours are but not have has had his her hers him she they them their
  then than when what who how why where again about after before just very really into onto over under from out off
  our ours its it's i'm im me my mine all any can could would should will did does doing done get got like said say
  says also too only even still because there here been being some more most much many one two`.split(/\s+/),
);

/** The content words of a text: lower-cased, at least three letters, no stop words. */
export function contentWords(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w.length >= 3 && !STOP_WORDS.has(w));
  return new Set(words);
}

/** What resemblance looks at: enough to compare, so callers need not load whole ruptures. */
export type Comparable = Pick<Rupture, 'id' | 'topic' | 'note' | 'occurredAt'>;

export interface Resemblance<T extends Comparable = Rupture> {
  rupture: T;
  /** 0..1, higher is more alike. */
  score: number;
  /** Why, in words a person understands. */
  reason: { kind: 'same_topic'; topic: string } | { kind: 'similar_words'; words: string[] };
}

/** Whether a rupture says anything resemblance can compare: a topic, or content words in its note. */
export function hasComparableText(candidate: { topic: string | null; note: string | null }): boolean {
  return Boolean(candidate.topic?.trim()) || contentWords(candidate.note ?? '').size > 0;
}

/** Below this share of shared words, two notes are not called alike. */
const WORD_THRESHOLD = 0.25;

/**
 * Rule 8: earlier ruptures that resemble a new one, best first, at most
 * `limit`. Explainable on purpose: the same topic, or a share of the same
 * content words (Jaccard similarity of note and topic words), so the app
 * can say *why* it asks "is this like …?".
 */
export function findSimilarRuptures<T extends Comparable>(
  candidate: { topic: string | null; note: string | null; id?: string },
  earlier: readonly T[],
  limit = 3,
): Resemblance<T>[] {
  if (!hasComparableText(candidate)) return [];
  const topic = candidate.topic?.trim().toLowerCase() || null;
  const words = contentWords(`${candidate.topic ?? ''} ${candidate.note ?? ''}`);
  const found: Resemblance<T>[] = [];
  for (const r of earlier) {
    if (r.id === candidate.id) continue;
    if (topic && r.topic === topic) {
      found.push({ rupture: r, score: 1, reason: { kind: 'same_topic', topic } });
      continue;
    }
    const theirs = contentWords(`${r.topic ?? ''} ${r.note ?? ''}`);
    const shared = [...words].filter((w) => theirs.has(w));
    const union = new Set([...words, ...theirs]).size;
    const score = union === 0 ? 0 : shared.length / union;
    if (score >= WORD_THRESHOLD)
      found.push({ rupture: r, score, reason: { kind: 'similar_words', words: shared.sort() } });
  }
  return found
    .sort((a, b) => b.score - a.score || b.rupture.occurredAt.localeCompare(a.rupture.occurredAt))
    .slice(0, limit);
}
