/**
 * The package's programmatic API: `startLocalCognito(options)` starts the server and hands back what a test needs
 * (the Amplify configuration, the codes "sent", users, the clock), each through the server's own public surface
 * (the test routes and the admin operations, as any client reaches them).
 */
import {
  CLIENT_ID,
  POOL_ID,
  startCognitoServer,
  type CognitoServerOptions,
  type RunningCognitoServer,
} from './index.js';
import type { OutboxEntry } from './test-controls.js';

export { startCognitoServer } from './index.js';
export type { CognitoServerOptions, OutboxEntry, PoolFile, RunningCognitoServer } from './index.js';
export { CLIENT_ID, DEFAULT_PASSWORD, POOL_ID, SEED_TOTP_SECRET, SEED_USERS, TEMP_PASSWORD } from './index.js';

export type LocalCognitoOptions = CognitoServerOptions;

/** A user as `GET /_users` lists it. */
export interface LocalUser {
  username: string;
  status: string;
  mfaEnabled: string[];
  mfaPreferred: string | null;
  passkeys: number;
  locked: boolean;
  attributes: Record<string, string>;
}

export interface CreateUser {
  /** The username; in a pool with `UsernameAttributes` the email or phone number. */
  username: string;
  /** A permanent password: the user is CONFIRMED. */
  password?: string;
  /** Or a temporary one: the user must choose a new password at the first sign-in (FORCE_CHANGE_PASSWORD). */
  temporaryPassword?: string;
  /** `{ email: 'ada@example.com', phone_number: '+15555550100' }`; email and phone are marked verified. */
  attributes?: Record<string, string>;
  /** MFA by SMS or email, enabled and preferred (the user needs the phone number or the email). */
  mfa?: 'SMS' | 'EMAIL';
}

export interface LocalCognito {
  /** The endpoint, `http://localhost:PORT/`: Amplify's `userPoolEndpoint`. */
  url: string;
  port: number;
  poolId: string;
  clientId: string;
  /** `localhost:PORT` of the hosted UI (HTTPS, self-signed): Amplify's `oauth.domain`. */
  oauthDomain: string;
  /** What the pool file holds that the server does not model; undefined when nothing. */
  warning?: string;
  /** The `Auth` part of `Amplify.configure(…)` for this server. */
  amplifyConfig: { Auth: { Cognito: { userPoolId: string; userPoolClientId: string; userPoolEndpoint: string } } };
  codes: {
    /** Every code sent to the user (by email or SMS), oldest first. */
    all(username: string): Promise<OutboxEntry[]>;
    /** The last code sent to the user, or undefined. */
    last(username: string): Promise<string | undefined>;
    /** Waits (at most `timeoutMs`, default 10 s) for a code sent after `after` codes; throws when none came. */
    next(username: string, options?: { after?: number; timeoutMs?: number }): Promise<string>;
  };
  users: {
    create(user: CreateUser): Promise<LocalUser>;
    get(username: string): Promise<LocalUser | undefined>;
    list(): Promise<LocalUser[]>;
  };
  clock: {
    /** Moves the server clock forward (session, code and token expiry, lockout). */
    advance(ms: number): Promise<void>;
    now(): Promise<Date>;
  };
  /** Seed users back, outbox, sessions, tokens and clock cleared. */
  reset(): Promise<void>;
  stop(): Promise<void>;
  /** The running server (ports, certificate, seed users). */
  server: RunningCognitoServer;
}

/** A SigV4-shaped Authorization header: the admin operations want one, as AWS's do (any credentials). */
function adminAuthorization(date: string): string {
  return (
    `AWS4-HMAC-SHA256 Credential=local/${date.slice(0, 8)}/us-east-1/cognito-idp/aws4_request, ` +
    `SignedHeaders=host;x-amz-date;x-amz-target, Signature=${'0'.repeat(64)}`
  );
}

/** What a client of a running server does (test routes and admin operations); `startLocalCognito` adds the server. */
export type LocalCognitoClient = Omit<LocalCognito, 'stop' | 'server' | 'port' | 'oauthDomain' | 'warning'>;

export interface ConnectOptions {
  /** The endpoint of a running server, e.g. `http://localhost:9229/` (what `npx local-cognito` prints). */
  url: string;
  /** Default: the demo pool's. */
  poolId?: string;
  clientId?: string;
}

/** A client of a server already running (started by `npx local-cognito`, in another process). */
export function connectLocalCognito({
  url: endpoint,
  poolId = POOL_ID,
  clientId = CLIENT_ID,
}: ConnectOptions): LocalCognitoClient {
  const url = new URL(endpoint).href;

  const route = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(new URL(path, url), {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };

  const admin = async (operation: string, body: Record<string, unknown>) => {
    const date = new Date().toISOString().replace(/[-:]|\.\d{3}/g, '');
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
        'x-amz-date': date,
        authorization: adminAuthorization(date),
      },
      body: JSON.stringify({ UserPoolId: poolId, ...body }),
    });
    const answer = (await res.json()) as { __type?: string; message?: string };
    if (!res.ok) throw new Error(`${operation}: ${answer.__type}: ${answer.message}`);
    return answer;
  };

  const list = () => route<LocalUser[]>('GET', '_users');
  const find = async (username: string) => {
    const wanted = username.toLowerCase();
    return (await list()).find(
      (u) =>
        u.username.toLowerCase() === wanted ||
        u.attributes.email?.toLowerCase() === wanted ||
        u.attributes.phone_number === username,
    );
  };
  const sentTo = async (username: string) => {
    const user = await find(username);
    const addresses = new Set([username, user?.attributes.email, user?.attributes.phone_number].filter(Boolean));
    return (await route<OutboxEntry[]>('GET', '_outbox')).filter((entry) => addresses.has(entry.to));
  };

  const create = async (user: CreateUser) => {
    const attributes = { ...user.attributes };
    if (attributes.email) attributes.email_verified ??= 'true';
    if (attributes.phone_number) attributes.phone_number_verified ??= 'true';
    await admin('AdminCreateUser', {
      Username: user.username,
      MessageAction: 'SUPPRESS',
      UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
      ...(user.temporaryPassword ? { TemporaryPassword: user.temporaryPassword } : {}),
    });
    if (user.password)
      await admin('AdminSetUserPassword', { Username: user.username, Password: user.password, Permanent: true });
    if (user.mfa) {
      const setting = { Enabled: true, PreferredMfa: true };
      await admin('AdminSetUserMFAPreference', {
        Username: user.username,
        ...(user.mfa === 'SMS' ? { SMSMfaSettings: setting } : { EmailMfaSettings: setting }),
      });
    }
    const created = await find(user.username);
    if (!created) throw new Error(`AdminCreateUser: ${user.username} is not listed after its creation`);
    return created;
  };

  return {
    url,
    poolId,
    clientId,
    amplifyConfig: {
      Auth: { Cognito: { userPoolId: poolId, userPoolClientId: clientId, userPoolEndpoint: url } },
    },
    codes: {
      all: sentTo,
      last: async (username) => (await sentTo(username)).at(-1)?.code,
      next: async (username, { after, timeoutMs = 10_000 } = {}) => {
        const seen = after ?? (await sentTo(username)).length;
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          const sent = await sentTo(username);
          if (sent.length > seen) return sent[seen].code;
          if (Date.now() > deadline) throw new Error(`No code was sent to ${username} within ${timeoutMs} ms`);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      },
    },
    users: { create, get: find, list },
    clock: {
      advance: async (ms) => void (await route('POST', '_clock', { advanceMs: ms })),
      now: async () => new Date((await route<{ now: string }>('GET', '_clock')).now),
    },
    reset: async () => void (await route('POST', '_reset', {})),
  };
}

export async function startLocalCognito(options: LocalCognitoOptions = {}): Promise<LocalCognito> {
  const server = await startCognitoServer(options);
  return {
    ...connectLocalCognito({ url: server.url, poolId: server.poolId, clientId: server.clientId }),
    port: server.port,
    oauthDomain: server.oauthDomain,
    warning: server.warning,
    stop: () => server.close(),
    server,
  };
}
