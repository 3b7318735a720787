import { defineConfig } from '@playwright/test';

const appPort = Number(process.env.APP_PORT ?? 5173);
const cognitoPort = Number(process.env.COGNITO_PORT ?? 9229);
const app = `http://localhost:${appPort}`;

export default defineConfig({
  testDir: 'tests',
  workers: 1,
  timeout: 60_000,
  reporter: 'list',
  use: {
    baseURL: app,
    // The machine's Chromium (Debian's `chromium`): nothing downloads a browser.
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
  webServer: [
    {
      // The local Cognito from its bin, allowing the app's origin.
      command: `npx local-cognito --port ${cognitoPort} --oauth-port 0 --origin ${app}`,
      url: `http://localhost:${cognitoPort}/_clock`,
      reuseExistingServer: false,
    },
    {
      command: 'node server.mjs',
      url: app,
      env: { PORT: String(appPort), COGNITO_URL: `http://localhost:${cognitoPort}/` },
      reuseExistingServer: false,
    },
  ],
});
