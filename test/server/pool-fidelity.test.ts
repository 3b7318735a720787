/**
 * Pool files as users have them: a plain-username pool whose schema lists `sub` as required (as every real
 * `describe-user-pool` prints it) creates users through the AWS SDK and through SignUp; and refresh tokens outlive a
 * restart of the server with its data file, as Cognito keeps them for RefreshTokenValidity.
 */
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { fetchAuthSession, getCurrentUser, signIn, signOut } from 'aws-amplify/auth';

import type { RunningCognitoServer } from 'local-cognito';
import { call, reset, startAndConfigure } from './helpers.js';

const PLAIN_POOL = new URL('../pools/plain-username.json', import.meta.url).pathname;
const LEGACY_POOL = new URL('../pools/legacy-email-alias.json', import.meta.url).pathname;

const sdk = (server: RunningCognitoServer) =>
  new CognitoIdentityProviderClient({
    region: 'us-east-1',
    endpoint: server.url,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });

for (const [name, path] of [
  ['plain-username', PLAIN_POOL],
  ['legacy-email-alias', LEGACY_POOL],
] as const) {
  describe(`users of the ${name} pool (schema: sub and email required, no UsernameAttributes)`, () => {
    let server: RunningCognitoServer;
    before(async () => (server = await startAndConfigure({ pool: path })));
    after(() => server.close());
    afterEach(async () => {
      await signOut().catch(() => undefined);
      await reset(server);
    });

    it('AdminCreateUser with the Username alone creates the user, who then signs in', async () => {
      const admin = sdk(server);
      const { User } = await admin.send(
        new AdminCreateUserCommand({ UserPoolId: server.poolId, Username: 'grace', MessageAction: 'SUPPRESS' }),
      );
      assert.equal(User?.Username, 'grace');
      assert.match(User?.Attributes?.find((a) => a.Name === 'sub')?.Value ?? '', /^[0-9a-f-]{36}$/, 'sub assigned');
      await admin.send(
        new AdminSetUserPasswordCommand({
          UserPoolId: server.poolId,
          Username: 'grace',
          Password: 'Passw0rd!',
          Permanent: true,
        }),
      );
      const out = await signIn({ username: 'grace', password: 'Passw0rd!' });
      assert.equal(out.isSignedIn, true);
      assert.equal((await getCurrentUser()).username, 'grace');
    });

    it('SignUp asks for the email the schema requires, never for sub', async () => {
      const client = sdk(server);
      await assert.rejects(
        client.send(new SignUpCommand({ ClientId: server.clientId, Username: 'hopper', Password: 'Passw0rd!' })),
        /email: The attribute is required/,
      );
      const { UserConfirmed, UserSub } = await client.send(
        new SignUpCommand({
          ClientId: server.clientId,
          Username: 'hopper',
          Password: 'Passw0rd!',
          UserAttributes: [{ Name: 'email', Value: 'hopper@example.com' }],
        }),
      );
      assert.equal(UserConfirmed, false);
      assert.match(UserSub ?? '', /^[0-9a-f-]{36}$/);
    });
  });
}

describe('refresh tokens across a restart (data file)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'refresh-restart-'));
  const dataFile = join(dir, 'data.json');
  let server: RunningCognitoServer | undefined;
  after(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('an app signed in through Amplify refreshes its session after the server restarts', async () => {
    server = await startAndConfigure({ dataFile, port: 0 });
    const port = server.port;
    assert.equal((await signIn({ username: 'alice@example.com', password: 'Passw0rd!' })).isSignedIn, true);
    const before = (await fetchAuthSession()).tokens?.accessToken.toString();
    await server.close();
    server = await startAndConfigure({ dataFile, port });
    const after = await fetchAuthSession({ forceRefresh: true });
    assert.ok(after.tokens?.accessToken, 'the refresh answered new tokens');
    assert.notEqual(after.tokens.accessToken.toString(), before, 'a new access token');
    assert.ok((await getCurrentUser()).username, 'still signed in');
    await signOut();
    await server.close();
    server = undefined;
  });

  it('a refresh token issued before the restart still refreshes after it; the file holds no usable token', async () => {
    server = await startAndConfigure({ dataFile, port: 0 });
    const signedIn = await call(server, 'InitiateAuth', {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: server.clientId,
      AuthParameters: { USERNAME: 'alice@example.com', PASSWORD: 'Passw0rd!' },
    });
    const refreshToken = signedIn.body.AuthenticationResult.RefreshToken as string;
    assert.ok(refreshToken);
    const port = server.port;
    await server.close();
    assert.ok(!readFileSync(dataFile, 'utf8').includes(refreshToken), 'only a hash of the token is kept');
    server = await startAndConfigure({ dataFile, port });
    const refreshed = await call(server, 'InitiateAuth', {
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      ClientId: server.clientId,
      AuthParameters: { REFRESH_TOKEN: refreshToken },
    });
    assert.equal(refreshed.status, 200, JSON.stringify(refreshed.body));
    assert.ok(refreshed.body.AuthenticationResult.AccessToken);
    // Revoked, it stays revoked across the next restart.
    await call(server, 'RevokeToken', { ClientId: server.clientId, Token: refreshToken });
    await server.close();
    server = await startAndConfigure({ dataFile, port });
    const revoked = await call(server, 'InitiateAuth', {
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      ClientId: server.clientId,
      AuthParameters: { REFRESH_TOKEN: refreshToken },
    });
    assert.equal(revoked.body.__type, 'NotAuthorizedException');
  });
});
