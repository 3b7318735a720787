/**
 * Setting a pool up as a developer does: seeding users with the AWS SDK's admin operations against the local
 * endpoint, an amplify_outputs.json instead of a pool file, the start-up warning, a restart with the data file.
 */
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  AdminGetUserCommand,
  AdminSetUserMFAPreferenceCommand,
  AdminSetUserPasswordCommand,
  AdminUpdateUserAttributesCommand,
  CognitoIdentityProviderClient,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  ListUsersCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { Amplify } from 'aws-amplify';
import { confirmSignIn, getCurrentUser, signIn, signOut } from 'aws-amplify/auth';

import { startCognitoServer, type RunningCognitoServer } from '../../packages/local-cognito/src/index.js';
import { advanceClock, call, errorOf, poolFile, poolPath, POOL_PASSWORD, reset, startAndConfigure } from './helpers.js';

const UUID = /^[0-9a-f-]{36}$/;

describe('admin operations with @aws-sdk/client-cognito-identity-provider (gen2-default pool)', () => {
  let server: RunningCognitoServer;
  let admin: CognitoIdentityProviderClient;
  const UserPoolId = 'us-east-1_Gen2Dflt';
  before(async () => {
    server = await startAndConfigure({ pool: poolPath('gen2-default') });
    admin = new CognitoIdentityProviderClient({
      region: 'us-east-1',
      endpoint: server.url,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
  });
  after(() => server.close());
  afterEach(async () => {
    await signOut().catch(() => undefined);
    await reset(server);
  });

  it('AdminCreateUser with a temporary password: the user chooses one at the first sign-in', async () => {
    const { User } = await admin.send(
      new AdminCreateUserCommand({
        UserPoolId,
        Username: 'grace@example.com',
        TemporaryPassword: 'Temp0rary!',
        MessageAction: 'SUPPRESS',
        UserAttributes: [
          { Name: 'email', Value: 'grace@example.com' },
          { Name: 'email_verified', Value: 'true' },
        ],
      }),
    );
    assert.match(User!.Username!, UUID);
    assert.equal(User!.UserStatus, 'FORCE_CHANGE_PASSWORD');
    const out = await signIn({ username: 'grace@example.com', password: 'Temp0rary!' });
    assert.equal(out.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED');
    assert.equal((await confirmSignIn({ challengeResponse: 'N3wPassw0rd!' })).isSignedIn, true);
    assert.equal((await getCurrentUser()).username, User!.Username);
  });

  it('AdminSetUserPassword (permanent), AdminGetUser and ListUsers by email, attributes, MFA, delete', async () => {
    await admin.send(
      new AdminCreateUserCommand({
        UserPoolId,
        Username: 'hopper@example.com',
        MessageAction: 'SUPPRESS',
        UserAttributes: [{ Name: 'email', Value: 'hopper@example.com' }],
      }),
    );
    await admin.send(
      new AdminSetUserPasswordCommand({
        UserPoolId,
        Username: 'hopper@example.com',
        Password: 'Gr4cePassw0rd!',
        Permanent: true,
      }),
    );
    await admin.send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId,
        Username: 'hopper@example.com',
        UserAttributes: [
          { Name: 'email_verified', Value: 'true' },
          { Name: 'given_name', Value: 'Grace' },
        ],
      }),
    );
    const got = await admin.send(new AdminGetUserCommand({ UserPoolId, Username: 'hopper@example.com' }));
    assert.equal(got.UserStatus, 'CONFIRMED');
    assert.ok(got.UserAttributes!.some((a) => a.Name === 'given_name' && a.Value === 'Grace'));
    const listed = await admin.send(new ListUsersCommand({ UserPoolId, Filter: 'email = "hopper@example.com"' }));
    assert.deepEqual(
      listed.Users!.map((user) => user.Username),
      [got.Username],
    );
    const weak = await errorOf(
      admin.send(
        new AdminSetUserPasswordCommand({
          UserPoolId,
          Username: 'hopper@example.com',
          Password: 'weak',
          Permanent: true,
        }),
      ),
    );
    assert.equal(weak.name, 'InvalidPasswordException');
    assert.equal((await signIn({ username: 'hopper@example.com', password: 'Gr4cePassw0rd!' })).isSignedIn, true);
    await signOut();

    await admin.send(
      new AdminSetUserMFAPreferenceCommand({
        UserPoolId,
        Username: 'totp@example.com',
        SoftwareTokenMfaSettings: { Enabled: false, PreferredMfa: false },
      }),
    );
    assert.equal((await signIn({ username: 'totp@example.com', password: POOL_PASSWORD })).isSignedIn, true);
    await signOut();

    await admin.send(new AdminDeleteUserCommand({ UserPoolId, Username: 'hopper@example.com' }));
    const gone = await errorOf(admin.send(new AdminGetUserCommand({ UserPoolId, Username: 'hopper@example.com' })));
    assert.equal(gone.name, 'UserNotFoundException');
  });

  it('DescribeUserPool and DescribeUserPoolClient answer the pool file; another pool id is not found', async () => {
    const { UserPool } = await admin.send(new DescribeUserPoolCommand({ UserPoolId }));
    assert.deepEqual(UserPool!.UsernameAttributes, ['email']);
    const { UserPoolClient } = await admin.send(
      new DescribeUserPoolClientCommand({ UserPoolId, ClientId: server.clientId }),
    );
    assert.equal(UserPoolClient!.PreventUserExistenceErrors, 'ENABLED');
    const other = await errorOf(admin.send(new DescribeUserPoolCommand({ UserPoolId: 'us-east-1_Other' })));
    assert.equal(other.name, 'ResourceNotFoundException');
  });
});

describe('pool sources', () => {
  it('an amplify_outputs.json gives the pool its username attributes, policy, MFA and passwordless factors', async () => {
    const server = await startCognitoServer({
      port: 0,
      outputs: {
        version: '1.4',
        auth: {
          aws_region: 'us-east-1',
          user_pool_id: 'us-east-1_FromOutputs',
          user_pool_client_id: 'outputsclient0000000000000',
          username_attributes: ['email'],
          standard_required_attributes: ['email'],
          user_verification_types: ['email'],
          mfa_configuration: 'OPTIONAL',
          mfa_methods: ['TOTP'],
          password_policy: { min_length: 10, require_numbers: true },
          passwordless: { email_otp_enabled: true },
        },
      },
    });
    try {
      assert.equal(server.poolId, 'us-east-1_FromOutputs');
      assert.match(server.warning ?? '', /amplify_outputs\.json does not hold the app client/);
      const short = await call(server, 'SignUp', {
        ClientId: server.clientId,
        Username: 'x@example.com',
        Password: 'abc12345',
      });
      assert.equal(short.body.message, 'Password did not conform with policy: Password not long enough');
      const ok = await call(server, 'SignUp', {
        ClientId: server.clientId,
        Username: 'x@example.com',
        Password: 'abcdefgh12',
      });
      assert.match(ok.body.UserSub, UUID);
      const select = await call(server, 'InitiateAuth', {
        AuthFlow: 'USER_AUTH',
        ClientId: server.clientId,
        AuthParameters: { USERNAME: 'nobody@example.com' },
      });
      assert.deepEqual(select.body.AvailableChallenges, ['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP']);
    } finally {
      await server.close();
    }
  });

  it("ID tokens carry groups and custom attributes; refresh tokens end with the client's RefreshTokenValidity", async () => {
    const file = poolFile('gen2-default');
    file.UserPoolClient.RefreshTokenValidity = 2;
    file.UserPoolClient.TokenValidityUnits = { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'hours' };
    file.Users = [
      {
        Password: POOL_PASSWORD,
        Attributes: [
          { Name: 'email', Value: 'ada@example.com' },
          { Name: 'email_verified', Value: 'true' },
          { Name: 'custom:team', Value: 'engines' },
        ],
        Groups: ['admins'],
      },
    ];
    file.UserPoolClient.ExplicitAuthFlows = ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];
    const server = await startCognitoServer({ port: 0, pool: file });
    try {
      const signedIn = await call(server, 'InitiateAuth', {
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: server.clientId,
        AuthParameters: { USERNAME: 'ada@example.com', PASSWORD: POOL_PASSWORD },
      });
      const result = signedIn.body.AuthenticationResult;
      const claims = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
      const id = claims(result.IdToken);
      assert.deepEqual(id['cognito:groups'], ['admins']);
      assert.equal(id['custom:team'], 'engines');
      assert.equal(id.email_verified, true);
      assert.deepEqual(claims(result.AccessToken)['cognito:groups'], ['admins']);
      const refresh = () =>
        call(server, 'GetTokensFromRefreshToken', { ClientId: server.clientId, RefreshToken: result.RefreshToken });
      await advanceClock(server, 2 * 3600_000 - 60_000);
      assert.ok((await refresh()).body.AuthenticationResult?.AccessToken, 'valid for two hours');
      await advanceClock(server, 61_000);
      assert.deepEqual((await refresh()).body, {
        __type: 'NotAuthorizedException',
        message: 'Refresh Token has expired',
      });
    } finally {
      await server.close();
    }
  });

  it('names every setting it does not model in one warning', async () => {
    const file = poolFile('gen2-default');
    file.UserPool.LambdaConfig = { PreSignUp: 'arn:aws:lambda:us-east-1:123456789012:function:pre' };
    file.UserPool.UserAttributeUpdateSettings = { AttributesRequireVerificationBeforeUpdate: ['email'] };
    file.UserPoolClient.ClientSecret = 'secret';
    const server = await startCognitoServer({ port: 0, pool: file });
    try {
      const warning = server.warning ?? '';
      assert.equal(warning.split('\n').length, 1, warning);
      for (const name of [
        'UserPool.LambdaConfig',
        'UserPool.UserAttributeUpdateSettings',
        'UserPoolClient.ClientSecret',
      ])
        assert.ok(warning.includes(name), name);
      assert.doesNotMatch(warning, /AccountRecoverySetting|ExplicitAuthFlows|DeviceConfiguration/);
    } finally {
      await server.close();
    }
  });

  it('a restart with the data file keeps the signing key: tokens issued before still work', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pools-'));
    const dataFile = join(dir, 'data.json');
    try {
      let server = await startCognitoServer({ port: 0, dataFile, pool: poolPath('gen2-default') });
      Amplify.configure({
        Auth: {
          Cognito: { userPoolId: server.poolId, userPoolClientId: server.clientId, userPoolEndpoint: server.url },
        },
      });
      await signIn({ username: 'ada@example.com', password: POOL_PASSWORD });
      const { tokens } = await (await import('aws-amplify/auth')).fetchAuthSession();
      const port = server.port;
      await server.close();
      server = await startCognitoServer({ port, dataFile, pool: poolPath('gen2-default') });
      const user = await call(server, 'GetUser', { AccessToken: tokens!.accessToken.toString() });
      assert.equal(user.status, 200, JSON.stringify(user.body));
      await signOut();
      await server.close();
      // The same file with another pool: nothing of the first pool comes along.
      server = await startCognitoServer({ port: 0, dataFile });
      const other = await call(server, 'GetUser', { AccessToken: tokens!.accessToken.toString() });
      assert.equal(other.body.__type, 'NotAuthorizedException');
      await server.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
