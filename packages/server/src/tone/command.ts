import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { checkTone, type ToneResult } from '@repairable/core/tone';

/** What `repairable tone` prints for one message: the CLI's contract (issue 10), one JSON object per line. */
export interface ToneLine {
  text: string;
  label: ToneResult['label'];
  flagged: boolean;
  labels: ToneResult['labels'];
  why: string;
  suggestion?: string;
}

export function toneLine(text: string, result: ToneResult = checkTone(text)): ToneLine {
  const line: ToneLine = { text, label: result.label, flagged: result.flagged, labels: result.labels, why: result.why };
  if (result.suggestion !== undefined) line.suggestion = result.suggestion;
  return line;
}

/**
 * `repairable tone`: reads messages one per line from `input` and writes one
 * JSON object per message to `output`, in order, as each line arrives (so it
 * works in a pipe and interactively). Blank lines are not messages and print
 * nothing. Nothing is stored or sent anywhere.
 */
export async function runToneCommand(input: Readable, output: Writable): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const raw of lines) {
    const text = raw.replace(/^\uFEFF/, '');
    if (text.trim() === '') continue;
    if (!output.write(`${JSON.stringify(toneLine(text))}\n`)) await once(output, 'drain');
  }
}
