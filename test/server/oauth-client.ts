/** A browser's part in the hosted-UI tests: HTTPS calls that verify the server's certificate, redirects, forms. */
import { request } from 'node:https';
import { createHash, randomBytes } from 'node:crypto';
import { after, afterEach, before } from 'node:test';
import assert from 'node:assert/strict';

import {
  startCognitoServer,
  type CognitoServerOptions,
  type RunningCognitoServer,
} from '../../packages/local-cognito/src/index.js';
import { reset } from './helpers.js';

export const CALLBACK = 'https://app.example/callback';
export const SIGNED_OUT = 'https://app.example/signed-out';

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: any;
  /** The `location` header, resolved against the server. */
  location?: URL;
}

/** One HTTPS request to the hosted UI; `form` is sent url-encoded. */
export function https(
  server: RunningCognitoServer,
  method: string,
  path: string,
  options: { form?: Record<string, string>; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const body = options.form ? new URLSearchParams(options.form).toString() : undefined;
  const base = `https://${server.oauthDomain}`;
  return new Promise((resolve, reject) => {
    const req = request(
      new URL(path, base),
      {
        method,
        host: '127.0.0.1',
        servername: 'localhost',
        ca: server.oauthCertificate,
        headers: {
          ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
          ...options.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: any;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          const location = res.headers.location ? new URL(res.headers.location, base) : undefined;
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json, location });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export function pkce() {
  const verifier = randomBytes(64).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export const authorizePath = (params: Record<string, string>) =>
  `/oauth2/authorize?${new URLSearchParams({
    client_id: 'localdemoclient0000000000',
    redirect_uri: CALLBACK,
    response_type: 'code',
    scope: 'openid email profile aws.cognito.signin.user.admin',
    state: 'state-1',
    ...params,
  })}`;

export interface Return {
  /** Where the hosted UI sent the browser back to the app. */
  url: URL;
  /** The managed-login session cookie set on the way, if any. */
  cookie?: string;
}

/**
 * Authorize at `provider`, then on the stand-in page press the button `choice` names (`{ account }`,
 * `{ email }` or `{ cancel: '1' }`), following the redirects back to the app.
 */
export async function signInAt(
  server: RunningCognitoServer,
  provider: string,
  choice: Record<string, string> = { account: 'jane.doe@example.com' },
  params: Record<string, string> = {},
): Promise<Return> {
  const start = await https(server, 'GET', authorizePath({ identity_provider: provider, ...params }));
  assert.equal(start.status, 302, start.text);
  assert.equal(start.location!.pathname, `/stand-in/${provider}`);
  const page = await https(server, 'GET', start.location!.pathname + start.location!.search);
  assert.equal(page.status, 200);
  const requestId = start.location!.searchParams.get('request')!;
  // The browser sends back the cookie the authorize redirect set (the post is bound to it).
  const bound = [start.headers['set-cookie'] ?? []].flat()[0]?.split(';')[0] ?? '';
  const posted = await https(server, 'POST', `/stand-in/${provider}`, {
    form: { request: requestId, ...choice },
    headers: { cookie: bound },
  });
  assert.equal(posted.status, 303, posted.text);
  const back = await https(server, 'GET', posted.location!.pathname + posted.location!.search);
  assert.equal(back.status, 302, back.text);
  const setCookie = [back.headers['set-cookie'] ?? []].flat()[0];
  return { url: back.location!, cookie: setCookie?.split(';')[0] };
}

/** Exchanges a code at `/oauth2/token`. */
export function exchange(
  server: RunningCognitoServer,
  code: string,
  verifier?: string,
  extra: Record<string, string> = {},
) {
  return https(server, 'POST', '/oauth2/token', {
    form: {
      grant_type: 'authorization_code',
      client_id: 'localdemoclient0000000000',
      code,
      redirect_uri: CALLBACK,
      ...(verifier ? { code_verifier: verifier } : {}),
      ...extra,
    },
  });
}

/** The server for one suite, with an app client whose callback is `CALLBACK`, and a custom OIDC provider. */
export function useHostedUI(use: (server: RunningCognitoServer) => void, options: CognitoServerOptions = {}) {
  let server: RunningCognitoServer;
  before(async () => {
    server = await startCognitoServer({
      port: 0,
      oauthClient: {
        CallbackURLs: [CALLBACK],
        LogoutURLs: [SIGNED_OUT],
        SupportedIdentityProviders: ['COGNITO', 'Google', 'Facebook', 'SignInWithApple', 'LoginWithAmazon', 'AcmeSSO'],
      },
      identityProviders: [{ ProviderName: 'AcmeSSO', ProviderType: 'OIDC', IdpIdentifiers: ['acme.example'] }],
      ...options,
    });
    use(server);
  });
  after(() => server.close());
  afterEach(() => reset(server));
}

export const decode = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));
