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

/** The stretches of one sign-in, from the page's marks (ms since navigation start). */
const phasesOf = ({ interactive, submits, code, signedIn }) => [
  ['load → username field', 0, interactive],
  ['typing username, password', interactive, submits[0]],
  ['Enter → code field (SRP)', submits[0], code],
  ['typing the code', code, submits[1]],
  ['Enter → signed in', submits[1], signedIn],
];

/**
 * Prints self time by group, the widget's modules, and Amplify's heaviest functions; with `marks` (a `timedSignIn`
 * result) and `profile.toPage`, also each group's time in each stretch of the sign-in, and the widget's own functions.
 */
export function profileBreakdown(profile, origin, marks) {
  const where = new Map(profile.nodes.map((n) => [n.id, undefined]));
  const phases = marks && profile.toPage ? phasesOf(marks) : [];
  const byPhase = phases.map(() => new Map());
  const groups = new Map();
  const modules = new Map();
  const functions = new Map();
  const own = new Map();
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  for (const node of profile.nodes) {
    const { url, functionName, lineNumber, columnNumber } = node.callFrame;
    let place = { group: functionName || '(anonymous, not the page)', module: '' };
    if (url.startsWith(`${origin}/dist/cdn/`)) {
      const file = resolve(url.slice(origin.length + 1));
      const map = mapOf(file);
      const pos = map && originalPositionFor(map, { line: lineNumber + 1, column: columnNumber });
      const source = pos?.source ? relative('.', resolve(dirname(file), pos.source)) : url;
      place = { ...groupOf(source), fn: `${pos?.name ?? functionName} (${source.replace(/.*node_modules\//, '')})` };
    } else if (url) place = { group: 'other scripts', module: url };
    where.set(node.id, place);
  }
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    at += profile.timeDeltas[i];
    const place = where.get(profile.samples[i]);
    add(groups, place.group, ms);
    if (place.group === 'Amplify' || place.group === 'Amplify (crypto)') add(functions, place.fn, ms);
    if (place.group === "the widget's own modules") add(modules, place.module, ms);
    const phase = phases.findIndex(([, from, to]) => profile.toPage(at) >= from && profile.toPage(at) < to);
    if (phase < 0) continue;
    add(byPhase[phase], place.group, ms);
    if (place.group === "the widget's own modules") add(own, `${phases[phase][0]}: ${place.fn}`, ms);
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
  if (!phases.length) return;
  const columns = [
    ["the widget's own modules", 'widget'],
    ['Lit', 'Lit'],
    ['Amplify', 'Amplify'],
    ['(program)', 'program'],
    ['(idle)', 'idle'],
  ];
  console.log(
    `\nthe same profile by stretch of the sign-in (ms of self time; "other": everything else):\n${'stretch'.padEnd(28)}${'ms'.padStart(7)}${columns.map(([, c]) => c.padStart(9)).join('')}${'other'.padStart(9)}`,
  );
  phases.forEach(([name, from, to], i) => {
    const m = byPhase[i];
    const shown = columns.map(([g]) => (m.get(g) ?? 0) + (g === 'Amplify' ? (m.get('Amplify (crypto)') ?? 0) : 0));
    const other = [...m.values()].reduce((a, b) => a + b, 0) - shown.reduce((a, b) => a + b, 0);
    const cells = [...shown, other].map((ms) => ms.toFixed(0).padStart(9)).join('');
    console.log(`${name.padEnd(28)}${(to - from).toFixed(0).padStart(7)}${cells}`);
  });
  print("the widget's own functions, by stretch:", own, 15);
}
