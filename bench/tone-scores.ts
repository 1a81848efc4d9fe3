import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HORSEMEN, TONE_LABELS, type ToneLabel } from '@repairable/core/tone';

/** One labelled message of bench/tone/*.tsv. */
export interface Labelled {
  label: ToneLabel;
  text: string;
}

export const TONE_SET_DIR = fileURLToPath(new URL('./tone/', import.meta.url));

/** Reads a `label<TAB>text` file with a header line; an unknown label is an error, not a silent skip. */
export function readLabelled(
  name: 'held-out' | 'tuning' | 'blind' | 'blind-2' | 'blind-3' | 'blind-4' | 'blind-5' | 'blind-6' | 'blind-7',
): Labelled[] {
  const lines = readFileSync(`${TONE_SET_DIR}${name}.tsv`, 'utf8').split('\n').slice(1);
  return lines
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const [label = '', text = ''] = line.split('\t');
      if (!(TONE_LABELS as readonly string[]).includes(label)) throw new Error(`${name}.tsv line ${i + 2}: "${label}"`);
      return { label: label as ToneLabel, text };
    });
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

function scores(truePositive: number, predicted: number, actual: number): Scores {
  const precision = predicted === 0 ? 0 : truePositive / predicted;
  const recall = actual === 0 ? 0 : truePositive / actual;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: actual };
}

const flags = (label: ToneLabel) => (HORSEMEN as readonly string[]).includes(label);

/**
 * Flag-vs-fine (a message is flagged when its label is one of the four
 * horsemen), one-vs-rest per label, and macro-F1 (the mean of the nine
 * per-label F1s), from the gold labels and the predicted ones.
 */
export function score(gold: readonly ToneLabel[], predicted: readonly ToneLabel[]) {
  const pairs = gold.map((g, i) => [g, predicted[i] ?? 'neutral'] as const);
  const flag = scores(
    pairs.filter(([g, p]) => flags(g) && flags(p)).length,
    pairs.filter(([, p]) => flags(p)).length,
    pairs.filter(([g]) => flags(g)).length,
  );
  const perLabel = Object.fromEntries(
    TONE_LABELS.map((label) => [
      label,
      scores(
        pairs.filter(([g, p]) => g === label && p === label).length,
        pairs.filter(([, p]) => p === label).length,
        pairs.filter(([g]) => g === label).length,
      ),
    ]),
  ) as Record<ToneLabel, Scores>;
  const macroF1 = TONE_LABELS.reduce((sum, label) => sum + perLabel[label].f1, 0) / TONE_LABELS.length;
  const accuracy = pairs.filter(([g, p]) => g === p).length / Math.max(pairs.length, 1);
  return { flag, perLabel, macroF1, accuracy };
}
