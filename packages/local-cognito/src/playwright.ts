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

import {
  connectLocalCognito,
  startLocalCognito,
  type ConnectOptions,
  type LocalCognitoClient,
  type LocalCognitoOptions,
} from './api.js';

export { expect } from '@playwright/test';
export type { LocalCognito, LocalCognitoClient, LocalCognitoOptions } from './api.js';

export interface LocalCognitoFixtures {
  /** The worker's local Cognito, reset before the test. */
  cognito: LocalCognitoClient;
}

export interface LocalCognitoWorkerFixtures {
  /**
   * `{ url }` (and `poolId`, `clientId` if not the demo pool's): use the server running there, e.g. started by
   * `npx local-cognito` in Playwright's `webServer`. Otherwise options of `startLocalCognito`: one server per
   * worker, on `port` 9229 unless told (0: any free port, read `cognito.url`).
   */
  localCognito: LocalCognitoOptions | ConnectOptions;
  localCognitoServer: LocalCognitoClient;
}

export const test = base.extend<LocalCognitoFixtures, LocalCognitoWorkerFixtures>({
  localCognito: [{}, { option: true, scope: 'worker' }],
  localCognitoServer: [
    async ({ localCognito }, use) => {
      if ('url' in localCognito && localCognito.url) return use(connectLocalCognito(localCognito));
      const cognito = await startLocalCognito({ port: 9229, ...(localCognito as LocalCognitoOptions) });
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
