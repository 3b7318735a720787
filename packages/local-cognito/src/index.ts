/**
 * A local, Cognito-user-pool-compatible server for Amplify JS v6 (node:http only). Layout and test routes:
 * server/README.md. The hosted UI (`/oauth2/*`, `/logout`, stand-in identity providers) listens on its own
 * HTTPS port: `oauth/`.
 */
import { cognitoHandler } from './http/cognito-handler.js';
import { listen, type HttpTimeouts } from './http/listen.js';
import { isLoopback } from './http/loopback.js';
import { loadPool, startupWarning, type PoolSource } from './config/load.js';
import type { SeedUser } from './seed.js';
import type { PoolSettings } from './settings.js';
import { Pool } from './store/pool.js';
import { TestControls } from './test-controls.js';
import { createTokenKeys } from './tokens.js';
import { loadCertificate } from './oauth/certificate.js';
import { poolHost } from './oauth/pool-adapter.js';
import { startHostedUI } from './oauth/server.js';
import { demoOAuthClient, type IdentityProviderSettings, type OAuthClientSettings } from './oauth/settings.js';

export { CLIENT_ID, POOL_ID, DEFAULT_PASSWORD, SEED_USERS, SEED_TOTP_SECRET, TEMP_PASSWORD } from './seed.js';
export type { OutboxEntry } from './test-controls.js';
export type { PoolFile } from './config/load.js';
export type { IdentityProviderSettings, OAuthClientSettings } from './oauth/settings.js';

export interface CognitoServerOptions extends PoolSource {
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
  /** Sign-in code lifetime (SMS/email MFA, one-time passwords), default 3 minutes. */
  codeTtlMs?: number;
  /** Log each operation to the console. */
  log?: boolean;
  /** Request and header timeouts (tests shorten them). */
  timeouts?: Partial<HttpTimeouts>; /** Port of the hosted UI (HTTPS); 0 = random (the default). */
  oauthPort?: number;
  /**
   * The app client's OAuth settings, as `describe-user-pool-client` names them; by default `<origin>/demo/` of
   * each allowed origin as callback and logout URL, the code flow, every standard scope, and the four social providers.
   */
  oauthClient?: Partial<OAuthClientSettings>;
  /** The pool's identity providers, as `describe-identity-provider` prints them (custom OIDC/SAML, mappings). */
  identityProviders?: IdentityProviderSettings[];
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
  /** What the pool file holds that the server does not model, and what it inferred; undefined when nothing. */
  warning?: string;
  /** The pool's seed users (restored by `/_reset`). */
  users: readonly SeedUser[];
  /** `localhost:PORT` of the hosted UI: the `oauth.domain` of an Amplify configuration. */
  oauthDomain: string;
  /** The hosted UI's self-signed certificate (PEM), for clients that verify it. */
  oauthCertificate: string;
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
  const pool = await Pool.open(settings, controls.now, options.dataFile);
  const keys = await createTokenKeys(pool.savedSigningKey());
  pool.keepSigningKey(keys.privateJwk);
  let issuer = '';
  let hostedUIUrl = '';
  const host = options.host ?? '127.0.0.1';
  const origins = options.allowedOrigins ?? ['http://localhost:8000'];
  const operations = {
    settings,
    pool,
    outbox: controls,
    now: controls.now,
    keys,
    issuer: () => issuer,
    hostedUI: () => hostedUIUrl,
    webauthn: { rpId: options.rpId ?? 'localhost', origins },
  };
  const handler = cognitoHandler({
    operations,
    controls,
    testRouteOrigins: origins,
    loopbackOnly: isLoopback(host),
    log: options.log ?? false,
  });
  const hostedUI = await startHostedUI({
    host: poolHost(operations, controls),
    client: {
      ...demoOAuthClient(
        settings.clientId,
        origins.map((origin) => `${origin}/demo/`),
      ),
      ...options.oauthClient,
    },
    providers: options.identityProviders,
    certificate: await loadCertificate(options.dataFile),
    port: options.oauthPort ?? 0,
    hostname: host,
    timeouts: options.timeouts,
    log: options.log,
  });
  controls.onReset(hostedUI.reset);
  hostedUIUrl = `https://${hostedUI.domain}`;
  const listening = await listen(handler, options.port ?? 0, host, options.timeouts).catch(async (err) => {
    await hostedUI.close();
    throw err;
  });
  const url = `http://localhost:${listening.port}/`;
  issuer = `${url}${settings.poolId}`;
  return {
    url,
    address: listening.address,
    port: listening.port,
    poolId: settings.poolId,
    clientId: settings.clientId,
    warning: startupWarning(loaded),
    users: settings.users,
    oauthDomain: hostedUI.domain,
    oauthCertificate: hostedUI.certificate,
    close: async () => {
      await Promise.all([hostedUI.close(), listening.close()]);
    },
  };
}
