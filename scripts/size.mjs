#!/usr/bin/env node
// npm run size: what the browser downloads from the CDN build to show SIGN_IN, sign in with SRP and
// an SMS code, and reach DONE. Per-file gzip -9, summed; fails above BUDGET (and the chunks' hash noise, HASH_NOISE).
// Also prints a baseline (lit + the Amplify functions the widget uses, bundled alone with the same rollup
// plugins; esbuild's figure for reference), the widget's own share, and the biggest modules on the SIGN_IN path.
//
//   node scripts/size.mjs            build dist/cdn, report
//   node scripts/size.mjs --browser  also load the build in headless Chromium and list the JS
//                                    files actually requested until the SIGN_IN form is shown
//   node scripts/size.mjs --lang=de  also what a page in that language adds to SIGN_IN's first load (its catalog
//                                    module and what it imports), and the rest of its text, loaded later
import { gzipSync } from 'node:zlib';
import { relative, resolve } from 'node:path';
import { rollup } from 'rollup';
import { build as esbuildBuild, transform } from 'esbuild';
import { cdnConfig } from '../rollup.config.mjs';

/**
 * Modules loaded with import() on the way SIGN_IN → SMS code → DONE (edit if they move; the code and done screens
 * travel in the entry). `test/e2e/first-load.test.ts`
 * checks in Chromium that an SMS sign-in downloads exactly these files and the entry.
 * `candidates`: the first path found in the build counts; `signIn`: loaded at startup, so part of
 * the SIGN_IN screen figure (the Amplify service is imported lazily by the host at startup).
 */
const LAZY_PATH = [{ candidates: ['src/amplify/service.ts'], signIn: true }];
/** CSS the page needs. Themes are optional (README, Theming), so none. */
const CSS = [];
/**
 * The house, attack and languages work took the widget's own share from 14.9 KB to about 21 KB; English split by
 * screen, minified templates, no @lit/context, lazy error names and terser brought it to about 17.5 KB (59,306 B in
 * all). The merges of 2026-12-04/05 (sign-up screens, <auth-account>, 36 more languages, the flow split into tables)
 * took it to 65,509 B; Amplify from @aws-amplify/core with the user-pool token provider only in the CDN build
 * (-2,467 B), static properties instead of Lit's decorators (-413 B) and no `keyed` (-161 B) brought it to 62,817 B.
 * Issue 25's cuts since, each measured here (the budget is the last figure):
 * - one hash shared by the 69 language chunks' names (the loader table compresses): -559 B → 62,258 B;
 * - the code and signed-in screens in the entry instead of three chunks (2 requests fewer): -816 B → 61,442 B;
 * - the answers and calls off the sign-in path (sign-up, reset, new password, contact, passkey registration) in a
 *   chunk loaded on first use (src/flow/off-path.ts): -1,006 B → 60,436 B;
 * - the password rules' check in that chunk: -290 B → 60,146 B;
 * - a pending record's check and startup's decision (src/flow/resume-record.ts) loaded only when a record is there
 *   (a reload mid-sign-in): -358 B → 59,788 B.
 * Issue 26 allowed the context for the page's own elements 0.4 KB; its request handling costs the first load 196 B
 * (the provider itself loads with the first request).
 * Merged on 2026-12-05 with the hooks and client metadata (issue 26: about +430 B, their runner lazy) and the code
 * lengths, passwordless mark and per-screen catalog loader (issue 24: about +440 B): 61,025 B; the authenticator
 * set-up's length constant (+11 B) and the profile section's service member (+24 B): 61,060 B.
 * Cuts for issues 21 and 22 over their allowances:
 * - the notices' look (colour, icon) loaded with the first notice or error, as their text is (issue 22): -112 B;
 * - a new password's rules and the lists of choices styled by their own screens (a chunk shared by them, issue 22):
 *   -38 B → 60,909 B (after the merge with the profile section, 61,060 B, the two save 151 B).
 * The flow's one settle() for a submit's answer (merged on 2026-12-05): -25 B → 60,884 B.
 * Issue 21 (<auth-account>, the session watch) allowed 0.3 KB; without its session watch, <auth-account>'s registration
 * and the account's service members the first load is 60,158 B (its share was 726 B). Cut since:
 * - the account's service members in their own module, loaded by <auth-account> only (src/amplify/account-service.ts):
 *   -170 B → 60,714 B (its share 556 B; each taken out in turn, the session watch about 340 B, the registration and
 *   the names the entry and the Amplify chunk export to the account's chunks about 215 B). Measured again on the
 *   59,672 B build: 419 B (the registration and its names 231 B, the session watch 168 B; README, Size).
 * Issue 25's prefetch while the person types (the rest of the language's text, the code screen's Intl objects, +64 B)
 * and the passkey registration's half of Amplify's serde module off the first load (-154 B): 60,624 B.
 * The form styles rewritten for what the first screens use (issue 22), measured from 60,909 B on their branch:
 * - one nested rule for the element's name, fields' and buttons' shared declarations written once, the rules' text
 *   style with its screens: -43 B;
 * - the notice kinds' colours (success, warning, info) as tokens loaded with the notices and met rules: -56 B;
 * - the lines either side of "or" loaded with the provider logos: -44 B;
 * - no padding or border reset on the live regions, no font reset on the form (neither changed anything): -8 B.
 * With the two above (-151 B together, as on their branch): 60,563 B.
 * The prefetch and serde split (issue 25) and the form-style cuts (issue 22) merged on 2026-12-05: 60,475 B.
 * The entry's table of the 69 languages' chunks written as its naming rule, one string of tags and one template
 * `import()`, by rollup.config.mjs's lang-table-rule after terser (issue 25), and the 'online' signal shared by both
 * elements: -386 B → 60,089 B.
 * One hash over every source, the lock file and the build configuration shared by all the widget's own chunks'
 * names (it was the 69 languages' only), so each name the entry and the Amplify chunk import repeats it: -241 B →
 * 59,848 B.
 * The screens' table (components/step-elements.ts) as a rule: each screen's element is its module's default export
 * and its tag is `auth-step-<screen>`, so the table holds only the 15 `import()`s: -153 B → 59,695 B.
 * The prefetch's count by its constant: 59,670 B (-25 B from how the entry's modules compress in their new order; not
 * a cut by design).
 * The issue's targets (≤ 1.30×, own share ≤ 9 KB) are not reached: see the README.
 */
const BUDGET = 59_670;
/**
 * The widget's chunks share one hash of every source (rollup.config.mjs), so any edit, a comment's included, renames
 * them; over 300 random hashes the gzip total of this build moved by ±4 B. The check allows 5 B over the budget.
 */
const HASH_NOISE = 5;
/** What the widget's work needs anyway: lit and the Amplify functions it calls. */
const BASELINE = `
export { LitElement, html, css } from 'lit';
export { Amplify } from 'aws-amplify';
export { Hub } from 'aws-amplify/utils';
export { signIn, confirmSignIn, getCurrentUser, signOut, fetchAuthSession } from 'aws-amplify/auth';
`;

const root = resolve(process.env.AUTH_BUILD_ROOT ?? '.');
const gz = (s) => gzipSync(typeof s === 'string' ? Buffer.from(s) : s, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

// 1. Fresh CDN build (same config as `npm run build`).
const t0 = Date.now();
const bundle = await rollup(cdnConfig);
const { output } = await bundle.write(cdnConfig.output);
await bundle.close();
const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
const entry = [...chunks.values()].find((c) => c.isEntry);
console.log(`CDN build: ${chunks.size} chunks in dist/cdn/ (${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);

/** A chunk plus its static imports, transitively. */
const closure = (fileName, into = new Set()) => {
  if (into.has(fileName) || !chunks.has(fileName)) return into;
  into.add(fileName);
  for (const f of chunks.get(fileName).imports) closure(f, into);
  return into;
};
const chunkOf = (modulePath) => {
  const all = [...chunks.values()];
  for (const id of new Set([resolve(root, modulePath), resolve(modulePath)])) {
    const c = all.find((c) => c.facadeModuleId === id) ?? all.find((c) => c.moduleIds.includes(id));
    if (c) return c;
  }
  return undefined;
};

const signInFiles = closure(entry.fileName);
const files = new Set(signInFiles);
const why = new Map([...signInFiles].map((f) => [f, f === entry.fileName ? 'entry' : 'static import']));
let missing = false;
for (const { candidates, signIn } of LAZY_PATH) {
  const step = candidates.find((p) => chunkOf(p));
  const c = step && chunkOf(step);
  if (!c) {
    console.error(`size: no chunk contains ${candidates.join(' or ')}; adjust LAZY_PATH in scripts/size.mjs`);
    missing = true;
    continue;
  }
  for (const f of closure(c.fileName)) {
    if (!files.has(f)) why.set(f, f === c.fileName ? `import(): ${step}` : `static import of ${step}`);
    files.add(f);
    if (signIn) signInFiles.add(f);
  }
}

// 2. Per-file gzip -9.
const rows = [...files].map((f) => ({
  file: `cdn/${f}`,
  raw: chunks.get(f).code.length,
  gzip: gz(chunks.get(f).code),
  why: why.get(f),
}));
for (const css of CSS) {
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(resolve('dist', css));
  rows.push({ file: css, raw: text.length, gzip: gz(text), why: 'css' });
}
const total = rows.reduce((s, r) => s + r.gzip, 0);
const signInTotal = rows.filter((r) => signInFiles.has(r.file.slice(4))).reduce((s, r) => s + r.gzip, 0);

// 3. Baseline: lit + Amplify functions alone, minified. Bundled twice: with esbuild (a reference
// figure) and with the CDN build's own rollup plugins (same tree-shaking, so the widget's own
// share is computed against this one; esbuild keeps more of Amplify than rollup does).
const base = await esbuildBuild({
  stdin: { contents: BASELINE, resolveDir: root, loader: 'js' },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'browser',
  conditions: ['browser', 'import', 'module', 'default'],
  target: 'es2021',
  minify: true,
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
});
const baselineEsbuild = gz(base.outputFiles[0].contents);
const BASE_ID = resolve(root, '__size_baseline__.js');
const baseBundle = await rollup({
  ...cdnConfig,
  input: BASE_ID,
  plugins: [
    {
      name: 'baseline',
      resolveId: (id) => (id === BASE_ID ? id : null),
      load: (id) => (id === BASE_ID ? BASELINE : null),
    },
    ...cdnConfig.plugins.filter((p) => p.name !== 'clean'),
  ],
});
const baseOut = await baseBundle.generate({ format: 'es', inlineDynamicImports: true });
await baseBundle.close();
const baseline = gz(baseOut.output[0].code);

const w = Math.max(...[...chunks.keys()].map((f) => f.length + 4), 20) + 2;
console.log(`${pad('file', w)}${lpad('min', 10)}${lpad('gzip -9', 10)}  loaded because`);
for (const r of rows) console.log(`${pad(r.file, w)}${lpad(r.raw, 10)}${lpad(r.gzip, 10)}  ${r.why}`);
console.log('-'.repeat(w + 36));
console.log(`${pad('SIGN_IN screen (entry + startup imports)', w + 10)}${lpad(signInTotal, 10)}  ${kb(signInTotal)}`);
console.log(
  `${pad('total SIGN_IN → SMS code → DONE', w + 10)}${lpad(total, 10)}  ${kb(total)}  (budget ${BUDGET} = ${kb(BUDGET)})`,
);
console.log(`${pad('baseline: lit + Amplify functions (rollup)', w + 10)}${lpad(baseline, 10)}  ${kb(baseline)}`);
console.log(
  `${pad('  same baseline bundled by esbuild', w + 10)}${lpad(baselineEsbuild, 10)}  ${kb(baselineEsbuild)}  (reference only)`,
);
console.log(
  `${pad("widget's own share (total − baseline)", w + 10)}${lpad(total - baseline, 10)}  ${kb(total - baseline)}`,
);
console.log(`${pad('total / baseline', w + 10)}${lpad((total / baseline).toFixed(2), 10)}`);

const langArg = process.argv.find((arg) => arg.startsWith('--lang='))?.slice('--lang='.length);
if (langArg) {
  const tag = langArg.toLowerCase();
  const catalog = chunkOf(`src/messages/${tag}.ts`);
  if (!catalog) {
    console.error(`size: no chunk holds src/messages/${tag}.ts`);
    process.exitCode = 1;
  } else {
    const first = [...closure(catalog.fileName)].filter((f) => !signInFiles.has(f));
    const firstBytes = first.reduce((sum, f) => sum + gz(chunks.get(f).code), 0);
    const later = [...chunks.values()].filter(
      (c) => !first.includes(c.fileName) && c.moduleIds.some((id) => id.includes(`/src/messages/${tag}/`)),
    );
    const laterBytes = later.reduce((sum, c) => sum + gz(c.code), 0);
    console.log(
      `\n${pad(`lang=${tag}: SIGN_IN's first load adds`, w + 10)}${lpad(firstBytes, 10)}  ${first.map((f) => `cdn/${f}`).join(', ')}`,
    );
    console.log(
      `${pad(`lang=${tag}: the rest of its text, later`, w + 10)}${lpad(laterBytes, 10)}  ${later.length} chunks`,
    );
  }
}

const others = [...chunks.keys()].filter((f) => !files.has(f));
if (others.length) {
  console.log(`\nOther lazy chunks (not on this path, not counted):`);
  for (const f of others) {
    const c = chunks.get(f);
    const main = c.facadeModuleId ?? c.moduleIds.at(-1) ?? '';
    const name = relative(root, main.replace(/^\0/, '').replace(/\?.*$/, '')).replace(/^.*node_modules\//, '');
    console.log(`${pad(`cdn/${f}`, w)}${lpad(c.code.length, 10)}${lpad(gz(c.code), 10)}  ${name}`);
  }
}

// 4. Biggest modules on the SIGN_IN path (each module's rendered code minified alone: approximate).
const mods = [];
for (const f of signInFiles) {
  for (const [id, m] of Object.entries(chunks.get(f).modules)) {
    if (!m.code) continue;
    let size = m.renderedLength;
    try {
      size = (await transform(m.code, { minify: true, target: 'es2021', logLevel: 'silent' })).code.length;
    } catch {
      /* fragment esbuild cannot parse alone: keep rendered length */
    }
    mods.push({ id, size });
  }
}
const short = (id) => {
  const rel = relative(root, id.replace(/^\0/, '').replace(/\?.*$/, ''));
  return rel.includes('node_modules/') ? rel.slice(rel.lastIndexOf('node_modules/') + 13) : rel;
};
const pkgOf = (id) => {
  const s = short(id);
  if (!id.includes('node_modules')) return `(own) ${s.split('/')[0]}/`;
  const p = s.split('/');
  return p[0].startsWith('@') ? `${p[0]}/${p[1]}` : p[0];
};
mods.sort((a, b) => b.size - a.size);
const modTotal = mods.reduce((s, m) => s + m.size, 0);
console.log(
  `\nTop 10 modules on the SIGN_IN path (minified alone, before gzip; ${mods.length} modules, ${modTotal} B):`,
);
for (const m of mods.slice(0, 10)) console.log(`${lpad(m.size, 8)}  ${short(m.id)}`);
const byPkg = new Map();
for (const m of mods) byPkg.set(pkgOf(m.id), (byPkg.get(pkgOf(m.id)) ?? 0) + m.size);
console.log('\nBy package on the SIGN_IN path (minified, before gzip):');
for (const [p, s] of [...byPkg].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
  console.log(`${lpad(s, 8)}  ${lpad(((100 * s) / modTotal).toFixed(1), 5)}%  ${p}`);
}

// 5. Optional: which JS files a real browser requests for the SIGN_IN screen.
if (process.argv.includes('--browser')) {
  const { requestedFiles } = await import('../bench/harness.mjs');
  try {
    const req = await requestedFiles();
    const expected = [...signInFiles].map((f) => `cdn/${f}`).sort();
    console.log('\nHeadless Chromium, JS requested until `auth-sign-in input[name=username]` exists:');
    for (const f of req) console.log(`  ${f}${expected.includes(f) ? '' : '   (not counted above as SIGN_IN)'}`);
    for (const f of expected) if (!req.includes(f)) console.log(`  ${f}   (counted but not requested)`);
  } catch (e) {
    console.log(`\nbrowser check failed: ${e.message}`);
  }
}

if (missing) process.exit(2);
if (total > BUDGET + HASH_NOISE) {
  console.error(`\nsize: ${total} B > budget ${BUDGET} B (+${HASH_NOISE} B for the chunks' hash)`);
  process.exit(1);
}
console.log(`\nwithin budget: ${total} B ≤ ${BUDGET} B (+${HASH_NOISE} B allowed for the chunks' hash)`);
