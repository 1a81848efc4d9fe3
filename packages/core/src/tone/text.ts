/**
 * The message as the patterns read it: lower case, one kind of apostrophe and
 * quote, single spaces. `shouted` keeps the words written in capitals (an
 * emphasis marker for sarcasm, "SO helpful"), which lower-casing would lose.
 */
export interface Message {
  text: string;
  sentences: string[];
  shouted: boolean;
}

export function readMessage(raw: string): Message {
  const text = raw
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  const sentences = text
    .split(/(?<=[.!?;])\s+|\s*\n\s*/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  // A word of two letters or more in capitals, in a message not written all in capitals.
  const shouted = /\b[A-Z]{2,}\b/.test(raw.replace(/\bI\b|\bOK\b|\bLOL\b/g, '')) && /[a-z]/.test(raw);
  return { text, sentences, shouted };
}

/** Words that turn what follows around: "not lazy", "I don't think you're…", "never said". */
const NEGATION = /(?:\bnot|n't|\bnever|\bno)\b/;

/**
 * Whether the words just before `index` (up to four, within the sentence)
 * negate what starts there: the scope of a negation is short and ends at a
 * sentence or clause break.
 */
export function negatedAt(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const clauseStart = Math.max(before.search(/[^.!?;,]*$/), 0);
  const words = before.slice(clauseStart).trim().split(' ').slice(-4).join(' ');
  return NEGATION.test(words);
}

/** The sentence of `text` that holds position `index`. */
export function sentenceAt(text: string, index: number): string {
  const start = text.slice(0, index).search(/[^.!?;]*$/);
  const rest = text.slice(index);
  const end = rest.search(/[.!?;]/);
  return text.slice(Math.max(start, 0), end < 0 ? text.length : index + end + 1).trim();
}
