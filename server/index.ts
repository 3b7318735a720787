/**
 * A local, Cognito-user-pool-compatible server for Amplify JS v6 (node:http only). Layout and test routes:
 * server/README.md.
 */
import { cognitoHandler } from './http/cognito-handler.js';
import { listen, type HttpTimeouts } from './http/listen.js';
import { isLoopback } from './http/loopback.js';
import { DEMO_POOL, type PoolSettings } from './settings.js';
import { Pool } from './store/pool.js';
import { TestControls } from './test-controls.js';
import { createTokenKeys } from './tokens.js';

export { CLIENT_ID, POOL_ID, DEFAULT_PASSWORD, SEED_USERS, SEED_TOTP_SECRET, TEMP_PASSWORD } from './seed.js';
export type { OutboxEntry } from './test-controls.js';

export interface CognitoServerOptions {
  /** 0 = random */
  port?: number;
  /**
   * Default 127.0.0.1. Any address that is not loopback opens the server, test routes included, to other
   * machines: say so to whoever starts it.
   */
  host?: string;
  /** JSON file where registered passkeys (and users created by SignUp) persist across restarts */
  dataFile?: string;
  /** The demo's origins: WebAuthn origins, and the only pages the test routes answer; default ['http://localhost:8000'] */
  allowedOrigins?: string[];
  /** default 'localhost' */
  rpId?: string;
  /** Sign-in session lifetime, default 3 minutes (tests may shorten it; or use POST /_clock). */
  sessionTtlMs?: number;
  /** Code lifetime (sign-in, confirmation, reset codes), default 3 minutes. */
  codeTtlMs?: number;
  /** Log each operation to the console. */
  log?: boolean;
  /** Request and header timeouts (tests shorten them). */
  timeouts?: Partial<HttpTimeouts>;
}

export interface RunningCognitoServer {
  /** 'http://localhost:PORT/' */
  url: string;
  /** The address the server is bound to ('127.0.0.1' unless `host` said otherwise). */
  address: string;
  port: number;
  /** 'us-east-1_localdemo' */
  poolId: string;
  clientId: string;
  close(): Promise<void>;
}

/** The demo pool with the lifetimes the options override. */
function settingsOf(options: CognitoServerOptions): PoolSettings {
  return {
    ...DEMO_POOL,
    sessionTtlMs: options.sessionTtlMs ?? DEMO_POOL.sessionTtlMs,
    codeTtlMs: options.codeTtlMs ?? DEMO_POOL.codeTtlMs,
  };
}

export async function startCognitoServer(options: CognitoServerOptions = {}): Promise<RunningCognitoServer> {
  const settings = settingsOf(options);
  const controls = new TestControls();
  const pool = await Pool.open(settings, controls.now, options.dataFile);
  const keys = await createTokenKeys();
  let issuer = '';
  const host = options.host ?? '127.0.0.1';
  const origins = options.allowedOrigins ?? ['http://localhost:8000'];
  const handler = cognitoHandler({
    operations: {
      settings,
      pool,
      outbox: controls,
      now: controls.now,
      keys,
      issuer: () => issuer,
      webauthn: { rpId: options.rpId ?? 'localhost', origins },
    },
    controls,
    testRouteOrigins: origins,
    loopbackOnly: isLoopback(host),
    log: options.log ?? false,
  });
  const listening = await listen(handler, options.port ?? 0, host, options.timeouts);
  const url = `http://localhost:${listening.port}/`;
  issuer = `${url}${settings.poolId}`;
  return {
    url,
    address: listening.address,
    port: listening.port,
    poolId: settings.poolId,
    clientId: settings.clientId,
    close: listening.close,
  };
}
