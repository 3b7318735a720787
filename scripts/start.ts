/**
 * Starts the local Cognito-compatible server (default port 9229, its hosted UI over HTTPS on 9230) and a static
 * server for the demo (default port 8000; only demo/ and dist/; `/` redirects to `/demo/`). Options:
 * scripts/start-options.ts.
 *
 *   tsx scripts/start.ts [--host 127.0.0.1] [--cognito-port 9229] [--oauth-port 9230] [--demo-port 8000]
 *                        [--data-file PATH] [--log] [--pool pool.json | --outputs amplify_outputs.json]
 */
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { POOL_ID, startCognitoServer } from 'local-cognito';
import { startStaticServer } from './static-server.js';
import { exposureWarning, parseStartOptions, type StartOptions } from './start-options.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

let options: StartOptions;
try {
  options = parseStartOptions(process.argv.slice(2), process.env, repoRoot);
} catch (err) {
  console.error((err as Error).message);
  process.exit(2);
}
const { host, cognitoPort, oauthPort, demoPort, dataFile } = options;

/** The data file of older versions sat in the served repository root, with plaintext passwords: move it. */
const oldDataFile = resolve(repoRoot, '.local-server-data.json');
if (existsSync(oldDataFile) && !existsSync(dataFile)) {
  mkdirSync(dirname(dataFile), { recursive: true, mode: 0o700 });
  renameSync(oldDataFile, dataFile);
  console.log(`Moved ${oldDataFile} to ${dataFile} (passwords are rewritten as hashes).`);
}

async function orExit<T>(what: string, p: number, start: () => Promise<T>): Promise<T> {
  try {
    return await start();
  } catch (err) {
    const { code, port: busy } = err as NodeJS.ErrnoException & { port?: number };
    // The Cognito server also listens on the OAuth port (its hosted UI).
    const which = what === 'cognito' && busy === oauthPort ? 'oauth' : what;
    console.error(
      code === 'EADDRINUSE'
        ? `Port ${busy ?? p} (${which}) is already in use: stop the other process or pass --${which}-port <n>.`
        : `Cannot start the ${what} server: ${(err as Error).message}`,
    );
    process.exit(1);
  }
}

const demo = await orExit('demo', demoPort, () => startStaticServer({ root: repoRoot, port: demoPort, host }));
const demoOrigin = `http://localhost:${demo.port}`;
const cognito = await orExit('cognito', cognitoPort, () =>
  startCognitoServer({
    port: cognitoPort,
    host,
    dataFile,
    allowedOrigins: [demoOrigin],
    rpId: 'localhost',
    // The hosted UI: the demo page (`<origin>/demo/`) is its callback and sign-out URL.
    oauthPort,
    log: options.log,
    pool: options.pool,
    outputs: options.outputs,
  }),
);
if (cognito.warning) console.warn(`\n${cognito.warning}\n`);

const warning = exposureWarning(host);
if (warning) console.warn(`\n${warning}\n`);
console.log(
  `Listening on ${cognito.address} port ${cognito.port} (Cognito) and ${demo.address} port ${demo.port} (demo)`,
);
console.log(`Local Cognito user pool: ${cognito.url}  (pool ${cognito.poolId}, client ${cognito.clientId})`);
console.log(`Hosted UI (OAuth):       https://${cognito.oauthDomain}/  (self-signed certificate: accept it once)`);
// The demo page talks to http://localhost:9229/, https://localhost:9230/ and the demo pool unless told otherwise.
const demoQuery = new URLSearchParams({
  ...(cognito.port === 9229 ? {} : { cognito: cognito.url }),
  ...(cognito.oauthDomain === 'localhost:9230' ? {} : { oauth: cognito.oauthDomain }),
  ...(cognito.poolId === POOL_ID ? {} : { 'user-pool-id': cognito.poolId, 'user-pool-client-id': cognito.clientId }),
}).toString();
console.log(`Demo:                    ${demoOrigin}/demo/${demoQuery ? `?${demoQuery}` : ''}`);
console.log(
  `Codes sent (outbox):     ${cognito.url}_outbox  (a sign-up's confirmation code is the newest entry to its email)`,
);
console.log(`Data file:               ${dataFile}`);
console.log('');
console.table(
  cognito.users.map((u) => ({ username: u.username, password: u.password, 'signing in shows': u.description })),
);

let closing = false;
const shutdown = async () => {
  if (closing) return;
  closing = true;
  await Promise.allSettled([cognito.close(), demo.close()]);
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
