#!/usr/bin/env node
// npm run bench: time to a usable sign-in form, <auth-sign-in> (CDN build) vs AWS's React
// <Authenticator> (@aws-amplify/ui-react + its styles.css), same fake user pool, CPU slowed 4×.
//
// Each load: fresh browser context (empty cache and storage, cache disabled), pages served by a
// local node:http server. The time is measured in the page: a MutationObserver installed before
// any page script records performance.now() (navigation start = 0) in the callback of the mutation
// that inserted input[name=username]. Nothing polls the page while it loads, so the harness adds
// no work on the page's main thread besides that callback (the same for both pages).
// 9 pairs after one discarded warm-up pair; the order inside a pair alternates.
// Prints both medians and the median per-pair ratio (widget / React), target ≤ 0.35. Never fails
// on the figures.
//
//   node scripts/bench.mjs [--pairs 9] [--cpu 4] [--no-build]
import { rollup } from 'rollup';
import { cdnConfig } from '../rollup.config.mjs';
import { buildReact } from '../bench/react/build.mjs';
import { serve, launch, timedLoad, WIDGET_FIELD, REACT_FIELD } from '../bench/harness.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const PAIRS = arg('pairs', 9);
const CPU = arg('cpu', 4);
const TARGET = 0.35;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

if (!process.argv.includes('--no-build')) {
  const t0 = Date.now();
  const bundle = await rollup(cdnConfig);
  await bundle.write(cdnConfig.output);
  await bundle.close();
  await buildReact();
  console.log(`built dist/cdn and dist/bench/react in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

// What each page downloads (gzip -9 per file), for context.
{
  const { readFileSync, readdirSync } = await import('node:fs');
  const { gzipSync } = await import('node:zlib');
  const gz = (f) => gzipSync(readFileSync(f), { level: 9 }).length;
  const react = [
    'dist/bench/react/main.js',
    'dist/bench/react/styles.css',
    ...readdirSync('dist/bench/react', { recursive: true })
      .filter((f) => f.startsWith('chunks/') && f.endsWith('.js'))
      .map((f) => `dist/bench/react/${f}`),
  ];
  const reactJs = react.filter((f) => f.endsWith('.js')).reduce((s, f) => s + gz(f), 0);
  console.log(
    `React page: ${reactJs} B JS + ${gz('dist/bench/react/styles.css')} B CSS (gzip -9); widget: see npm run size`,
  );
}

const server = await serve();
const browser = await launch();
const pages = {
  widget: { url: `${server.origin}/bench/widget.html`, selector: WIDGET_FIELD },
  react: { url: `${server.origin}/bench/react.html`, selector: REACT_FIELD },
};
const load = async (name) => {
  const r = await timedLoad(browser, pages[name].url, pages[name].selector, { cpuRate: CPU });
  if (r.errors.length) console.log(`  ${name}: page errors: ${r.errors.join(' | ')}`);
  return r.ms;
};

const results = [];
try {
  await load('widget');
  await load('react');
  console.log(`\n${PAIRS} pairs, CPU ${CPU}× slower, ms from navigation start to input[name=username]:`);
  console.log('pair   widget    react   ratio');
  for (let i = 0; i < PAIRS; i++) {
    const order = i % 2 ? ['react', 'widget'] : ['widget', 'react'];
    const t = {};
    for (const name of order) t[name] = await load(name);
    const ratio = t.widget / t.react;
    results.push({ ...t, ratio });
    console.log(
      `${String(i + 1).padStart(4)} ${t.widget.toFixed(0).padStart(8)} ${t.react.toFixed(0).padStart(8)}   ${ratio.toFixed(3)}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}

const mw = median(results.map((r) => r.widget));
const mr = median(results.map((r) => r.react));
const ratio = median(results.map((r) => r.ratio));
console.log(`\nmedian <auth-sign-in> (CDN)        ${mw.toFixed(0)} ms`);
console.log(`median React <Authenticator>       ${mr.toFixed(0)} ms`);
console.log(
  `median per-pair ratio widget/React ${ratio.toFixed(3)}   (target ≤ ${TARGET}: ${ratio <= TARGET ? 'met' : 'NOT met'})`,
);
