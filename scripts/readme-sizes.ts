/**
 * npm run readme:sizes: writes the table of what the widget adds to each example (dist/examples-sizes.json, written by
 * `npm run test:examples`) into README.md between its markers. Each row carries the date of its run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SIZES_FILE, sizeTable, type SizeRow } from '../test/examples/widget-size.js';

const README = join(import.meta.dirname, '../README.md');
const START = '<!-- examples-sizes:start (npm run readme:sizes) -->';
const END = '<!-- examples-sizes:end -->';

const order = ['html-cdn', 'svelte', 'vue', 'angular', 'react', 'next'];
const rows = (JSON.parse(readFileSync(SIZES_FILE, 'utf8')) as SizeRow[]).sort(
  (a, b) => order.indexOf(a.id) - order.indexOf(b.id),
);
const readme = readFileSync(README, 'utf8');
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from < 0 || to < from) throw new Error(`README.md has no ${START} … ${END}`);
writeFileSync(README, `${readme.slice(0, from + START.length)}\n\n${sizeTable(rows)}\n\n${readme.slice(to)}`);
console.log(`README.md: ${rows.length} rows from ${SIZES_FILE}`);
