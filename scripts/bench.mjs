#!/usr/bin/env node
// npm run bench: time to interactive and time to signed in on the SMS path, <auth-sign-in> (CDN build) vs AWS's React
// <Authenticator> (@aws-amplify/ui-react + its styles.css), the same local user pool (packages/local-cognito, the
// seeded user sms@example.com: password, then an SMS code).
//
// Each load: fresh browser context (empty cache and storage, cache disabled), CPU slowed 4×, the network shaped to a
// 40 ms round trip and 10 Mbit/s both ways, pages served by a local node:http server. The times are taken in the page:
// a MutationObserver installed before any page script records performance.now() (navigation start = 0) when the
// username field appears (time to interactive), when the code field appears, and when the signed-in view appears
// (time to signed in). Between them the harness types the username and password, Enter, the code from the server's
// outbox, Enter: the same keystrokes on both pages. Interleaved pairs after one discarded warm-up pair, the order
// inside a pair alternating. Prints each median, the ratio of the medians (widget / React) and the spread
// (interquartile range, min–max), each stretch's median, and from the request log the page files a screen waited for
// after the first Enter (in flight between that Enter and the screen), those fetched while typing and the calls to the
// user pool. Never fails on the figures.
//
//   node scripts/bench.mjs [--pairs 20] [--cpu 4] [--rtt 40] [--mbps 10] [--no-build] [--profile]
//
// --profile: one more widget sign-in under V8's sampling profiler; its self time, mapped through the CDN build's
// source maps to the repository's files, grouped (the widget's own modules, Lit, Amplify, …), the widget's
// heaviest modules, and each group and the widget's own functions by stretch of the sign-in.
import { rollup } from 'rollup';
import { cdnConfig } from '../rollup.config.mjs';
import { buildReact } from '../bench/react/build.mjs';
import { serve, launch, timedSignIn, SIGN_IN_MARKS } from '../bench/harness.mjs';
import { profileBreakdown } from '../bench/profile.mjs';
import { startCognitoServer, DEFAULT_PASSWORD } from 'local-cognito';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const PAIRS = arg('pairs', 20);
const CPU = arg('cpu', 4);
const RTT = arg('rtt', 40);
const MBPS = arg('mbps', 10);
const TARGETS = { interactive: 0.3, signedIn: 0.65 };
const USER = 'sms@example.com';

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  return s[Math.floor(i)] + (s[Math.ceil(i)] - s[Math.floor(i)]) * (i - Math.floor(i));
}

if (!process.argv.includes('--no-build')) {
  const t0 = Date.now();
  const bundle = await rollup(cdnConfig);
  await bundle.write(cdnConfig.output);
  await bundle.close();
  await buildReact();
  console.log(`built dist/cdn and dist/bench/react in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

let cognito;
const server = await serve('.', { endpoint: () => cognito.url });
cognito = await startCognitoServer({ port: 0, allowedOrigins: [server.origin] });
const outbox = async () => (await fetch(`${cognito.url}_outbox`)).json();
const browser = await launch();
const pages = {
  widget: `${server.origin}/bench/widget.html`,
  react: `${server.origin}/bench/react.html`,
};
const options = { user: USER, password: DEFAULT_PASSWORD, outbox, cpuRate: CPU, latencyMs: RTT, mbps: MBPS };
const load = async (name, extra = {}) => {
  const r = await timedSignIn(browser, pages[name], SIGN_IN_MARKS[name], { ...options, ...extra });
  if (r.errors.length) console.log(`  ${name}: page errors: ${r.errors.join(' | ')}`);
  return r;
};

const results = { widget: [], react: [] };
let profile;
try {
  await load('widget');
  await load('react');
  console.log(
    `\n${PAIRS} pairs, CPU ${CPU}× slower, ${RTT} ms RTT, ${MBPS} Mbit/s, empty cache; ms since navigation start:`,
  );
  console.log('pair   widget: interactive  signed in    React: interactive  signed in');
  for (let i = 0; i < PAIRS; i++) {
    const order = i % 2 ? ['react', 'widget'] : ['widget', 'react'];
    const t = {};
    for (const name of order) t[name] = await load(name);
    for (const name of order) results[name].push(t[name]);
    const f = (n) => n.toFixed(0).padStart(9);
    console.log(
      `${String(i + 1).padStart(4)}   ${f(t.widget.interactive)}    ${f(t.widget.signedIn)}   ${f(t.react.interactive)}    ${f(t.react.signedIn)}`,
    );
  }
  if (process.argv.includes('--profile')) profile = await load('widget', { profile: true });
} finally {
  await browser.close();
  await server.close();
  await cognito.close();
}

console.log('\n                          median    IQR         min–max     ratio of medians (target)');
for (const [key, label] of [
  ['interactive', 'time to interactive'],
  ['signedIn', 'time to signed in'],
]) {
  const line = (name, xs) =>
    `  ${name.padEnd(22)} ${median(xs).toFixed(0).padStart(6)} ms  ${quantile(xs, 0.25).toFixed(0)}–${quantile(xs, 0.75).toFixed(0)}`.padEnd(
      48,
    ) + `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;
  const w = results.widget.map((r) => r[key]);
  const r = results.react.map((r) => r[key]);
  const ratio = median(w) / median(r);
  console.log(`${label}:`);
  console.log(line('<auth-sign-in> (CDN)', w));
  console.log(
    `${line('React <Authenticator>', r).padEnd(60)}  ${ratio.toFixed(2)}× (≤ ${TARGETS[key]}: ${ratio <= TARGETS[key] ? 'met' : 'NOT met'})`,
  );
}

// Where the time goes: each stretch's median (the typing stretches are the harness's keystrokes, the same on both).
console.log(
  '\nmedian of each stretch (ms):    load → field  typing  Enter → code field  typing the code  Enter → signed in',
);
for (const [name, label] of [
  ['widget', '<auth-sign-in> (CDN)'],
  ['react', 'React <Authenticator>'],
]) {
  const stretch = (f) => median(results[name].map(f)).toFixed(0);
  console.log(
    `  ${label.padEnd(28)} ${stretch((r) => r.interactive).padStart(12)}  ${stretch((r) => r.submits[0] - r.interactive).padStart(6)}  ${stretch((r) => r.code - r.submits[0]).padStart(18)}  ${stretch((r) => r.submits[1] - r.code).padStart(15)}  ${stretch((r) => r.signedIn - r.submits[1]).padStart(17)}`,
  );
}

// What the network did around the screens: a page file (script, style, catalog) still in flight while a screen waited
// (from the Enter that leads to it until it shows) is a wait on the network the page controls; the calls to the user
// pool are the protocol's, one after another on both pages.
const network = (r) => {
  const files = r.requests.filter((q) => q.url.startsWith(server.origin) && !q.url.endsWith('.html'));
  const waits = [
    [r.submits[0], r.code],
    [r.submits[1], r.signedIn],
  ];
  const blocking = files.filter((q) => waits.some(([from, to]) => (q.end ?? Infinity) > from && q.start < to));
  return {
    blocking: blocking.length,
    typing: files.filter((q) => q.start >= r.interactive && q.start < r.submits[0]).length,
    calls: r.requests.filter((q) => !q.url.startsWith(server.origin) && q.method === 'POST' && q.start >= r.submits[0])
      .length,
    names: blocking.map((q) => new URL(q.url).pathname.replace(/^.*\//, '')),
  };
};
console.log('\nthe network after the first screen (every run; a screen waits from the Enter that leads to it):');
for (const [name, label] of [
  ['widget', '<auth-sign-in> (CDN)'],
  ['react', 'React <Authenticator>'],
]) {
  const runs = results[name].map(network);
  const range = (key) => {
    const xs = runs.map((n) => n[key]);
    return Math.min(...xs) === Math.max(...xs) ? `${xs[0]}` : `${Math.min(...xs)}–${Math.max(...xs)}`;
  };
  const names = [...new Set(runs.flatMap((n) => n.names))];
  console.log(
    `  ${label.padEnd(22)} files a screen waited for: ${range('blocking')}${names.length ? ` (${names.join(', ')})` : ''}; files fetched while typing: ${range('typing')}; calls to the user pool after the first Enter: ${range('calls')}`,
  );
}
if (profile) profileBreakdown(profile.profile, server.origin, profile);
