/**
 * What the widget adds to each example, measured by the examples driver: the JavaScript and CSS the page loads from
 * navigation until the app shows who signed in (resource timing, each file gzip -9), minus what the same app loads
 * when, instead of the widget, it uses Amplify (the package's typings kept so the type check passes), in two ways:
 * - `configures`: `Amplify.configure` and `fetchAuthSession`, as an app that uses Amplify for its API or storage;
 * - `signsIn`: those and the sign-in functions the widget calls (`signIn`, `confirmSignIn`, `getCurrentUser`,
 *   `signOut`, `Hub`), as an app with its own Amplify sign-in: the difference is then the widget's code and Lit.
 * The rows go to `dist/examples-sizes.json`; `npm run readme:sizes` writes them into the README's table.
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'puppeteer-core';
import { ROOT } from './harness.js';

export const SIZES_FILE = join(ROOT, 'dist/examples-sizes.json');

export type AmplifyUse = 'configures' | 'signsIn';
export interface Loaded {
  js: number;
  css: number;
  files: number;
}

/** One example's figures, in gzip -9 bytes. */
export interface SizeRow {
  id: string;
  name: string;
  /** JS and CSS loaded through a sign-in, and in how many files. */
  js: number;
  css: number;
  files: number;
  /** The same app using Amplify without the widget, both ways (none for a page that is only the widget). */
  baselines?: Record<AmplifyUse, Loaded>;
  date: string;
}

/** Injected before any page script: the time the app's own markup first shows who signed in. */
export const markSignedIn = () => {
  const watch = new MutationObserver(() => {
    // Some pages hold the element empty from the start and fill it in.
    if (!document.querySelector('[data-testid="signed-in-user"]')?.textContent?.trim()) return;
    (window as unknown as { __signedInAt: number }).__signedInAt = performance.now();
    watch.disconnect();
  });
  watch.observe(document, { childList: true, subtree: true, characterData: true });
};

/** Gzip -9 of every script and stylesheet the page requested before `until` (ms since navigation; all if none). */
export async function loadedBytes(page: Page, until = Infinity): Promise<Loaded> {
  const urls = await page.evaluate(
    (end: number) =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime < end)
        .map((entry) => entry.name),
    until,
  );
  const own = [...new Set(urls)].filter((url) => /\.(m?js|css)(\?|$)/.test(new URL(url).pathname));
  const sized = await Promise.all(
    own.map(async (url) => {
      const body = Buffer.from(await (await fetch(url)).arrayBuffer());
      return { css: new URL(url).pathname.endsWith('.css'), bytes: gzipSync(body, { level: 9 }).length };
    }),
  );
  const sum = (css: boolean) => sized.filter((s) => s.css === css).reduce((a, s) => a + s.bytes, 0);
  return { js: sum(false), css: sum(true), files: sized.length };
}

const IMPORT = /^import 'auth-sign-in(?:\/themes\/[^']+)?';\n/gm;

/**
 * Rewrites the example's sources in `dir` to use Amplify instead of the widget: each `import 'auth-sign-in'` becomes a
 * type-only import (the element's typings stay) and the Amplify calls; theme imports go. Returns the files changed.
 */
export function useAmplifyInstead(dir: string, cognitoOrigin: string, use: AmplifyUse): string[] {
  const signsIn = use === 'signsIn';
  const instead = [
    "import type {} from 'auth-sign-in';",
    "import { Amplify } from 'aws-amplify';",
    signsIn
      ? "import { fetchAuthSession, signIn, confirmSignIn, getCurrentUser, signOut } from 'aws-amplify/auth';"
      : "import { fetchAuthSession } from 'aws-amplify/auth';",
    ...(signsIn ? ["import { Hub } from 'aws-amplify/utils';"] : []),
    `Amplify.configure({ Auth: { Cognito: { userPoolId: 'us-east-1_localdemo', userPoolClientId: 'localdemoclient0000000000', userPoolEndpoint: '${cognitoOrigin}' } } });`,
    "if (typeof window !== 'undefined') void fetchAuthSession();",
    // Kept reachable, as an app's own sign-in form keeps them.
    ...(signsIn
      ? [
          "if (typeof window !== 'undefined') Object.assign(window, { auth: { signIn, confirmSignIn, getCurrentUser, signOut, Hub } });",
        ]
      : []),
    '',
  ].join('\n');
  const changed: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (name === 'node_modules' || name.startsWith('.')) continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(m?[jt]sx?)$/.test(name)) {
        const text = readFileSync(path, 'utf8');
        if (!text.match(IMPORT)) continue;
        let first = true;
        writeFileSync(
          path,
          text.replace(IMPORT, (line) => {
            if (!line.startsWith("import 'auth-sign-in';") || !first) return '';
            first = false;
            return instead;
          }),
        );
        changed.push(path);
      }
    }
  };
  walk(dir);
  return changed;
}

/** Adds (or replaces) rows in dist/examples-sizes.json. */
export function saveRows(rows: SizeRow[]) {
  const old: SizeRow[] = existsSync(SIZES_FILE) ? JSON.parse(readFileSync(SIZES_FILE, 'utf8')) : [];
  const merged = [...old.filter((o) => !rows.some((r) => r.id === o.id)), ...rows];
  mkdirSync(dirname(SIZES_FILE), { recursive: true });
  writeFileSync(SIZES_FILE, `${JSON.stringify(merged, null, 2)}\n`);
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

const sum = (loaded: Loaded) => loaded.js + loaded.css;

/** The README's table (markdown) of `rows`. */
export function sizeTable(rows: SizeRow[]): string {
  const lines = [
    '| example | JS + CSS loaded through a sign-in | the widget adds to an app that configures Amplify | … to an app that signs in with Amplify (the widget, Lit, Amplify functions only it calls) | measured |',
    '| --- | ---: | ---: | ---: | --- |',
  ];
  for (const row of rows) {
    const adds = (use: AmplifyUse) =>
      row.baselines ? `**${kib(sum(row) - sum(row.baselines[use]))}**` : `${kib(sum(row))} (all of it)`;
    lines.push(
      `| ${row.name} | ${kib(sum(row))} in ${row.files} files${row.baselines ? '' : ' (the page is the widget)'} | ${adds('configures')} | ${adds('signsIn')} | ${row.date} |`,
    );
  }
  return lines.join('\n');
}
