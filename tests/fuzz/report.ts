// Prints the fuzz counts the last test run wrote (test-artifacts/fuzz/*.json) as one table, and
// saves it to bench/results/fuzz.json for the README. Exits 1 if any reader crashed.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { FUZZ_DIR, FUZZ_RUNS, type Counts } from './tally.ts';

const files = readdirSync(FUZZ_DIR).filter((f) => f.endsWith('.json'));
const rows = files
  .map((f) => JSON.parse(readFileSync(new URL(f, FUZZ_DIR), 'utf8')) as Counts)
  .sort((a, b) => a.reader.localeCompare(b.reader));
const total = rows.reduce(
  (t, r) => ({
    tried: t.tried + r.tried,
    accepted: t.accepted + r.accepted,
    rejected: t.rejected + r.rejected,
    crashes: t.crashes + r.crashes,
  }),
  { tried: 0, accepted: 0, rejected: 0, crashes: 0 },
);
const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(`${'reader'.padEnd(44)}${pad('tried', 9)}${pad('accepted', 10)}${pad('rejected', 10)}${pad('crashes', 9)}`);
for (const r of [...rows, { reader: 'all', ...total }])
  console.log(`${r.reader.padEnd(44)}${pad(r.tried, 9)}${pad(r.accepted, 10)}${pad(r.rejected, 10)}${pad(r.crashes, 9)}`);
for (const r of rows) for (const example of r.crashExamples) console.log(`crash in ${r.reader}: ${example}`);
mkdirSync(new URL('../../bench/results/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('../../bench/results/fuzz.json', import.meta.url),
  `${JSON.stringify({ date: new Date().toISOString().slice(0, 10), runsPerProperty: FUZZ_RUNS, total, readers: rows }, null, 2)}\n`,
);
process.exit(total.crashes > 0 ? 1 : 0);
