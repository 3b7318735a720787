/**
 * A local, Cognito-user-pool-compatible server for Amplify JS v6 (node:http only). Layout and test routes:
 * server/README.md.
 */
import { cognitoHandler } from './http/cognito-handler.js';
import { listen } from './http/listen.js';
import { loadPool, startupWarning, type PoolSource } from './config/load.js';
import type { SeedUser } from './seed.js';
import type { PoolSettings } from './settings.js';
import { Pool } from './store/pool.js';
import { TestControls } from './test-controls.js';
import { createTokenKeys } from './tokens.js';

export { CLIENT_ID, POOL_ID, DEFAULT_PASSWORD, SEED_USERS, SEED_TOTP_SECRET, TEMP_PASSWORD } from './seed.js';
export type { OutboxEntry } from './test-controls.js';
export type { PoolFile } from './config/load.js';

export interface CognitoServerOptions extends PoolSource {
  /** 0 = random */
  port?: number;
  /** default 127.0.0.1 */
  host?: string;
  /** JSON file where registered passkeys (and users created by SignUp) persist across restarts */
  dataFile?: string;
  /** WebAuthn origins; default ['http://localhost:8000'] */
  allowedOrigins?: string[];
  /** default 'localhost' */
  rpId?: string;
  /** Sign-in session lifetime, default 3 minutes (tests may shorten it; or use POST /_clock). */
  sessionTtlMs?: number;
  /** Sign-in code lifetime (SMS/email MFA, one-time passwords), default 3 minutes. */
  codeTtlMs?: number;
  /** Log each operation to the console. */
  log?: boolean;
}

export interface RunningCognitoServer {
  /** 'http://localhost:PORT/' */
  url: string;
  port: number;
  /** 'us-east-1_localdemo' */
  poolId: string;
  clientId: string;
  /** What the pool file holds that the server does not model, and what it inferred; undefined when nothing. */
  warning?: string;
  /** The pool's seed users (restored by `/_reset`). */
  users: readonly SeedUser[];
  close(): Promise<void>;
}

export async function startCognitoServer(options: CognitoServerOptions = {}): Promise<RunningCognitoServer> {
  const loaded = loadPool(options);
  const settings: PoolSettings = {
    ...loaded.settings,
    sessionTtlMs: options.sessionTtlMs ?? loaded.settings.sessionTtlMs,
    codeTtlMs: options.codeTtlMs ?? loaded.settings.codeTtlMs,
  };
  const controls = new TestControls();
  const pool = new Pool(settings, controls.now, options.dataFile);
  const keys = await createTokenKeys(pool.savedSigningKey());
  pool.keepSigningKey(keys.privateJwk);
  let issuer = '';
  const handler = cognitoHandler({
    operations: {
      settings,
      pool,
      outbox: controls,
      now: controls.now,
      keys,
      issuer: () => issuer,
      webauthn: { rpId: options.rpId ?? 'localhost', origins: options.allowedOrigins ?? ['http://localhost:8000'] },
    },
    controls,
    log: options.log ?? false,
  });
  const listening = await listen(handler, options.port ?? 0, options.host ?? '127.0.0.1');
  const url = `http://localhost:${listening.port}/`;
  issuer = `${url}${settings.poolId}`;
  return {
    url,
    port: listening.port,
    poolId: settings.poolId,
    clientId: settings.clientId,
    warning: startupWarning(loaded),
    users: settings.users,
    close: listening.close,
  };
}
