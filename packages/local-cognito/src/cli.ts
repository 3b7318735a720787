#!/usr/bin/env node
/**
 * `local-cognito [--pool pool.json | --outputs amplify_outputs.json] [--port 9229] [--oauth-port 9230]
 *                [--origin http://localhost:5173]… [--data-file PATH] [--host 127.0.0.1] [--log]`
 *
 * Starts the local user pool (the demo pool without a file) and prints what an app and its tests need.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { startLocalCognito } from './api.js';
import { isLoopback } from './http/loopback.js';

const USAGE = `Usage: local-cognito [--pool pool.json | --outputs amplify_outputs.json] [options]

  --pool <file>        describe-user-pool (+ describe-user-pool-client) output; none: the demo pool
  --outputs <file>     or an Amplify Gen 2 amplify_outputs.json
  --port <n>           the Cognito endpoint (HTTP), default 9229; 0 = any free port
  --oauth-port <n>     the hosted UI (HTTPS, self-signed), default 9230
  --origin <url>       an app origin allowed to call the test routes and use passkeys (repeatable),
                       default http://localhost:8000
  --data-file <path>   keep users, passkeys, devices, refresh tokens and the signing key across restarts
  --host <address>     default 127.0.0.1; anything else opens the server, test routes included, to other machines
  --log                log every operation

Development and tests only: never for production, never with real users or passwords.`;

function port(value: string | undefined, fallback: number, what: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`Invalid ${what} port: ${value}`);
  return n;
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      pool: { type: 'string' },
      outputs: { type: 'string' },
      port: { type: 'string' },
      'oauth-port': { type: 'string' },
      origin: { type: 'string', multiple: true },
      'data-file': { type: 'string' },
      host: { type: 'string' },
      log: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return void console.log(USAGE);
  if (values.pool && values.outputs) throw new Error('Give --pool or --outputs, not both');
  const host = values.host ?? '127.0.0.1';
  const cognito = await startLocalCognito({
    port: port(values.port, 9229, 'Cognito'),
    oauthPort: port(values['oauth-port'], 9230, 'hosted UI'),
    host,
    allowedOrigins: values.origin ?? ['http://localhost:8000'],
    log: values.log ?? false,
    ...(values['data-file'] ? { dataFile: resolve(values['data-file']) } : {}),
    ...(values.pool ? { pool: resolve(values.pool) } : {}),
    ...(values.outputs ? { outputs: resolve(values.outputs) } : {}),
  });
  if (cognito.warning) console.warn(`\n${cognito.warning}\n`);
  if (!isLoopback(host))
    console.warn(
      `WARNING: listening on ${host}, not on loopback: other machines reach the test routes (every code sent).\n`,
    );
  const lines = [
    `Local Cognito user pool ${cognito.poolId} (client ${cognito.clientId})`,
    `Endpoint (userPoolEndpoint):  ${cognito.url}`,
    `Hosted UI (oauth.domain):     ${cognito.oauthDomain}  (HTTPS, self-signed certificate)`,
    `Codes sent (email and SMS):   GET ${cognito.url}_outbox  — or cognito.codes.last(username) in a test`,
    `Users:                        GET ${cognito.url}_users`,
    '',
    'Amplify.configure:',
    JSON.stringify(cognito.amplifyConfig, null, 2),
    '',
    'Development and tests only: never for production. Ctrl-C stops it.',
  ];
  console.log(lines.join('\n'));
  const stop = () => void cognito.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((err: NodeJS.ErrnoException) => {
  console.error(
    err.code === 'EADDRINUSE' ? `A port is already in use: ${err.message} (pass --port / --oauth-port)` : err.message,
  );
  process.exit(err.code === 'EADDRINUSE' ? 1 : 2);
});
