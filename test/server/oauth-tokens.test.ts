/** The hosted UI's token side (token, userInfo, revoke) and the federated users it makes. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRemoteJWKSet, jwtVerify } from 'jose';

import type { RunningCognitoServer } from '../../packages/local-cognito/src/index.js';
import { advanceClock, call } from './helpers.js';
import { CALLBACK, decode, exchange, https, pkce, signInAt, useHostedUI } from './oauth-client.js';

let server: RunningCognitoServer;

/** A code from a sign-in at `provider` with PKCE; returns the code and its verifier. */
async function codeFrom(provider = 'Google', choice?: Record<string, string>, params: Record<string, string> = {}) {
  const { verifier, challenge } = pkce();
  const { url } = await signInAt(server, provider, choice, {
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...params,
  });
  return { code: url.searchParams.get('code')!, verifier };
}

async function tokensFor(provider = 'Google', choice?: Record<string, string>, params: Record<string, string> = {}) {
  const { code, verifier } = await codeFrom(provider, choice, params);
  const answer = await exchange(server, code, verifier);
  assert.equal(answer.status, 200, answer.text);
  return answer.json;
}

const users = async () => (await (await fetch(`${server.url}_users`)).json()) as any[];

describe('hosted UI: /oauth2/token', () => {
  useHostedUI((started) => (server = started));

  it('exchanges a code and its PKCE verifier for tokens Cognito would issue', async () => {
    const tokens = await tokensFor('Google', undefined, { nonce: 'n-0S6_WzA2Mj' });
    assert.equal(tokens.token_type, 'Bearer');
    assert.equal(tokens.expires_in, 3600);
    assert.ok(tokens.refresh_token);
    const jwks = createRemoteJWKSet(new URL(`${server.url}${server.poolId}/.well-known/jwks.json`));
    const { payload: id } = await jwtVerify(tokens.id_token, jwks, { audience: server.clientId });
    assert.match(String(id['cognito:username']), /^google_1\d{20}$/);
    assert.equal(id.email, 'jane.doe@example.com');
    assert.equal(id.nonce, 'n-0S6_WzA2Mj');
    assert.deepEqual(id['cognito:groups'], [`${server.poolId}_Google`]);
    const [identity] = id.identities as any[];
    assert.deepEqual(
      { ...identity, dateCreated: undefined },
      {
        userId: String(id['cognito:username']).slice('google_'.length),
        providerName: 'Google',
        providerType: 'Google',
        issuer: null,
        primary: 'true',
        dateCreated: undefined,
      },
    );
    const access = decode(tokens.access_token);
    assert.equal(access.scope, 'openid email profile aws.cognito.signin.user.admin');
    assert.equal(access.username, id['cognito:username']);
  });

  it('refuses a wrong verifier, a missing one, a reused code and a foreign redirect_uri with invalid_grant', async () => {
    const wrong = await codeFrom();
    assert.deepEqual((await exchange(server, wrong.code, pkce().verifier)).json, { error: 'invalid_grant' });
    const missing = await codeFrom();
    assert.deepEqual((await exchange(server, missing.code)).json, { error: 'invalid_grant' });
    const good = await codeFrom();
    assert.equal((await exchange(server, good.code, good.verifier)).status, 200);
    const reused = await exchange(server, good.code, good.verifier);
    assert.equal(reused.status, 400);
    assert.deepEqual(reused.json, { error: 'invalid_grant' });
    const other = await codeFrom();
    const elsewhere = await exchange(server, other.code, other.verifier, { redirect_uri: `${CALLBACK}/other` });
    assert.deepEqual(elsewhere.json, { error: 'invalid_grant' });
  });

  it('refuses a code older than 5 minutes (server clock) with invalid_grant', async () => {
    const late = await codeFrom();
    await advanceClock(server, 5 * 60_000 + 1000);
    assert.deepEqual((await exchange(server, late.code, late.verifier)).json, { error: 'invalid_grant' });
  });

  it('refuses an unknown client, an unknown grant type and a body that is not a form', async () => {
    const { code, verifier } = await codeFrom();
    assert.deepEqual((await exchange(server, code, verifier, { client_id: 'nope' })).json, { error: 'invalid_client' });
    const grant = await https(server, 'POST', '/oauth2/token', {
      form: { grant_type: 'password', client_id: server.clientId },
    });
    assert.deepEqual(grant.json, { error: 'unsupported_grant_type' });
    const json = await https(server, 'POST', '/oauth2/token', { headers: { 'content-type': 'application/json' } });
    assert.deepEqual(json.json, { error: 'invalid_request' });
  });

  it('refreshes with refresh_token, keeping the scope, until the token is revoked', async () => {
    const tokens = await tokensFor();
    const refresh = () =>
      https(server, 'POST', '/oauth2/token', {
        form: { grant_type: 'refresh_token', client_id: server.clientId, refresh_token: tokens.refresh_token },
      });
    const fresh = await refresh();
    assert.equal(fresh.status, 200);
    assert.equal(fresh.json.refresh_token, undefined);
    assert.equal(decode(fresh.json.access_token).scope, decode(tokens.access_token).scope);
    assert.deepEqual(decode(fresh.json.id_token).identities, decode(tokens.id_token).identities);
    const revoked = await https(server, 'POST', '/oauth2/revoke', {
      form: { token: tokens.refresh_token, client_id: server.clientId },
    });
    assert.equal(revoked.status, 200);
    assert.deepEqual((await refresh()).json, { error: 'invalid_grant' });
  });

  it('takes a fault queued under its name in /_faults', async () => {
    const queued = await fetch(`${server.url}_faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ operation: 'oauth2/token', status: 503 }),
    });
    assert.equal(queued.status, 200);
    const { code, verifier } = await codeFrom();
    const failed = await exchange(server, code, verifier);
    assert.equal(failed.status, 503);
    assert.deepEqual(failed.json, { error: 'server_error' });
  });

  it('answers the browser preflight with CORS, as apps call it from their own origin', async () => {
    const answer = await https(server, 'OPTIONS', '/oauth2/token', {
      headers: { origin: 'http://localhost:8000', 'access-control-request-headers': 'content-type,x-amz-user-agent' },
    });
    assert.equal(answer.status, 204);
    assert.equal(answer.headers['access-control-allow-origin'], '*');
    assert.match(String(answer.headers['access-control-allow-headers']), /x-amz-user-agent/);
  });
});

describe('hosted UI: /oauth2/userInfo and /oauth2/revoke', () => {
  useHostedUI((started) => (server = started));

  it('userInfo shows the attributes the scopes allow', async () => {
    const tokens = await tokensFor();
    const info = await https(server, 'GET', '/oauth2/userInfo', {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    assert.equal(info.status, 200);
    assert.equal(info.json.email, 'jane.doe@example.com');
    assert.equal(info.json.username, decode(tokens.access_token).username);
    assert.equal(info.json.sub, decode(tokens.id_token).sub);
    const narrow = await tokensFor('Google', undefined, { scope: 'openid' });
    const less = await https(server, 'GET', '/oauth2/userInfo', {
      headers: { authorization: `Bearer ${narrow.access_token}` },
    });
    assert.deepEqual(Object.keys(less.json).sort(), ['sub', 'username']);
    assert.equal(narrow.id_token !== undefined, true);
  });

  it('userInfo refuses a missing, forged or expired token with 401 invalid_token', async () => {
    const tokens = await tokensFor();
    for (const authorization of [undefined, 'Bearer forged', `Bearer ${tokens.id_token}`]) {
      const answer = await https(server, 'GET', '/oauth2/userInfo', {
        headers: authorization ? { authorization } : {},
      });
      assert.equal(answer.status, 401, String(authorization));
      assert.equal(answer.json.error, 'invalid_token');
      assert.match(String(answer.headers['www-authenticate']), /^Bearer error="invalid_token"/);
    }
    await advanceClock(server, 3601_000);
    const expired = await https(server, 'GET', '/oauth2/userInfo', {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    assert.equal(expired.status, 401);
  });

  it('revoke refuses an access token, a missing token and an unknown client', async () => {
    const tokens = await tokensFor();
    const form = (extra: Record<string, string>) =>
      https(server, 'POST', '/oauth2/revoke', { form: { client_id: server.clientId, ...extra } });
    assert.deepEqual((await form({ token: tokens.access_token })).json, { error: 'unsupported_token_type' });
    assert.deepEqual((await form({})).json, { error: 'invalid_request' });
    assert.deepEqual((await form({ token: tokens.refresh_token, client_id: 'nope' })).json, {
      error: 'invalid_client',
    });
  });
});

describe('hosted UI: federated users', () => {
  useHostedUI((started) => (server = started));

  it('creates <provider>_<subject> with status EXTERNAL_PROVIDER and mapped attributes; the same identity finds it again', async () => {
    const first = decode((await tokensFor('Google', { account: 'aiko.tanaka@example.net' })).id_token);
    const [user] = (await users()).filter((u) => u.username.startsWith('google_'));
    assert.equal(user.username, first['cognito:username']);
    assert.equal(user.status, 'EXTERNAL_PROVIDER');
    assert.equal(user.attributes.email, 'aiko.tanaka@example.net');
    assert.equal(user.attributes.given_name, 'Aiko');
    assert.equal(JSON.parse(user.attributes.identities)[0].providerName, 'Google');
    const second = decode((await tokensFor('Google', { email: 'Aiko.Tanaka@example.net' })).id_token);
    assert.equal(second['cognito:username'], first['cognito:username']);
    assert.equal(second.sub, first.sub);
    assert.equal((await users()).filter((u) => u.username.startsWith('google_')).length, 1);
  });

  it('names users by provider: each provider, and a custom OIDC one, makes its own user', async () => {
    const names: string[] = [];
    for (const provider of ['Facebook', 'SignInWithApple', 'LoginWithAmazon', 'AcmeSSO']) {
      names.push(decode((await tokensFor(provider)).access_token).username);
    }
    assert.match(names[0], /^facebook_10\d{14}$/);
    assert.match(names[1], /^signinwithapple_000\d{3}\.[0-9a-f]{32}\.\d{4}$/);
    assert.match(names[2], /^loginwithamazon_amzn1\.account\.[A-Z0-9]+$/);
    assert.match(names[3], /^acmesso_[0-9a-f]{32}$/);
    const acme = decode((await tokensFor('AcmeSSO')).id_token).identities[0];
    assert.equal(acme.providerType, 'OIDC');
    assert.match(acme.issuer, /^https:\/\//);
  });

  it('a federated user has no password; its OAuth access token works with the admin scope only', async () => {
    const tokens = await tokensFor();
    const username = decode(tokens.access_token).username;
    const password = await call(server, 'InitiateAuth', {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: server.clientId,
      AuthParameters: { USERNAME: username, PASSWORD: 'Passw0rd!' },
    });
    assert.equal(password.body.__type, 'NotAuthorizedException');
    const getUser = await call(server, 'GetUser', { AccessToken: tokens.access_token });
    assert.equal(getUser.status, 200);
    assert.equal(getUser.body.Username, username);
    const narrow = await tokensFor('Google', undefined, { scope: 'openid email' });
    const refused = await call(server, 'GetUser', { AccessToken: narrow.access_token });
    assert.equal(refused.body.__type, 'NotAuthorizedException');
    assert.match(refused.body.message, /required scopes/);
  });
});
