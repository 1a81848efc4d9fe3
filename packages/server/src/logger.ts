/**
 * Structured one-line JSON logs. Callers pass only ids, routes, statuses and
 * timings: never note text, passwords, tokens or emails (SECURITY.md I6).
 * The field list is closed on purpose so a careless `log(body)` cannot
 * compile.
 */
export interface LogFields {
  requestId?: string;
  method?: string;
  route?: string;
  status?: number;
  ms?: number;
  error?: string;
  stack?: string | undefined;
  port?: number;
  dialect?: string;
  migrations?: string[];
  detail?: string;
}

export interface Logger {
  info(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export function jsonLogger(write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Logger {
  const emit = (level: string, event: string, fields: LogFields = {}) =>
    write(JSON.stringify({ t: new Date().toISOString(), level, event, ...fields }));
  return {
    info: (event, fields) => emit('info', event, fields),
    error: (event, fields) => emit('error', event, fields),
  };
}

/** Collects lines in memory, for tests that assert what is (not) logged. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return Object.assign(
    jsonLogger((line) => lines.push(line)),
    { lines },
  );
}
