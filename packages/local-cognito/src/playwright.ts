/**
 * `local-cognito/playwright`: Playwright's `test` with a `cognito` fixture. One server per worker (started on
 * `localCognito.port`, default 9229, so the app's configuration can name it); before each test it is reset (seed
 * users back, outbox, sessions and clock cleared).
 *
 *   import { test, expect } from 'local-cognito/playwright';
 *   test.use({ localCognito: { pool: 'pool.json', allowedOrigins: ['http://localhost:5173'] } });
 *   test('signs in', async ({ page, cognito }) => { … await cognito.codes.last('ada@example.com') … });
 */
import { test as base } from '@playwright/test';

import { startLocalCognito, type LocalCognito, type LocalCognitoOptions } from './api.js';

export { expect } from '@playwright/test';
export type { LocalCognito, LocalCognitoOptions } from './api.js';

export interface LocalCognitoFixtures {
  /** The worker's local Cognito, reset before the test. */
  cognito: LocalCognito;
}

export interface LocalCognitoWorkerFixtures {
  /** Options of `startLocalCognito`; `port` defaults to 9229 (0: any free port, read `cognito.url`). */
  localCognito: LocalCognitoOptions;
  localCognitoServer: LocalCognito;
}

export const test = base.extend<LocalCognitoFixtures, LocalCognitoWorkerFixtures>({
  localCognito: [{}, { option: true, scope: 'worker' }],
  localCognitoServer: [
    async ({ localCognito }, use) => {
      const cognito = await startLocalCognito({ port: 9229, ...localCognito });
      try {
        await use(cognito);
      } finally {
        await cognito.stop();
      }
    },
    { scope: 'worker' },
  ],
  cognito: async ({ localCognitoServer }, use) => {
    await localCognitoServer.reset();
    await use(localCognitoServer);
  },
});
