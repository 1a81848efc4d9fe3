import { CONTEMPT_RULES, sarcasm } from './contempt';
import { CRITICISM_RULES, FEELING_AS_JUDGEMENT, FEELING_AS_JUDGEMENT_WHY } from './criticism';
import { DEFENSIVENESS_RULES } from './defensiveness';
import { GOOD_MOVE_RULES, gentleStartup } from './good-moves';
import { BREAK_REQUEST, NO_RETURN, RETURN_TIME } from './lexicon-breaks';
import { applyRules, type Found } from './rules';
import { STONEWALLING_RULES } from './stonewalling';
import { readMessage, sentenceAt } from './text';
import { GOOD_MOVES, HORSEMEN, type Horseman, type ToneFinding, type ToneLabel, type ToneResult } from './types';

const RULES = [
  ...CONTEMPT_RULES,
  ...DEFENSIVENESS_RULES,
  ...CRITICISM_RULES,
  ...STONEWALLING_RULES,
  ...GOOD_MOVE_RULES,
];
const RETURNS = new RegExp(RETURN_TIME);
const BREAK = new RegExp(BREAK_REQUEST);

/** When two findings are as plain as each other, the one the other person would feel first wins. */
const PRECEDENCE: readonly string[] = [
  'contempt',
  'defensiveness',
  'criticism',
  'stonewalling',
  'responsibility',
  'repair_attempt',
  'gentle_startup',
  'appreciation',
];

const TEMPLATE = '“I feel … about …, and I need …”';
const SUGGESTIONS: Record<Horseman, string> = {
  criticism: `Try one moment and your feeling: ${TEMPLATE}`,
  contempt: `Try saying plainly what hurt: ${TEMPLATE}`,
  defensiveness: `Try hearing them out first, then: ${TEMPLATE}`,
  stonewalling: 'If you need a break, say when you will be back: “I need a break, and I will come back at …”',
};

const isHorseman = (label: string): label is Horseman => (HORSEMEN as readonly string[]).includes(label);

/**
 * A break is a repair attempt when it says when they will come back, and a
 * wall when it does not (rule 6): leaving or refusing with a return time
 * becomes a break; a break with none is a hint of stonewalling.
 */
function breaks(text: string, found: Found[]): Found[] {
  const asked = BREAK.exec(text);
  const returning = NO_RETURN.test(text) ? null : RETURNS.exec(text);
  if (returning && (asked || found.some((f) => f.returnable))) {
    return [
      ...found.filter((f) => !f.returnable),
      {
        label: 'repair_attempt',
        evidence: `${asked?.[0] ?? found.find((f) => f.returnable)?.evidence ?? ''} … ${returning[0]}`.trim(),
        why: 'A break with a time to come back is a kind way to pause.',
        weight: 3,
        returnable: false,
      },
    ];
  }
  if (asked)
    return [
      ...found,
      {
        label: 'stonewalling',
        evidence: asked[0],
        why: 'A break helps; saying when you will come back keeps it from feeling like a closed door.',
        weight: 1,
        returnable: true,
      },
    ];
  return found;
}

function byStrength(a: ToneFinding, b: ToneFinding): number {
  return b.weight - a.weight || PRECEDENCE.indexOf(a.label) - PRECEDENCE.indexOf(b.label);
}

/**
 * Reads a message someone is about to send and says what it notices: the
 * four patterns that tend to make a hard conversation worse (criticism,
 * contempt, defensiveness, stonewalling), each with a short why and a gentler
 * template, and the moves that help (a gentle start-up, a repair attempt,
 * appreciation, owning one's part). Explainable by construction: every
 * finding is a pattern from our own lexicon, with the words that matched.
 * Pure and synchronous; the text goes nowhere. It never decides whether a
 * message may be sent.
 *
 * @example checkTone('you always ignore me').label // 'criticism'
 */
export function checkTone(text: string): ToneResult {
  const message = readMessage(text);
  const matched = applyRules(RULES, message);
  const ironic = sarcasm(message);
  const gentle = gentleStartup(message);
  if (ironic) matched.push(ironic);
  if (gentle) matched.push(gentle);
  const all = breaks(message.text, matched).map((finding) =>
    finding.label === 'criticism' &&
    FEELING_AS_JUDGEMENT.test(sentenceAt(message.text, message.text.indexOf(finding.evidence)))
      ? { ...finding, why: FEELING_AS_JUDGEMENT_WHY }
      : finding,
  );
  const good = all.filter((f) => !isHorseman(f.label)).sort(byStrength);
  const strongestGood = good[0]?.weight ?? 0;
  // A faint hint of a horseman gives way to a plain good move ("I love you, I need a minute").
  const horsemen = all.filter((f) => isHorseman(f.label) && (f.weight >= 2 || strongestGood < 2)).sort(byStrength);
  const findings: ToneFinding[] = [...horsemen, ...good].map(({ label, evidence, why, weight }) => ({
    label,
    evidence,
    why,
    weight,
  }));
  const top = findings[0];
  const labels = [...new Set(horsemen.map((f) => f.label as Horseman))];
  const flagged = labels.length > 0;
  const label: ToneLabel = top?.label ?? 'neutral';
  const result: ToneResult = {
    label,
    flagged,
    labels,
    why: top?.why ?? '',
    wentWell: findings.filter((f) => (GOOD_MOVES as readonly string[]).includes(f.label)),
    findings,
  };
  if (flagged && labels[0]) result.suggestion = SUGGESTIONS[labels[0]];
  return result;
}
