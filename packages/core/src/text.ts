import { DomainError } from './errors';

/**
 * Short text that people see as a label of someone or something: a member's
 * name, a space's name, a topic (SECURITY.md I1). Such a label must read the
 * same to everyone, so characters that hide, reorder or fake text are not
 * allowed in it, and one that shows nothing is no label at all.
 */

/**
 * Control characters (NUL, ESC, DEL, C1…) once white space is folded, and
 * lone UTF-16 surrogates, which are not text at all.
 */
const CONTROL = /[\p{Cc}\p{Cs}]/u;

/**
 * Bidirectional controls: embeddings and overrides (U+202A–202E), isolates
 * (U+2066–2069) and the marks LRM, RLM and ALM. With them "Ana" can display
 * as another name, or a name can reorder the words around it.
 */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/**
 * What draws nothing: Unicode's default-ignorable code points (zero-width
 * space and joiners, word joiner, soft hyphen, Hangul fillers, variation
 * selectors, tags…), the blank braille pattern, and white space.
 */
const LEADING_INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\u2800\s]+/u;

const IS_INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\u2800\s]$/u;

/** Variation selectors and tag characters: they finish an emoji or a flag (❤️, 🏴󠁧󠁢󠁳󠁣󠁴󠁿) that a name may end with. */
function finishesEmoji(char: string): boolean {
  const cp = char.codePointAt(0) ?? 0;
  return (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0020 && cp <= 0xe007f) || (cp >= 0xe0100 && cp <= 0xe01ef);
}

/** Drops invisible characters from the end, so "Ana" and "Ana" + U+200B are one name. */
function trimInvisibleEnd(text: string): string {
  const chars = [...text];
  let end = chars.length;
  while (end > 0) {
    const last = chars[end - 1] ?? '';
    if (!IS_INVISIBLE.test(last) || finishesEmoji(last)) break;
    end -= 1;
  }
  return chars.slice(0, end).join('');
}

/** Whether the text holds a character no label may hold: a control character or a bidirectional control. */
export function hasForbiddenCharacters(raw: string): boolean {
  const folded = raw.replace(/\s+/g, ' ');
  return CONTROL.test(folded) || BIDI_CONTROL.test(folded);
}

/**
 * The canonical form of a label: NFC, white space folded to single spaces,
 * invisible characters trimmed from both ends. An empty string when nothing
 * visible is left. Call `hasForbiddenCharacters` first: this does not judge.
 *
 * @example normalizeLabel('  Sam \n Lee\u200B ') // 'Sam Lee'
 * @example normalizeLabel('\u200B\u3164') // ''
 */
export function normalizeLabel(raw: string): string {
  // A label that is all invisible goes entirely with its leading run.
  return trimInvisibleEnd(raw.normalize('NFC').replace(/\s+/g, ' ').replace(LEADING_INVISIBLE, ''));
}

/**
 * A rupture's topic in its stored form: a label as above, lower-cased so
 * "Money" and "money " are one topic; null when nothing visible is left.
 * Throws `invalid_topic` for a control or bidirectional control character.
 *
 * @example normalizeTopic(' Money ') // 'money'
 */
export function normalizeTopic(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  if (hasForbiddenCharacters(raw)) throw new DomainError('invalid_topic');
  return normalizeLabel(raw).toLowerCase() || null;
}
