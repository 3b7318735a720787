/**
 * The examples are tests: each `examples/<dir>/` with an `example.json` is copied out of the repository, installed
 * from its own lockfile with the packed package on top (as a user installs it), built in production mode with its
 * framework's type checker, served, and driven in Chromium against the local Cognito server: password, SMS code,
 * and the app's own markup shows the signed-in user; an example that shows `<auth-account>` then (`account` in its
 * `example.json`) has its sections checked and driven (`account.ts`). Any console error or warning, or uncaught error,
 * fails it.
 *
 * Run: `npm run build && npm run test:examples` (EXAMPLES=vue,react for some; ports and cache: examples/README.md).
 */
import { after, before, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/browsers.mjs';
import { startCognitoServer } from 'local-cognito';
import { E2E, PASSWORD, PHONE, Widget } from '../e2e/harness.js';
import { driveAccount } from './account.js';
import {
  CDN_PORT,
  COGNITO_PORT,
  exampleEnv,
  findExamples,
  gzipJs,
  install,
  pack,
  run,
  serveCommand,
  serveStatic,
  APP_PORT,
  timed,
  unpack,
  copyExample,
  type Example,
  type Served,
} from './harness.js';
import {
  loadedBytes,
  markSignedIn,
  saveRows,
  sizeTable,
  useAmplifyInstead,
  type AmplifyUse,
  type Loaded,
  type SizeRow,
} from './widget-size.js';

const USER = 'sms@example.com';
const examples = findExamples();
const work = mkdtempSync(join(tmpdir(), 'auth-sign-in-examples-'));
let tarball: string;
let browser: Browser;
/** The unpacked package on a second origin, the CDN; `cors` says whether it sends Access-Control-Allow-Origin. */
let cdn: Served | undefined;
let cors = true;
/** The local Cognito server's test routes (outbox, reset), through the end-to-end harness. */
const server = new E2E();
const summary: string[] = [];
/** What the widget adds to each example (the README's table: `npm run readme:sizes`). */
const sizes: SizeRow[] = [];

before(async () => {
  const [ms, file] = await timed(() => pack(work));
  tarball = file;
  summary.push(`npm pack: ${ms} ms`);
  if (examples.some((e) => e.descriptor.cdn)) {
    const pkg = unpack(tarball, join(work, 'cdn'));
    cdn = await serveStatic(pkg, CDN_PORT, (): Record<string, string> =>
      cors ? { 'access-control-allow-origin': '*' } : {},
    );
  }
  browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close().catch(() => undefined);
  await server.cognito?.close().catch(() => undefined);
  await cdn?.close();
  if (!process.env.EXAMPLES_KEEP) rmSync(work, { recursive: true, force: true });
  console.log(`\nexamples (${work}):\n${summary.map((line) => `  ${line}`).join('\n')}`);
  if (sizes.length) {
    saveRows(sizes);
    console.log(
      `\nwhat the widget adds (gzip -9; dist/examples-sizes.json, npm run readme:sizes):\n${sizeTable(sizes)}`,
    );
  }
});

/** An installed and built example, by folder name, for the tests that drive it again. */
const built = new Map<string, { dir: string; example: Example }>();

/** Installs and builds the example in a fresh folder; prints the times and the emitted JavaScript. */
async function prepare(t: TestContext, example: Example): Promise<string> {
  const { id, descriptor } = example;
  const dir = join(work, id);
  copyExample(id, dir);
  const env = exampleEnv(dir, descriptor);
  const report = [`${descriptor.name} (examples/${id})`];
  if (existsSync(join(dir, 'package.json'))) {
    const [ms, hit] = await timed(() => install(id, dir, tarball, env));
    report.push(`install ${ms} ms (${hit ? 'node_modules from cache' : 'npm ci'}, + tarball)`);
  }
  if (descriptor.build) {
    const [ms] = await timed(() => run(descriptor.build!, dir, env));
    report.push(`build ${ms} ms`);
  }
  const output = descriptor.build && (descriptor.output ?? descriptor.serve.static);
  if (output) {
    const js = gzipJs(join(dir, output));
    report.push(`JS emitted ${(js.bytes / 1024).toFixed(1)} KiB gzip in ${js.files} files`);
  }
  t.diagnostic(report.join(', '));
  summary.push(report.join(', '));
  built.set(id, { dir, example });
  return dir;
}

/** Serves the built example and (re)starts the local Cognito server for its origin. */
async function serve(dir: string, example: Example): Promise<Served> {
  const { serve: how } = example.descriptor;
  const app = how.command
    ? await serveCommand(how.command, dir, exampleEnv(dir, example.descriptor))
    : await serveStatic(join(dir, how.static!), APP_PORT);
  try {
    await server.cognito?.close();
    server.cognito = await startCognitoServer({ port: COGNITO_PORT, allowedOrigins: [app.origin] });
  } catch (error) {
    await app.close();
    throw error;
  }
  return app;
}

/** Amplify's warning that the user pool endpoint is not AWS's: what pointing it at the local server means. */
const CUSTOM_ENDPOINT_WARNING = /Auth - You are using a custom Amazon Amazon Cognito User Pool endpoint/;

/** A fresh incognito page whose console errors, warnings and uncaught errors land in `problems`. */
async function openPage(problems: string[]): Promise<Page> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.on('console', (message) => {
    if (!['error', 'warn', 'assert'].includes(message.type()) || CUSTOM_ENDPOINT_WARNING.test(message.text())) return;
    problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${(error as Error).message ?? error}`));
  return page;
}

for (const example of examples) {
  test(example.descriptor.name, { timeout: 15 * 60_000 }, async (t) => {
    const dir = await prepare(t, example);
    const app = await serve(dir, example);
    const problems: string[] = [];
    const page = await openPage(problems);
    // Each script once, by address (the page is loaded twice).
    const scripts = new Map<string, Promise<number>>();
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script' || !response.ok() || scripts.has(response.url())) return;
      scripts.set(
        response.url(),
        response.buffer().then(
          (body) => gzipSync(body, { level: 9 }).length,
          () => 0,
        ),
      );
    });
    await page.evaluateOnNewDocument(markSignedIn);
    try {
      const [ms] = await timed(async () => {
        const widget = new Widget(page, server);
        await page.goto(app.origin, { waitUntil: 'load' });
        await widget.ready(); // startup over: Amplify and the first screen have loaded
        // Again, from the browser's cache: a server-rendered page then hydrates with its scripts already there,
        // which is when an element that writes into its light DOM too early breaks hydration (React #418).
        await Promise.all(scripts.values()); // read before the reload discards them
        await page.reload({ waitUntil: 'load' });
        await widget.signIn(USER, PASSWORD);
        await widget.waitForStep('CONFIRM_SIGN_IN_WITH_SMS_CODE');
        await widget.enterCode(await server.waitForCodes(PHONE, 1));
        await page.waitForFunction(
          (user: string) => document.querySelector('[data-testid="signed-in-user"]')?.textContent?.includes(user),
          { timeout: 15_000 },
          USER,
        );
      });
      const shown = await page.$eval('[data-testid="signed-in-user"]', (p) => p.textContent?.trim());
      const loaded = (await Promise.all(scripts.values())).reduce((a, b) => a + b, 0);
      const line = `signed in in ${ms} ms ("${shown}"), JS loaded ${(loaded / 1024).toFixed(1)} KiB gzip in ${scripts.size} files`;
      t.diagnostic(line);
      summary.push(`  ${line}`);
      assert.deepEqual(problems, [], 'no console error or warning, no uncaught error');
      const signedInAt = await page.evaluate(() => (window as unknown as { __signedInAt: number }).__signedInAt);
      sizes.push({
        id: example.id,
        name: example.descriptor.name,
        ...(await loadedBytes(page, signedInAt)),
        date: new Date().toISOString().slice(0, 10),
      });
      if (example.descriptor.account) {
        await driveAccount(page, server, USER, example.descriptor.account);
        t.diagnostic(
          `<auth-account>: ${example.descriptor.account.join(', ')} shown; a name saved, signed out everywhere`,
        );
        assert.deepEqual(problems, [], 'no console error or warning, no uncaught error');
      }
    } finally {
      await page.browserContext().close();
      await app.close();
    }
    if (example.descriptor.build && !example.descriptor.cdn) await measureBaseline(t, dir, example, sizes.at(-1)!);
  });
}

/** The same app built with Amplify in place of the widget, both ways: what it loads until the network is idle. */
async function measureBaseline(t: TestContext, dir: string, example: Example, row: SizeRow) {
  const baselines: Partial<Record<AmplifyUse, Loaded>> = {};
  for (const use of ['configures', 'signsIn'] as const) {
    copyExample(example.id, dir); // the sources as committed (node_modules stays)
    const changed = useAmplifyInstead(dir, `http://localhost:${COGNITO_PORT}`, use);
    assert.ok(changed.length, 'the example imports the widget somewhere');
    await run(example.descriptor.build!, dir, exampleEnv(dir, example.descriptor));
    const app = await serve(dir, example);
    const page = await openPage([]);
    try {
      await page.goto(app.origin, { waitUntil: 'networkidle0' });
      baselines[use] = await loadedBytes(page);
    } finally {
      await page.browserContext().close();
      await app.close();
    }
    const line = `the widget adds ${((row.js + row.css - baselines[use].js - baselines[use].css) / 1024).toFixed(1)} KiB JS + CSS to the app that ${use === 'signsIn' ? 'signs in with' : 'configures'} Amplify`;
    t.diagnostic(line);
    summary.push(`  ${line}`);
  }
  row.baselines = baselines as Record<AmplifyUse, Loaded>;
}

test('the CDN build loads from another origin only with Access-Control-Allow-Origin', async (t) => {
  const id = [...built.keys()].find((key) => built.get(key)!.example.descriptor.cdn);
  if (!id) return t.skip('no CDN example ran');
  const { dir, example } = built.get(id)!;
  const app = await serve(dir, example);
  const problems: string[] = [];
  const page = await openPage(problems);
  const blocked = new Promise<boolean>((resolve) => {
    page.on('console', (message) => /Access-Control-Allow-Origin/.test(message.text()) && resolve(true));
    setTimeout(() => resolve(false), 10_000);
  });
  cors = false;
  try {
    await page.goto(app.origin, { waitUntil: 'load' });
    assert.ok(await blocked, `the console names the missing header: ${problems.join(' | ')}`);
    assert.equal(await page.evaluate(() => customElements.get('auth-sign-in')), undefined, 'never defined');
  } finally {
    cors = true;
    await page.browserContext().close();
    await app.close();
  }
});
