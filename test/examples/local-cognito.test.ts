/**
 * The two packages as a team installs them: `examples/local-cognito-playwright/` (an app with the widget's CDN build
 * from node_modules, and a Playwright test) is copied out of the repository, installed from its lockfile (cached as
 * the other examples are) plus both packed tarballs, and its own `playwright test` runs: Playwright's webServer
 * starts the local Cognito from its bin (`npx local-cognito`), the `local-cognito/playwright` fixture reads the codes,
 * and the test signs up, signs in with an SMS code and signs out, in Debian's Chromium (nothing downloads a browser).
 *
 * Run: `npm run build && node --import tsx --test test/examples/local-cognito.test.ts`.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromiumPath } from '../../scripts/browsers.mjs';
import { listen } from '../../packages/local-cognito/src/http/listen.js';
import { copyExample, exampleEnv, install, pack, ROOT, run, timed } from './harness.js';

const ID = 'local-cognito-playwright';
const work = mkdtempSync(join(tmpdir(), 'auth-sign-in-local-cognito-'));

after(() => {
  if (!process.env.EXAMPLES_KEEP) rmSync(work, { recursive: true, force: true });
});

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
  const probe = await listen(() => undefined, 0, '127.0.0.1');
  await probe.close();
  return probe.port;
}

test(
  'an app installs both packed packages and its Playwright test signs up, in with MFA, and out',
  {
    timeout: 10 * 60_000,
  },
  async (t) => {
    const widget = await pack(work);
    const env = { ...exampleEnv(ROOT, { name: '', serve: { static: '' } }), PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
    const [cognitoPacked] = JSON.parse(
      await run(`npm pack --json --pack-destination "${work}"`, join(ROOT, 'packages/local-cognito'), env),
    );
    const dir = join(work, ID);
    copyExample(ID, dir);
    const [installMs, hit] = await timed(() => install(ID, dir, [widget, join(work, cognitoPacked.filename)], env));
    const ports = { COGNITO_PORT: String(await freePort()), APP_PORT: String(await freePort()) };
    const [testMs, output] = await timed(() =>
      run('npx playwright test', dir, { ...env, ...ports, CHROMIUM_PATH: chromiumPath() }, 5 * 60_000),
    );
    t.diagnostic(`install ${installMs} ms (${hit ? 'node_modules from cache' : 'npm ci'}, + 2 tarballs)`);
    t.diagnostic(`playwright test ${testMs} ms`);
    assert.match(output, /2 passed/, output);
  },
);
