/**
 * Screenshots of every screen (test/screens/screens.ts, and `<auth-account>`'s in test/screens/account-screens.ts) in
 * Chromium, for two uses:
 *
 *   tsx scripts/screens.ts             visual regression: every screen, light and dark, 400 and 320 px, in en, ar
 *                                      and de, compared with test/visual/baselines/ (pixelmatch, a small tolerance);
 *                                      a difference writes actual and diff images to test/visual/diff/ and fails
 *   tsx scripts/screens.ts --update    rewrites the baselines (after a deliberate change of the look)
 *   tsx scripts/screens.ts --gallery   writes docs/screens/ (the README's gallery)
 *
 * Written images are made small with Debian's `pngquant` (256 colours, no dithering: no pixel differs at the
 * comparison's threshold); without it they are kept as Chromium writes them.
 *
 * Deterministic: Debian's DejaVu fonts (fonts-dejavu-core) set on the page, a fixed viewport at device scale 1,
 * the time zone UTC, no caret, animations paused, focus removed. Needs no build: the page is bundled here with esbuild.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import puppeteer, { type Page } from 'puppeteer-core';
import { startStaticServer } from './static-server.js';
import { CHROMIUM_ARGS, chromiumPath } from './browsers.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const BASELINES = join(ROOT, 'test/visual/baselines');
const DIFFS = join(ROOT, 'test/visual/diff');
const GALLERY = join(ROOT, 'docs/screens');
/** pixelmatch's per-pixel colour threshold, and the share of differing pixels a screen may have. */
const THRESHOLD = 0.1;
const MAX_DIFF_RATIO = 0.002;

const update = process.argv.includes('--update');
const gallery = process.argv.includes('--gallery');

interface Shot {
  file: string;
  screen: string;
  lang: string;
  scheme: 'light' | 'dark';
  width: number;
}

function shotsToTake(names: string[]): Shot[] {
  const shots: Shot[] = [];
  const add = (screen: string, lang: string, scheme: 'light' | 'dark', width: number) =>
    shots.push({ file: `${screen}.${lang}.${scheme}.${width}.png`, screen, lang, scheme, width });
  if (gallery) {
    for (const screen of names) add(screen, 'en', 'light', 400);
    for (const lang of ['ar', 'de', 'ja']) add('sign-in-social', lang, 'light', 320);
    add('sign-in-social', 'en', 'dark', 400);
    add('totp-setup', 'en', 'dark', 400);
    return shots;
  }
  for (const screen of names)
    for (const lang of ['en', 'ar', 'de'])
      for (const scheme of ['light', 'dark'] as const) for (const width of [400, 320]) add(screen, lang, scheme, width);
  return shots;
}

/** The screens page and its bundle in a temporary folder. */
async function bundlePage(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'auth-screens-'));
  for (const file of ['index.html', 'page.css']) cpSync(join(ROOT, 'test/screens', file), join(dir, file));
  await build({
    entryPoints: { 'screens-page': join(ROOT, 'test/screens/screens-page.ts') },
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: dir,
    tsconfig: join(ROOT, 'tsconfig.json'),
    target: 'es2022',
    // package.json's sideEffects is for the published build; here every element must register.
    ignoreAnnotations: true,
    logLevel: 'warning',
  });
  return dir;
}

async function screenshot(page: Page, shot: Shot): Promise<Buffer> {
  await page.setViewport({ width: shot.width, height: 900, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([
    { name: 'prefers-color-scheme', value: shot.scheme },
    { name: 'prefers-reduced-motion', value: 'reduce' },
  ]);
  await page.evaluate((name, lang) => window.showScreen(name, lang), shot.screen, shot.lang);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // The element the screen put on the page: `<auth-sign-in>`, or `<auth-account>`.
  const element = await page.$('#app > :first-child');
  return Buffer.from(await element!.screenshot({ type: 'png' }));
}

/** The share of pixels that differ (1 when the sizes differ), and the diff image. */
function compare(expected: Buffer, actual: Buffer): { ratio: number; diff?: Buffer } {
  const a = PNG.sync.read(expected);
  const b = PNG.sync.read(actual);
  if (a.width !== b.width || a.height !== b.height) return { ratio: 1 };
  const diff = new PNG({ width: a.width, height: a.height });
  const count = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: THRESHOLD });
  return { ratio: count / (a.width * a.height), diff: PNG.sync.write(diff) };
}

/** Shrinks PNG files in place with pngquant, when it is installed. */
function shrink(files: string[]) {
  if (!files.length) return;
  try {
    execFileSync('pngquant', ['--quality=90-100', '--speed=1', '--nofs', '--strip', '--force', '--ext=.png', ...files]);
  } catch (error) {
    console.warn(`pngquant did not shrink the images (${(error as Error).message.split('\n')[0]}); kept as they are`);
  }
}

async function main() {
  const dir = await bundlePage();
  const server = await startStaticServer({ root: dir, serve: readdirSync(dir), index: '/index.html' });
  const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  const failures: string[] = [];
  const written: string[] = [];
  try {
    const page = await browser.newPage();
    // Dates and times (the account's lists) as in UTC, whatever the machine's zone.
    await page.emulateTimezone('UTC');
    page.on('pageerror', (error) => failures.push(`page error: ${(error as Error).message}`));
    page.on('console', (message) => message.type() === 'error' && console.error(`page: ${message.text()}`));
    await page.goto(`http://localhost:${server.port}/index.html`);
    await page.waitForFunction(() => Array.isArray(window.screenNames));
    const names = await page.evaluate(() => window.screenNames);
    const target = gallery ? GALLERY : BASELINES;
    mkdirSync(target, { recursive: true });
    rmSync(DIFFS, { recursive: true, force: true });
    for (const shot of shotsToTake(names)) {
      const actual = await screenshot(page, shot);
      const baseline = join(target, shot.file);
      if (gallery || update || !existsSync(baseline)) {
        writeFileSync(baseline, actual);
        written.push(baseline);
        if (!gallery && !update) failures.push(`${shot.file}: no baseline (written now; commit it)`);
        continue;
      }
      const { ratio, diff } = compare(readFileSync(baseline), actual);
      if (ratio <= MAX_DIFF_RATIO) continue;
      mkdirSync(DIFFS, { recursive: true });
      writeFileSync(join(DIFFS, shot.file.replace(/\.png$/, '.actual.png')), actual);
      if (diff) writeFileSync(join(DIFFS, shot.file.replace(/\.png$/, '.diff.png')), diff);
      failures.push(`${shot.file}: ${ratio === 1 ? 'size changed' : `${(ratio * 100).toFixed(2)} % of pixels differ`}`);
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  shrink(written);
  if (written.length)
    console.log(`${written.length} images written to ${gallery ? 'docs/screens/' : 'test/visual/baselines/'}`);
  if (failures.length) {
    console.error(`Visual differences (actual and diff images in test/visual/diff/):\n  ${failures.join('\n  ')}`);
    console.error('A deliberate change of the look: npm run test:visual -- --update');
    process.exit(1);
  }
  if (!gallery && !update) console.log('visual: every screen matches its baseline');
}

await main();
