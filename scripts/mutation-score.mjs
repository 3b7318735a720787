#!/usr/bin/env node
// npm run test:mutation, second half: reads StrykerJS's JSON report and the equivalent mutants listed in
// stryker.equivalent.txt, prints the raw and the adjusted score per file, and fails when the adjusted score of all
// files is below the break threshold in stryker.config.json, or when a listed mutant is not a survivor any more
// (killed, or gone because the code changed: the list must say exactly which mutants are equivalent).
//
// Each line of stryker.equivalent.txt (blank lines and lines starting with # are skipped), tab-separated:
//   src/flow/file.ts:LINE  MutatorName  replacement (whitespace collapsed)  why no test can tell it from the original
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2] ?? 'reports/mutation/mutation.json', 'utf8'));
const config = JSON.parse(readFileSync('stryker.config.json', 'utf8'));
const threshold = config.thresholds.break;
const squash = (text) => text.replace(/\s+/g, ' ').trim();

const listed = readFileSync('stryker.equivalent.txt', 'utf8')
  .split('\n')
  .map((line, index) => ({ line, number: index + 1 }))
  .filter(({ line }) => line.trim() && !line.startsWith('#'))
  .map(({ line, number }) => {
    const [where, mutator, replacement, reason] = line.split('\t');
    const [file, at] = where.split(':');
    if (!file || !at || !mutator || replacement === undefined || !reason?.trim()) {
      throw new Error(`stryker.equivalent.txt:${number}: expected file:line, mutator, replacement, reason (tabs)`);
    }
    return { file, line: Number(at), mutator, replacement: squash(replacement), number, used: false };
  });

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
const rows = [];
const total = { detected: 0, undetected: 0, equivalent: 0 };
for (const [file, { mutants }] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
  const counts = { detected: 0, undetected: 0, equivalent: 0 };
  for (const mutant of mutants) {
    if (DETECTED.has(mutant.status)) counts.detected++;
    if (!UNDETECTED.has(mutant.status)) continue;
    const entry = listed.find(
      (candidate) =>
        !candidate.used &&
        candidate.file === file &&
        candidate.line === mutant.location.start.line &&
        candidate.mutator === mutant.mutatorName &&
        candidate.replacement === squash(mutant.replacement ?? ''),
    );
    if (entry) {
      entry.used = true;
      counts.equivalent++;
    } else counts.undetected++;
  }
  for (const key of Object.keys(total)) total[key] += counts[key];
  rows.push([file, counts]);
}

const percent = (part, whole) => (whole ? ((100 * part) / whole).toFixed(2) : '100.00');
const raw = ({ detected, undetected, equivalent }) => percent(detected, detected + undetected + equivalent);
const adjusted = ({ detected, undetected }) => percent(detected, detected + undetected);
const width = Math.max(...rows.map(([file]) => file.length), 9);
console.log(`${'file'.padEnd(width)}   raw %   adjusted %   killed  survived  equivalent`);
for (const [file, counts] of [...rows, ['all files', total]]) {
  console.log(
    `${file.padEnd(width)} ${raw(counts).padStart(7)} ${adjusted(counts).padStart(12)} ` +
      `${String(counts.detected).padStart(8)} ${String(counts.undetected).padStart(9)} ${String(counts.equivalent).padStart(11)}`,
  );
}

let failed = false;
// A run with `--mutate` on some files checks only the entries of those files.
for (const entry of listed.filter(({ used, file }) => !used && report.files[file])) {
  console.error(
    `stryker.equivalent.txt:${entry.number}: no surviving ${entry.mutator} at ${entry.file}:${entry.line} ` +
      `("${entry.replacement}"): killed now, or the code moved; update the list`,
  );
  failed = true;
}
if (Number(adjusted(total)) < threshold) {
  console.error(`Adjusted mutation score ${adjusted(total)} % is below ${threshold} %`);
  failed = true;
}
process.exit(failed ? 1 : 0);
