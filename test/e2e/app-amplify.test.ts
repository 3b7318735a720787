/**
 * One Amplify, the app's: a page that configured Amplify with Auth, API and Storage before the widget loaded keeps
 * its API and Storage settings whichever way the widget is configured, and the widget signs in against the local
 * server. Real `aws-amplify` and the widget's npm build, bundled together by esbuild as an app's bundler would.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { startStaticServer } from '../../scripts/static-server.js';
import { PASSWORD, useE2E } from './harness.js';

const e2e = useE2E();
const folder = mkdtempSync(join(tmpdir(), 'auth-app-amplify-'));
let server: { port: number; close(): Promise<void> };

before(async () => {
  await build({
    entryPoints: [resolve(import.meta.dirname, 'app/app-amplify.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    outfile: join(folder, 'app/app.js'),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  writeFileSync(
    join(folder, 'app/index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>app</title>' +
      '<script type="module" src="/app/app.js"></script></head><body><main id="app"></main></body></html>',
  );
  server = await startStaticServer({ root: folder, serve: ['app', 'outputs.json'], index: '/app/index.html', port: 0 });
});

after(async () => {
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

const MODES = ['config', 'config-src', 'pool-ids', 'endpoint', 'nothing'];

describe("the app's own Amplify configuration", () => {
  for (const mode of MODES) {
    it(`${mode}: the widget signs in, and the app keeps its API and Storage settings`, async () => {
      // Written here, not in `before`: the local server (and its pool) is the harness's, started by its own hook.
      writeFileSync(
        join(folder, 'outputs.json'),
        JSON.stringify({
          version: '1.4',
          auth: {
            aws_region: 'us-east-1',
            user_pool_id: e2e.cognito.poolId,
            user_pool_client_id: e2e.cognito.clientId,
          },
        }),
      );
      const query = new URLSearchParams({
        mode,
        'user-pool-id': e2e.cognito.poolId,
        'user-pool-client-id': e2e.cognito.clientId,
        'user-pool-endpoint': e2e.cognito.url,
      });
      const w = await e2e.openUrl(`http://localhost:${server.port}/app/index.html?${query}`);
      await w.signIn('alice@example.com', PASSWORD);
      await w.expectSignedIn('alice@example.com');
      const config = await w.page.evaluate(() => (window as any).amplifyConfig());
      assert.deepEqual(Object.keys(config).sort(), ['API', 'Auth', 'Storage']);
      assert.equal(config.API.GraphQL.endpoint, 'https://app.appsync-api.us-east-1.amazonaws.com/graphql');
      assert.equal(config.Storage.S3.bucket, 'app-uploads');
      assert.equal(config.Auth.Cognito.userPoolId, e2e.cognito.poolId);
      assert.equal(config.Auth.Cognito.userPoolEndpoint, e2e.cognito.url);
    });
  }
});
