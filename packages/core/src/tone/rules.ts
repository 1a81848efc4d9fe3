import type { Message } from './text';
import { negatedAt, sentenceAt } from './text';
import type { GoodMove, Horseman, ToneFinding } from './types';

/**
 * One pattern and what it means. A rule finds the first place its pattern
 * matches that is not negated (when `negatable`) and whose sentence does not
 * match `unless`; `returnable` marks a way of leaving that a return time turns
 * into a break (a repair attempt).
 */
export interface Rule {
  label: Horseman | GoodMove;
  pattern: RegExp;
  why: string;
  /** 1 a hint, 2 likely, 3 plain. */
  weight?: number;
  negatable?: boolean;
  unless?: RegExp;
  returnable?: boolean;
}

export interface Found extends ToneFinding {
  returnable: boolean;
}

/** Builds a global pattern from alternatives, so rules read as lists (no `i` flag: `readMessage` lower-cases the text). */
export function anyOf(...sources: string[]): RegExp {
  return new RegExp(sources.join('|'), 'g');
}

export function applyRule(rule: Rule, message: Message): Found | undefined {
  const { text } = message;
  rule.pattern.lastIndex = 0;
  for (const match of text.matchAll(rule.pattern)) {
    const at = match.index ?? 0;
    if (rule.negatable && negatedAt(text, at)) continue;
    if (rule.unless?.test(sentenceAt(text, at))) continue;
    return {
      label: rule.label,
      evidence: match[0].trim(),
      why: rule.why,
      weight: rule.weight ?? 3,
      returnable: rule.returnable ?? false,
    };
  }
  return undefined;
}

/** The first finding of each rule, in the order the rules are listed. */
export function applyRules(rules: readonly Rule[], message: Message): Found[] {
  const found: Found[] = [];
  for (const rule of rules) {
    const finding = applyRule(rule, message);
    if (finding) found.push(finding);
  }
  return found;
}
