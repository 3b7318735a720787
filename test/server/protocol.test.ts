/** Raw protocol checks: errors, CORS, test routes, JWTs, rate limits, sign-up and password reset. */
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { JwtRsaVerifier } from 'aws-jwt-verify';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';

import { startCognitoServer, type RunningCognitoServer } from '../../packages/local-cognito/src/index.js';
import { CLIENT_ID, POOL_ID } from '../../packages/local-cognito/src/seed.js';
import { PASSWORD, advanceClock, call, control, documented, lastCode, outbox, reset, otherCode } from './helpers.js';

let server: RunningCognitoServer;

async function passwordAuth(username: string, password = PASSWORD) {
  return call(server, 'InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: CLIENT_ID,
    AuthParameters: { USERNAME: username, PASSWORD: password },
  });
}

describe('protocol', () => {
  before(async () => {
    server = await startCognitoServer({ port: 0 });
  });
  after(async () => {
    await server.close();
  });
  afterEach(async () => {
    await reset(server);
  });

  it('runs the pool and client that server/README.md documents, on a localhost url', () => {
    assert.equal(server.poolId, documented('pool'));
    assert.equal(server.clientId, documented('client'));
    assert.equal(POOL_ID, server.poolId);
    assert.equal(server.url, `http://localhost:${server.port}/`);
  });

  it('answers a CORS preflight and puts CORS headers on errors', async () => {
    const pre = await fetch(server.url, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:8000',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-amz-target,x-amz-user-agent',
      },
    });
    assert.ok(pre.status === 204 || pre.status === 200);
    assert.equal(pre.headers.get('access-control-allow-origin'), '*');
    const allowed = pre.headers.get('access-control-allow-headers')!;
    for (const h of [
      'content-type',
      'x-amz-target',
      'x-amz-user-agent',
      'cache-control',
      'amz-sdk-invocation-id',
      'amz-sdk-request',
      'authorization',
    ])
      assert.ok(allowed.includes(h), h);
    assert.match(pre.headers.get('access-control-allow-methods')!, /POST/);
    const err = await passwordAuth('alice@example.com', 'nope');
    assert.equal(err.headers.get('access-control-allow-origin'), '*');
    assert.match(err.headers.get('access-control-expose-headers')!, /x-amzn-errortype/);
    const outboxRes = await fetch(`${server.url}_outbox`, { headers: { origin: 'http://localhost:8000' } });
    assert.equal(
      outboxRes.headers.get('access-control-allow-origin'),
      'http://localhost:8000',
      "the demo's origin only",
    );
  });

  it('rejects malformed requests with a __type, never crashing', async () => {
    let r = await call(server, 'InitiateAuth', '{not json');
    assert.equal(r.status, 400);
    assert.equal(r.body.__type, 'SerializationException');
    assert.equal(r.headers.get('content-type'), 'application/x-amz-json-1.1');
    r = await call(server, 'InitiateAuth', '[1,2]');
    assert.equal(r.body.__type, 'SerializationException');
    r = await call(server, 'NoSuchOperation', {});
    assert.equal(r.status, 400);
    assert.ok(['UnsupportedOperationException', 'UnknownOperationException'].includes(r.body.__type));
    const noTarget = await fetch(server.url, { method: 'POST', body: '{}' });
    assert.equal(noTarget.status, 400);
    assert.equal(((await noTarget.json()) as any).__type, 'UnknownOperationException');
    r = await call(server, 'InitiateAuth', {
      AuthFlow: 'USER_SRP_AUTH',
      ClientId: CLIENT_ID,
      AuthParameters: { USERNAME: 'alice@example.com' },
    });
    assert.equal(r.body.__type, 'InvalidParameterException');
    r = await call(server, 'InitiateAuth', { AuthFlow: 'USER_SRP_AUTH', ClientId: 'other', AuthParameters: {} });
    assert.equal(r.body.__type, 'ResourceNotFoundException');
    r = await call(server, 'InitiateAuth', {
      AuthFlow: 'USER_SRP_AUTH',
      ClientId: CLIENT_ID,
      AuthParameters: { USERNAME: 'alice@example.com', SRP_A: 'zz' },
    });
    assert.equal(r.body.__type, 'InvalidParameterException');
    r = await call(server, 'InitiateAuth', {
      AuthFlow: 'USER_SRP_AUTH',
      ClientId: CLIENT_ID,
      AuthParameters: { USERNAME: 'alice@example.com', SRP_A: '0' },
    });
    assert.equal(r.body.__type, 'InvalidParameterException');
    r = await call(server, 'RespondToAuthChallenge', {
      ChallengeName: 'SMS_MFA',
      ClientId: CLIENT_ID,
      Session: 'bogus',
      ChallengeResponses: {},
    });
    assert.equal(r.body.__type, 'NotAuthorizedException');
    r = await call(server, 'GetUser', { AccessToken: 'not.a.jwt' });
    assert.equal(r.body.__type, 'NotAuthorizedException');
    r = await call(server, 'GetUser', { AccessToken: 42 });
    assert.equal(r.body.__type, 'InvalidParameterException');
    r = await call(server, 'InitiateAuth', { AuthFlow: 'NOPE', ClientId: CLIENT_ID, AuthParameters: {} });
    assert.equal(r.body.__type, 'InvalidParameterException');
    r = await call(server, 'RespondToAuthChallenge', {
      ChallengeName: 'DEVICE_SRP_AUTH',
      ClientId: CLIENT_ID,
      Session: 'x',
      ChallengeResponses: {},
    });
    assert.equal(r.body.__type, 'NotAuthorizedException');
  });

  it('issues RS256 tokens verifiable against the JWKS with aws-jwt-verify', async () => {
    const r = await passwordAuth('alice@example.com');
    assert.equal(r.status, 200);
    const result = r.body.AuthenticationResult;
    assert.equal(result.ExpiresIn, 3600);
    assert.equal(result.TokenType, 'Bearer');
    assert.ok(result.RefreshToken);
    const issuer = `http://localhost:${server.port}/${POOL_ID}`;
    const jwksUri = `${issuer}/.well-known/jwks.json`;
    // aws-jwt-verify's default fetcher only speaks https: give it a plain-fetch one (the JWKS still comes from the server).
    const jwksCache = new SimpleJwksCache({
      fetcher: { fetch: async (uri: string) => (await fetch(uri)).arrayBuffer() },
    });
    const idVerifier = JwtRsaVerifier.create({ issuer, audience: CLIENT_ID, jwksUri }, { jwksCache });
    const id = await idVerifier.verify(result.IdToken);
    assert.equal(id.token_use, 'id');
    assert.equal(id['cognito:username'], 'alice@example.com');
    assert.equal(id.email, 'alice@example.com');
    assert.equal(id.email_verified, true);
    assert.ok(id.sub && id.auth_time && id.jti && id.origin_jti);
    const accessVerifier = JwtRsaVerifier.create({ issuer, audience: null, jwksUri }, { jwksCache });
    const access = await accessVerifier.verify(result.AccessToken);
    assert.equal(access.token_use, 'access');
    assert.equal(access.client_id, CLIENT_ID);
    assert.equal(access.username, 'alice@example.com');
    assert.equal(access.scope, 'aws.cognito.signin.user.admin');
    assert.equal(access.sub, id.sub);

    const user = await call(server, 'GetUser', { AccessToken: result.AccessToken });
    assert.equal(user.body.Username, 'alice@example.com');
    assert.ok(user.body.UserAttributes.some((a: any) => a.Name === 'sub' && a.Value === id.sub));

    const refreshed = await call(server, 'GetTokensFromRefreshToken', {
      ClientId: CLIENT_ID,
      RefreshToken: result.RefreshToken,
    });
    assert.equal(refreshed.status, 200);
    await accessVerifier.verify(refreshed.body.AuthenticationResult.AccessToken);
    const legacy = await call(server, 'InitiateAuth', {
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      ClientId: CLIENT_ID,
      AuthParameters: { REFRESH_TOKEN: result.RefreshToken },
    });
    assert.ok(legacy.body.AuthenticationResult.IdToken);

    assert.equal((await call(server, 'GlobalSignOut', { AccessToken: result.AccessToken })).status, 200);
    assert.equal(
      (await call(server, 'GetUser', { AccessToken: result.AccessToken })).body.__type,
      'NotAuthorizedException',
    );
    const afterSignOut = await call(server, 'GetTokensFromRefreshToken', {
      ClientId: CLIENT_ID,
      RefreshToken: result.RefreshToken,
    });
    assert.equal(afterSignOut.body.__type, 'NotAuthorizedException');
  });

  it('RevokeToken revokes the refresh token and its access tokens', async () => {
    const { AuthenticationResult: t } = (await passwordAuth('alice@example.com')).body;
    assert.equal((await call(server, 'RevokeToken', { ClientId: CLIENT_ID, Token: t.RefreshToken })).status, 200);
    assert.equal(
      (await call(server, 'GetTokensFromRefreshToken', { ClientId: CLIENT_ID, RefreshToken: t.RefreshToken })).body
        .__type,
      'NotAuthorizedException',
    );
    assert.equal((await call(server, 'GetUser', { AccessToken: t.AccessToken })).body.__type, 'NotAuthorizedException');
  });

  it('access tokens expire after an hour (clock)', async () => {
    const { AuthenticationResult: t } = (await passwordAuth('alice@example.com')).body;
    await advanceClock(server, 3601_000);
    const r = await call(server, 'GetUser', { AccessToken: t.AccessToken });
    assert.equal(r.body.__type, 'NotAuthorizedException');
    assert.match(r.body.message, /expired/);
  });

  it('records requests and injects faults', async () => {
    await reset(server);
    await passwordAuth('alice@example.com');
    await call(server, 'GetUser', { AccessToken: 'x' });
    let log = await (await fetch(`${server.url}_requests`)).json();
    assert.deepEqual(log, ['InitiateAuth', 'GetUser']);

    let f = await control(server, '_faults', { operation: 'InitiateAuth', status: 500, times: 2 });
    assert.equal(f.status, 200);
    let r = await passwordAuth('alice@example.com');
    assert.equal(r.status, 500);
    assert.equal(r.body.__type, 'InternalErrorException');
    assert.equal((await passwordAuth('alice@example.com')).status, 500);
    assert.equal((await passwordAuth('alice@example.com')).status, 200);

    await control(server, '_faults', { operation: 'InitiateAuth', errorType: 'TooManyRequestsException' });
    r = await passwordAuth('alice@example.com');
    assert.equal(r.status, 400);
    assert.equal(r.body.__type, 'TooManyRequestsException');

    await control(server, '_faults', { operation: 'InitiateAuth', delayMs: 300 });
    const t0 = Date.now();
    r = await passwordAuth('alice@example.com');
    assert.ok(Date.now() - t0 >= 280);
    assert.equal(r.status, 200);

    await control(server, '_faults', { operation: 'InitiateAuth', status: 503, times: 5 });
    f = await fetch(`${server.url}_faults`, { method: 'DELETE' });
    assert.equal(f.status, 200);
    assert.equal((await passwordAuth('alice@example.com')).status, 200);

    log = await (await fetch(`${server.url}_requests`)).json();
    assert.equal(log.length, 8);
    await reset(server);
    assert.deepEqual(await (await fetch(`${server.url}_requests`)).json(), []);
  });

  it('limits code requests: the sixth ForgotPassword in an hour is LimitExceededException', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await call(server, 'ForgotPassword', { ClientId: CLIENT_ID, Username: 'alice@example.com' });
      assert.equal(r.status, 200, JSON.stringify(r.body));
    }
    const r = await call(server, 'ForgotPassword', { ClientId: CLIENT_ID, Username: 'alice@example.com' });
    assert.equal(r.body.__type, 'LimitExceededException');
    await advanceClock(server, 3600_000 + 1000);
    assert.equal(
      (await call(server, 'ForgotPassword', { ClientId: CLIENT_ID, Username: 'alice@example.com' })).status,
      200,
    );
  });

  it('password reset: ForgotPassword, old code rejected after a resend, ConfirmForgotPassword', async () => {
    const confirmReset = (code: string, password: string) =>
      call(server, 'ConfirmForgotPassword', {
        ClientId: CLIENT_ID,
        Username: 'reset@example.com',
        ConfirmationCode: code,
        Password: password,
      });
    let r = await call(server, 'ForgotPassword', { ClientId: CLIENT_ID, Username: 'reset@example.com' });
    assert.deepEqual(r.body.CodeDeliveryDetails, {
      Destination: 'r***@e***',
      DeliveryMedium: 'EMAIL',
      AttributeName: 'email',
    });
    const first = await lastCode(server, 'reset@example.com');
    await call(server, 'ForgotPassword', { ClientId: CLIENT_ID, Username: 'reset@example.com' });
    const second = await lastCode(server, 'reset@example.com');
    if (first !== second) {
      r = await confirmReset(first, 'N3wPassw0rd!');
      assert.equal(r.body.__type, 'CodeMismatchException');
    }
    r = await confirmReset(second, 'weak');
    assert.equal(r.body.__type, 'InvalidPasswordException');
    r = await confirmReset(second, 'N3wPassw0rd!');
    assert.equal(r.status, 200);
    assert.equal((await passwordAuth('reset@example.com', 'N3wPassw0rd!')).status, 200);
    r = await call(server, 'ForgotPassword', { ClientId: CLIENT_ID, Username: 'ghost@example.com' });
    assert.equal(r.body.__type, 'UserNotFoundException');
  });

  it('a reset code lives one hour: ExpiredCodeException after it', async () => {
    await call(server, 'ForgotPassword', { ClientId: CLIENT_ID, Username: 'alice@example.com' });
    const code = await lastCode(server, 'alice@example.com');
    await advanceClock(server, 60 * 60_000 + 1000);
    const r = await call(server, 'ConfirmForgotPassword', {
      ClientId: CLIENT_ID,
      Username: 'alice@example.com',
      ConfirmationCode: code,
      Password: 'N3wPassw0rd!',
    });
    assert.equal(r.body.__type, 'ExpiredCodeException');
  });

  it('sign-up, resend, confirm, then USER_AUTH with the confirmation Session signs in', async () => {
    let r = await call(server, 'SignUp', { ClientId: CLIENT_ID, Username: 'bob@example.com', Password: 'weak' });
    assert.equal(r.body.__type, 'InvalidPasswordException');
    r = await call(server, 'SignUp', {
      ClientId: CLIENT_ID,
      Username: 'bob@example.com',
      Password: 'B0bPassw0rd!',
      UserAttributes: [{ Name: 'email', Value: 'bob@example.com' }],
    });
    assert.equal(r.status, 200);
    assert.equal(r.body.UserConfirmed, false);
    assert.ok(r.body.UserSub);
    assert.deepEqual(r.body.CodeDeliveryDetails, {
      Destination: 'b***@e***',
      DeliveryMedium: 'EMAIL',
      AttributeName: 'email',
    });
    r = await call(server, 'SignUp', { ClientId: CLIENT_ID, Username: 'bob@example.com', Password: 'B0bPassw0rd!' });
    assert.equal(r.body.__type, 'UsernameExistsException');
    assert.equal((await passwordAuth('bob@example.com', 'B0bPassw0rd!')).body.__type, 'UserNotConfirmedException');
    const first = await lastCode(server, 'bob@example.com');
    r = await call(server, 'ResendConfirmationCode', { ClientId: CLIENT_ID, Username: 'bob@example.com' });
    assert.equal(r.body.CodeDeliveryDetails.DeliveryMedium, 'EMAIL');
    const second = await lastCode(server, 'bob@example.com');
    if (first !== second) {
      r = await call(server, 'ConfirmSignUp', {
        ClientId: CLIENT_ID,
        Username: 'bob@example.com',
        ConfirmationCode: first,
      });
      assert.equal(r.body.__type, 'CodeMismatchException');
    }
    r = await call(server, 'ConfirmSignUp', {
      ClientId: CLIENT_ID,
      Username: 'bob@example.com',
      ConfirmationCode: second,
    });
    assert.equal(r.status, 200);
    assert.ok(r.body.Session);
    const auto = await call(server, 'InitiateAuth', {
      AuthFlow: 'USER_AUTH',
      ClientId: CLIENT_ID,
      Session: r.body.Session,
      AuthParameters: { USERNAME: 'bob@example.com' },
    });
    assert.ok(auto.body.AuthenticationResult?.AccessToken);
    assert.equal((await passwordAuth('bob@example.com', 'B0bPassw0rd!')).status, 200);
    r = await call(server, 'ResendConfirmationCode', { ClientId: CLIENT_ID, Username: 'bob@example.com' });
    assert.equal(r.body.__type, 'InvalidParameterException');
  });

  it('a confirmation code lives 24 hours: ExpiredCodeException after it; resend limit applies', async () => {
    await call(server, 'ResendConfirmationCode', { ClientId: CLIENT_ID, Username: 'unconfirmed@example.com' });
    const code = await lastCode(server, 'unconfirmed@example.com');
    await advanceClock(server, 24 * 60 * 60_000 + 1000);
    let r = await call(server, 'ConfirmSignUp', {
      ClientId: CLIENT_ID,
      Username: 'unconfirmed@example.com',
      ConfirmationCode: code,
    });
    assert.equal(r.body.__type, 'ExpiredCodeException');
    r = await call(server, 'ConfirmSignUp', {
      ClientId: CLIENT_ID,
      Username: 'unconfirmed@example.com',
      ConfirmationCode: otherCode(code),
    });
    assert.equal(r.body.__type, 'CodeMismatchException');
    // The first resend was a day ago: five more in this hour, then the limit.
    for (let i = 0; i < 5; i++)
      await call(server, 'ResendConfirmationCode', { ClientId: CLIENT_ID, Username: 'unconfirmed@example.com' });
    r = await call(server, 'ResendConfirmationCode', { ClientId: CLIENT_ID, Username: 'unconfirmed@example.com' });
    assert.equal(r.body.__type, 'LimitExceededException');
  });

  it('outbox entries have the documented shape; /_users lists users', async () => {
    await call(server, 'ForgotPassword', { ClientId: CLIENT_ID, Username: 'alice@example.com' });
    const [entry] = await outbox(server);
    assert.deepEqual(Object.keys(entry).sort(), ['code', 'medium', 'message', 'sentAt', 'to']);
    assert.equal(entry.medium, 'EMAIL');
    assert.ok(!Number.isNaN(Date.parse(entry.sentAt)));
    const users = (await (await fetch(`${server.url}_users`)).json()) as any[];
    assert.ok(users.some((u) => u.username === 'passkey@example.com'));
  });

  it('SetUserMFAPreference and GetUser MFA fields', async () => {
    const { AuthenticationResult: t } = (await passwordAuth('alice@example.com')).body;
    let r = await call(server, 'SetUserMFAPreference', {
      AccessToken: t.AccessToken,
      EmailMfaSettings: { Enabled: true, PreferredMfa: true },
    });
    assert.equal(r.status, 200);
    r = await call(server, 'GetUser', { AccessToken: t.AccessToken });
    assert.deepEqual(r.body.UserMFASettingList, ['EMAIL_OTP']);
    assert.equal(r.body.PreferredMfaSetting, 'EMAIL_OTP');
    r = await call(server, 'SetUserMFAPreference', {
      AccessToken: t.AccessToken,
      SoftwareTokenMfaSettings: { Enabled: true },
    });
    assert.equal(r.body.__type, 'InvalidParameterException');
    r = await passwordAuth('alice@example.com');
    assert.equal(r.body.ChallengeName, 'EMAIL_OTP');
  });
});
