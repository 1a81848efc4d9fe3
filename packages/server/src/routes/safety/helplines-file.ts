import { readFileSync } from 'node:fs';
import { BUILT_IN_RESOURCES, mergeResources, type SafetyResources } from '@repairable/core';
import { HelplinesFileSchema } from './schema';

/**
 * The helplines this server shows: ours, or the operator's HELPLINES_FILE
 * over them (DESIGN.md rule 9). Read once at start; anything wrong with the
 * file stops the start with a message that says what and where.
 * @throws Error naming the file and each problem
 */
export function loadHelplines(path: string | undefined): SafetyResources[] {
  if (!path) return mergeResources(BUILT_IN_RESOURCES, [], { replace: false });
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`HELPLINES_FILE ${path} could not be read as JSON: ${err instanceof Error ? err.message : err}`);
  }
  const parsed = HelplinesFileSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 10)
      .map((issue) => `  ${issue.path.join('.') || '(top)'}: ${issue.message}`)
      .join('\n');
    throw new Error(`HELPLINES_FILE ${path} is not a valid list of helplines:\n${problems}`);
  }
  const codes = parsed.data.countries.map((c) => c.code);
  const twice = codes.find((code, i) => codes.indexOf(code) !== i);
  if (twice) throw new Error(`HELPLINES_FILE ${path} lists ${twice} more than once`);
  try {
    return mergeResources(BUILT_IN_RESOURCES, parsed.data.countries, { replace: parsed.data.replace ?? false });
  } catch (err) {
    throw new Error(`HELPLINES_FILE ${path}: ${err instanceof Error ? err.message : err}`);
  }
}
