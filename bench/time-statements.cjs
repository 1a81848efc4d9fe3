// Preloaded into the server by `bench/profile.ts --sql` (node --require):
// times every better-sqlite3 statement run by its SQL text and writes the
// totals (and the longest run) as JSON to $STATEMENT_TIMES_FILE when the server exits. A
// diagnostic only; never loaded by `npm start`.
const { writeFileSync } = require('node:fs');
const Database = require('better-sqlite3');

const scratch = new Database(':memory:');
const statementPrototype = Object.getPrototypeOf(scratch.prepare('select 1'));
scratch.close();
const totals = new Map();

for (const method of ['run', 'all', 'get', 'iterate']) {
  const original = statementPrototype[method];
  statementPrototype[method] = function timed(...args) {
    const started = process.hrtime.bigint();
    try {
      return original.apply(this, args);
    } finally {
      const micros = Number(process.hrtime.bigint() - started) / 1000;
      const entry = totals.get(this.source) ?? { count: 0, micros: 0, max: 0 };
      entry.count += 1;
      entry.micros += micros;
      entry.max = Math.max(entry.max, micros);
      totals.set(this.source, entry);
    }
  };
}

process.on('exit', () => {
  const file = process.env.STATEMENT_TIMES_FILE;
  if (file) writeFileSync(file, JSON.stringify([...totals].map(([sql, t]) => ({ sql, ...t }))));
});
