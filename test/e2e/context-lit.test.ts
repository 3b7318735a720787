/**
 * A Lit element of the app's own takes the widget's context with `@lit/context`'s `@consume` (the widget provides it
 * with its own few lines of the protocol, not `@lit/context`'s provider): it shows the challenge parameters and
 * answers. The widget's npm build, `lit` and `@lit/context` bundled by esbuild as an app's bundler would; Chromium
 * against the local server's demo pool.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { startStaticServer } from '../../scripts/static-server.js';
import { CUSTOM_ANSWER, CUSTOM_QUESTION, useE2E } from './harness.js';

const e2e = useE2E();
const folder = mkdtempSync(join(tmpdir(), 'auth-lit-consumer-'));
let server: { port: number; close(): Promise<void> };
const STEP = 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE';

before(async () => {
  await build({
    entryPoints: [resolve(import.meta.dirname, 'app/lit-consumer.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022', // standard decorators, lowered (as test/types/tsconfig.json type-checks them)
    tsconfig: resolve(import.meta.dirname, '../types/tsconfig.json'),
    outfile: join(folder, 'app/app.js'),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  writeFileSync(
    join(folder, 'app/index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>lit consumer</title>' +
      '<script type="module" src="/app/app.js"></script></head><body><main></main></body></html>',
  );
  server = await startStaticServer({ root: folder, serve: ['app'], index: '/app/index.html', port: 0 });
});

after(async () => {
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('a Lit element with @consume in a step slot', () => {
  it('gets the context, shows the challenge parameter, lands a wrong answer at its field, and signs in', async () => {
    const query = new URLSearchParams({
      'user-pool-id': e2e.cognito.poolId,
      'user-pool-client-id': e2e.cognito.clientId,
      'user-pool-endpoint': e2e.cognito.url,
      'auth-flow-type': 'CUSTOM_WITHOUT_SRP',
    });
    const w = await e2e.openUrl(`http://localhost:${server.port}/app/index.html?${query}`);
    const element = `lit-challenge[slot=${STEP}]`;
    await w.type('username', 'custom@example.com');
    await w.page.click('auth-sign-in [step=SIGN_IN] form button[type=submit]:not([name])');
    await w.waitForStep(STEP);
    await w.page.waitForFunction(
      (selector, question) => document.querySelector(`${selector} .parameters`)?.textContent?.includes(question),
      {},
      element,
      CUSTOM_QUESTION,
    );
    await w.page.type(`${element} input[name=answer]`, '5');
    await w.page.click(`${element} button[type=submit]`);
    await w.page.waitForSelector(`${element} input[name=answer][aria-invalid=true]`);
    assert.match(await w.text(`${element} .field-error`), /answer isn’t right/);
    await w.page.$eval(`${element} input[name=answer]`, (input) => ((input as HTMLInputElement).value = ''));
    await w.page.type(`${element} input[name=answer]`, CUSTOM_ANSWER);
    await w.page.click(`${element} button[type=submit]`);
    await w.expectSignedIn('custom@example.com');
    const seen = await w.page.evaluate(() => (window as any).litSeen.map((value: any) => [value.step, value.busy]));
    assert.ok(
      seen.some(([step, busy]: [string, boolean]) => step === STEP && busy),
      'it saw the call under way',
    );
    assert.deepEqual(seen.at(-1), ['DONE', false]);
  });
});
