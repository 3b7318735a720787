/**
 * Options of `npm start` (scripts/start.ts): the command line only for the address, so that a generic `HOST`
 * variable in someone's shell never opens the development servers to the network.
 *
 *   --host <address>       default 127.0.0.1; anything else is announced with a warning
 *   --cognito-port <n>     default 9229 (or COGNITO_PORT)
 *   --oauth-port <n>       default 9230 (or OAUTH_PORT): the hosted UI, HTTPS
 *   --demo-port <n>        default 8000 (or DEMO_PORT)
 *   --data-file <path>     default .local/server-data.json, .local/server-data-<name>.json with --pool/--outputs
 *                          (git-ignored, never served)
 *   --pool <file>          run this pool (describe-user-pool output, see server/README.md)
 *   --outputs <file>       or derive the pool from an amplify_outputs.json
 *   --log                  log every Cognito operation
 */
import { basename, resolve } from 'node:path';

import { isLoopback } from '../packages/local-cognito/src/http/loopback.js';

export interface StartOptions {
  host: string;
  cognitoPort: number;
  /** The Cognito server's hosted UI (HTTPS). */
  oauthPort: number;
  demoPort: number;
  dataFile: string;
  log: boolean;
  pool?: string;
  outputs?: string;
}

function flag(argv: string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === `--${name}`) return argv[i + 1];
    if (argv[i].startsWith(`--${name}=`)) return argv[i].slice(name.length + 3);
  }
  return undefined;
}

function port(value: string | undefined, fallback: number, what: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`Invalid ${what} port: ${value}`);
  return n;
}

/** The options from the command line (and the port variables); `root` is the repository. */
export function parseStartOptions(argv: string[], env: NodeJS.ProcessEnv, root: string): StartOptions {
  const pool = flag(argv, 'pool');
  const outputs = flag(argv, 'outputs');
  // Each pool keeps its own data file: switching pools never overwrites the demo's passkeys.
  const source = pool ?? outputs;
  const ownData = source ? `.local/server-data-${basename(source).replace(/\.json$/, '')}.json` : undefined;
  return {
    host: flag(argv, 'host') ?? '127.0.0.1',
    cognitoPort: port(flag(argv, 'cognito-port') ?? env.COGNITO_PORT, 9229, 'Cognito'),
    oauthPort: port(flag(argv, 'oauth-port') ?? env.OAUTH_PORT, 9230, 'OAuth'),
    demoPort: port(flag(argv, 'demo-port') ?? env.DEMO_PORT, 8000, 'demo'),
    dataFile: resolve(root, flag(argv, 'data-file') ?? ownData ?? '.local/server-data.json'),
    log: argv.includes('--log'),
    ...(pool ? { pool: resolve(pool) } : {}),
    ...(outputs ? { outputs: resolve(outputs) } : {}),
  };
}

/** What to print when `host` lets other machines in; undefined on loopback. */
export function exposureWarning(host: string): string | undefined {
  if (isLoopback(host)) return undefined;
  return [
    `WARNING: listening on ${host}, not on loopback: other machines can reach both servers,`,
    'and with them the test routes (/_outbox with every code sent, /_users, /_reset, /_faults, /_clock).',
    'This is a development server with seeded passwords: never on a shared or public network.',
  ].join('\n');
}
