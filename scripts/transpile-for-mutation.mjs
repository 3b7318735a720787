#!/usr/bin/env node
// StrykerJS's build step (stryker.config.json `buildCommand`), run in its sandbox after the mutants are put in:
// every .ts file the flow tier loads gets a .js sibling (esbuild, one file at a time, no bundling), so the mutant
// runs need no TypeScript loader. Each restart of a test process (one per static mutant) is then a plain Node start.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const ROOTS = ['src', 'packages', 'test/flow', 'test/support'];
const tsFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : tsFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });

await build({
  entryPoints: ROOTS.filter((root) => existsSync(root)).flatMap(tsFiles),
  outdir: '.',
  outbase: '.',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  bundle: false,
  sourcemap: false,
  logLevel: 'warning',
});
