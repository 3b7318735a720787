// Unit tests of the widget, in Debian's Chromium and Firefox ESR (`npm run test:unit`).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { CHROMIUM_ARGS, chromiumPath, firefoxPath } from './scripts/browsers.mjs';

const chromePath = chromiumPath();
const firefox = firefoxPath();
const only = process.env.BROWSERS?.split(',');

const browsers = [
  chromePath &&
    (!only || only.includes('chromium')) &&
    chromeLauncher({
      launchOptions: {
        executablePath: chromePath,
        args: CHROMIUM_ARGS,
      },
    }),
  firefox &&
    (!only || only.includes('firefox')) &&
    puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: firefox, headless: true } }),
].filter(Boolean);

if (browsers.length < 2 && !only) {
  throw new Error(`Both browsers are needed: chromium=${chromePath ?? 'missing'} firefox=${firefox ?? 'missing'}`);
}

export default {
  files: ['test/unit/**/*.test.ts'],
  nodeResolve: { browser: true, exportConditions: ['browser'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2021' })],
  browsers,
  // One test file at a time per browser: a page in a background tab gets throttled timers and no animation frames.
  concurrency: 1,
  concurrentBrowsers: 2,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
  // A test's own waits are bounded at 5 s each (test/support/tasks.ts) and say what they waited for; mocha's bound is
  // above the sum of a test's waits, so a slow machine fails a test on its message, not on this timeout.
  testFramework: { config: { timeout: 30000 } },
  coverageConfig: {
    include: ['src/**/*.ts', 'components/**/*.ts'],
    exclude: ['src/amplify-auth-service.ts', 'src/amplify/**'],
    threshold: { statements: 80, branches: 70, functions: 75, lines: 80 },
  },
};
