/**
 * Starts the local Cognito-compatible server (default port 9229) and a static server for the
 * repository root (default port 8000; `/` redirects to `/demo/`).
 *
 *   tsx scripts/start.ts [--cognito-port 9229] [--demo-port 8000] [--host 127.0.0.1]
 *                        [--pool pool.json | --outputs amplify_outputs.json]
 *   env: COGNITO_PORT, DEMO_PORT, HOST
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { POOL_ID, startCognitoServer } from '../server/index.js';
import { startStaticServer } from '../server/static.js';

function flag(name: string): string | undefined {
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    if (args[i] === `--${name}`) return args[i + 1];
    if (args[i].startsWith(`--${name}=`)) return args[i].slice(name.length + 3);
  }
  return undefined;
}

function port(value: string | undefined, fallback: number, what: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    console.error(`Invalid ${what} port: ${value}`);
    process.exit(2);
  }
  return n;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const host = flag('host') ?? process.env.HOST ?? '127.0.0.1';
const cognitoPort = port(flag('cognito-port') ?? process.env.COGNITO_PORT, 9229, 'Cognito');
const demoPort = port(flag('demo-port') ?? process.env.DEMO_PORT, 8000, 'demo');

async function orExit<T>(what: string, p: number, start: () => Promise<T>): Promise<T> {
  try {
    return await start();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    console.error(
      code === 'EADDRINUSE'
        ? `Port ${p} (${what}) is already in use: stop the other process or pass --${what}-port <n>.`
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
    dataFile: resolve(repoRoot, '.local-server-data.json'),
    allowedOrigins: [demoOrigin],
    rpId: 'localhost',
    log: process.argv.includes('--log'),
    pool: flag('pool'),
    outputs: flag('outputs'),
  }),
);
if (cognito.warning) console.warn(`\n${cognito.warning}\n`);

console.log(`Local Cognito user pool: ${cognito.url}  (pool ${cognito.poolId}, client ${cognito.clientId})`);
// The demo page talks to http://localhost:9229/ and the demo pool unless told otherwise.
const query = new URLSearchParams();
if (cognito.port !== 9229) query.set('cognito', cognito.url);
if (cognito.poolId !== POOL_ID) {
  query.set('user-pool-id', cognito.poolId);
  query.set('user-pool-client-id', cognito.clientId);
}
const demoQuery = query.size ? `?${query}` : '';
console.log(`Demo:                    ${demoOrigin}/demo/${demoQuery}`);
console.log(`Codes sent (outbox):     ${cognito.url}_outbox`);
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
