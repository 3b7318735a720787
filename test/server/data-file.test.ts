/** The data file keeps signed-up users across restarts without their passwords (SRP verifier and scrypt hash only). */
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signIn, signOut } from 'aws-amplify/auth';

import { startCognitoServer, type RunningCognitoServer } from '../../packages/local-cognito/src/index.js';
import { CLIENT_ID } from '../../packages/local-cognito/src/seed.js';
import { call, lastCode, startAndConfigure } from './helpers.js';

const USERNAME = 'dora@example.com';
const SECRET = 'D0ra-Data-File!';

function passwordAuth(server: RunningCognitoServer, username: string, password: string) {
  return call(server, 'InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: CLIENT_ID,
    AuthParameters: { USERNAME: username, PASSWORD: password },
  });
}

describe('data file', () => {
  let dir: string;
  let dataFile: string;
  const running: RunningCognitoServer[] = [];
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cognito-data-'));
  });
  afterEach(async () => {
    await signOut().catch(() => undefined);
    await Promise.all(running.splice(0).map((server) => server.close()));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('holds no password; a restarted server checks it by SRP and by USER_PASSWORD_AUTH', async () => {
    dataFile = join(dir, 'signed-up.json');
    const first = await startCognitoServer({ port: 0, dataFile });
    running.push(first);
    assert.equal(
      (await call(first, 'SignUp', { ClientId: CLIENT_ID, Username: USERNAME, Password: SECRET })).status,
      200,
    );
    const code = await lastCode(first, USERNAME);
    const confirmed = await call(first, 'ConfirmSignUp', {
      ClientId: CLIENT_ID,
      Username: USERNAME,
      ConfirmationCode: code,
    });
    assert.equal(confirmed.status, 200);
    await first.close();
    running.pop();

    const text = readFileSync(dataFile, 'utf8');
    assert.ok(!text.includes(SECRET), 'the password is not in the data file');
    const [stored] = JSON.parse(text).users;
    assert.deepEqual(Object.keys(stored.credentials).sort(), ['hash', 'srpSalt', 'srpVerifier']);
    assert.match(stored.credentials.hash, /^scrypt\$/);

    const second = await startAndConfigure({ dataFile });
    running.push(second);
    assert.equal((await signIn({ username: USERNAME, password: SECRET })).isSignedIn, true, 'SRP');
    await signOut();
    await assert.rejects(signIn({ username: USERNAME, password: 'Wr0ng-Password!' }), {
      name: 'NotAuthorizedException',
    });
    assert.ok((await passwordAuth(second, USERNAME, SECRET)).body.AuthenticationResult, 'USER_PASSWORD_AUTH');
    assert.equal((await passwordAuth(second, USERNAME, 'Wr0ng-Password!')).body.__type, 'NotAuthorizedException');
  });

  it('rewrites a file with plaintext passwords (written by older servers) without them; the password still works', async () => {
    dataFile = join(dir, 'legacy.json');
    const legacyUser = {
      username: 'old@example.com',
      sub: '5e7c3f0e-8f3c-4a6e-9d55-1c2b3a4d5e6f',
      password: 'Old-Passw0rd!',
      status: 'CONFIRMED',
      attributes: { email: 'old@example.com', email_verified: 'true' },
      createdAt: 0,
    };
    writeFileSync(dataFile, JSON.stringify({ users: [legacyUser], passkeys: {} }));
    const server = await startAndConfigure({ dataFile });
    running.push(server);
    assert.ok(!readFileSync(dataFile, 'utf8').includes('Old-Passw0rd!'), 'the plaintext password is gone');
    assert.equal((await signIn({ username: 'old@example.com', password: 'Old-Passw0rd!' })).isSignedIn, true);
    assert.ok((await passwordAuth(server, 'old@example.com', 'Old-Passw0rd!')).body.AuthenticationResult);
  });
});
