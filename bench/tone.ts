import { checkTone, TONE_LABELS } from '@repairable/core/tone';
import { printFigure } from './figures';
import { measureInChromium } from './tone-chromium';
import { type Labelled, readLabelled, score } from './tone-scores';

/**
 * The tone check against our own labelled messages (bench/tone/): precision,
 * recall and F1 for flag-vs-fine, per label, and macro-F1, for the tuning
 * part and the held-out part (written first, never tuned on; the targets are
 * judged on it). Then, on the built web app, the tone check's own chunk:
 * its size gzipped and the time per message in Chromium.
 * Run: npx tsx bench/tone.ts (the Chromium part needs `npm run build`; SKIP_CHROMIUM=1 leaves it out).
 * ERRORS=1 lists the messages labelled differently.
 */
const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

function report(name: string, set: Labelled[], targets: boolean): void {
  const results = set.map((m) => checkTone(m.text));
  const { flag, perLabel, macroF1, accuracy } = score(
    set.map((m) => m.label),
    results.map((r) => r.label),
  );
  console.log(`\n## ${name}: ${set.length} messages, ${(accuracy * 100).toFixed(1)} % labelled exactly`);
  console.log(`${'label'.padEnd(16)}  prec. recall    F1  n`);
  console.log(
    `${'flag vs fine'.padEnd(16)}  ${pct(flag.precision)}  ${pct(flag.recall)} ${pct(flag.f1)}  ${flag.support}`,
  );
  for (const label of TONE_LABELS) {
    const s = perLabel[label];
    console.log(`${label.padEnd(16)}  ${pct(s.precision)}  ${pct(s.recall)} ${pct(s.f1)}  ${s.support}`);
  }
  const options = (atLeast: number) => (targets ? { atLeast } : {});
  printFigure(`${name} flag-vs-fine F1`, flag.f1 * 100, '%', options(90));
  printFigure(`${name} macro-F1`, macroF1 * 100, '%', options(75));
  if (process.env.ERRORS)
    set.forEach((m, i) => {
      const r = results[i];
      if (r && r.label !== m.label) console.log(`  ${m.label} → ${r.label}: ${m.text}`);
    });
}

report('tuning', readLabelled('tuning'), false);
// Written first and never tuned on, but by the same hand just before the patterns (bench/tone/README.md).
report('held-out', readLabelled('held-out'), true);
// Written after the first patterns; run once, then tuned on in the second round.
report('blind (tuned on since its first run)', readLabelled('blind'), false);
// Written after the second round was frozen; run once, then tuned on in the third round.
report('blind-2 (tuned on since its first run)', readLabelled('blind-2'), false);
// Written after the third round was frozen; run once, then tuned on in the fourth round.
report('blind-3 (tuned on since its first run)', readLabelled('blind-3'), false);
// Written after the fourth round was frozen; run once, then tuned on in the fifth round.
report('blind-4 (tuned on since its first run)', readLabelled('blind-4'), false);
// Written before the fifth round; run once, then tuned on in the fifth round.
report('blind-5 (tuned on since its first run)', readLabelled('blind-5'), false);
// Written with blind-5, before the fifth round; run once after it was frozen (e88451f), then tuned on in the sixth round.
report('blind-6 (tuned on since its first run)', readLabelled('blind-6'), false);
// Written before the sixth round; run once after it was frozen (9b641e8), never tuned on: the fairest figure.
report('blind-7', readLabelled('blind-7'), true);
if (!process.env.SKIP_CHROMIUM)
  await measureInChromium([
    ...readLabelled('tuning'),
    ...readLabelled('held-out'),
    ...readLabelled('blind'),
    ...readLabelled('blind-2'),
    ...readLabelled('blind-3'),
    ...readLabelled('blind-4'),
    ...readLabelled('blind-5'),
    ...readLabelled('blind-6'),
    ...readLabelled('blind-7'),
  ]);
