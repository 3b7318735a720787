// npm run bench -- --profile: a V8 CPU profile of one widget sign-in, its self time mapped through the CDN build's
// hidden source maps (dist/cdn/**/*.map) to the repository's files and grouped.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

const maps = new Map();
const mapOf = (file) => {
  if (!maps.has(file))
    maps.set(file, existsSync(`${file}.map`) ? new TraceMap(readFileSync(`${file}.map`, 'utf8')) : null);
  return maps.get(file);
};

/** The package a source path belongs to, or the repository file. */
const groupOf = (source) => {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
  if (!m) return { group: "the widget's own modules", module: source };
  const pkg = m[1];
  if (/^(lit|lit-html|lit-element|@lit\/.*)$/.test(pkg)) return { group: 'Lit', module: pkg };
  if (pkg.startsWith('@aws-amplify/') || pkg === 'aws-amplify') return { group: 'Amplify', module: pkg };
  if (pkg.startsWith('@aws-crypto/') || pkg.startsWith('@smithy/')) return { group: 'Amplify (crypto)', module: pkg };
  return { group: 'other packages', module: pkg };
};

/** Prints self time by group, the widget's modules, and Amplify's heaviest functions. */
export function profileBreakdown(profile, origin) {
  const self = new Map(profile.nodes.map((n) => [n.id, 0]));
  for (let i = 0; i < profile.samples.length; i++)
    self.set(profile.samples[i], self.get(profile.samples[i]) + (profile.timeDeltas[i] ?? 0) / 1000);
  const groups = new Map();
  const modules = new Map();
  const functions = new Map();
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  for (const node of profile.nodes) {
    const ms = self.get(node.id);
    if (!ms) continue;
    const { url, functionName, lineNumber, columnNumber } = node.callFrame;
    let where = { group: functionName || '(anonymous, not the page)', module: '' };
    if (url.startsWith(`${origin}/dist/cdn/`)) {
      const file = resolve(url.slice(origin.length + 1));
      const map = mapOf(file);
      const pos = map && originalPositionFor(map, { line: lineNumber + 1, column: columnNumber });
      const source = pos?.source ? relative('.', resolve(dirname(file), pos.source)) : url;
      where = groupOf(source);
      if (where.group === 'Amplify' || where.group === 'Amplify (crypto)')
        add(functions, `${pos?.name ?? functionName} (${source.replace(/.*node_modules\//, '')})`, ms);
    } else if (url) where = { group: 'other scripts', module: url };
    add(groups, where.group, ms);
    if (where.group === "the widget's own modules") add(modules, where.module, ms);
  }
  const total = [...groups.values()].reduce((a, b) => a + b, 0);
  const print = (title, map, n) => {
    console.log(`\n${title}`);
    for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n))
      console.log(`  ${ms.toFixed(0).padStart(6)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${key}`);
  };
  console.log(`\nCPU profile of one widget sign-in (self time, ${total.toFixed(0)} ms sampled, CPU throttled):`);
  print('by group ((program) is the browser’s own work: parsing, style, layout, paint):', groups, 12);
  print("the widget's own modules:", modules, 15);
  print('Amplify’s heaviest functions (the SRP math):', functions, 8);
}
