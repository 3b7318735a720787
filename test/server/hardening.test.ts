/**
 * The local server runs on developers' machines next to their browsers: what an attacker's page or a guessing
 * client must not get from it. Each test failed on the server before its fix.
 */
import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';

import type { RunningCognitoServer } from 'local-cognito';
import { Expiring, MAX_ENTRIES } from '../../packages/local-cognito/src/oauth/store.js';
import { MAX_SESSIONS, SessionStore } from '../../packages/local-cognito/src/store/sessions.js';
import { call, poolPath, reset, startAndConfigure } from './helpers.js';

const SIGV4 =
  'AWS4-HMAC-SHA256 Credential=local/20261204/us-east-1/cognito-idp/aws4_request, ' +
  `SignedHeaders=host;x-amz-date;x-amz-target, Signature=${'a'.repeat(64)}`;

/** A raw call with extra headers (Origin, Authorization). */
async function raw(server: RunningCognitoServer, operation: string, body: unknown, headers: Record<string, string>) {
  const res = await fetch(server.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
      ...headers,
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json(), headers: res.headers };
}

const passwordAuth = (server: RunningCognitoServer, username: string, password: string) =>
  call(server, 'InitiateAuth', {
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: server.clientId,
    AuthParameters: { USERNAME: username, PASSWORD: password },
  });

describe('admin operations (demo pool)', () => {
  let server: RunningCognitoServer;
  before(async () => (server = await startAndConfigure()));
  after(() => server.close());
  afterEach(() => reset(server));

  it('want a SigV4-shaped Authorization header, as AWS does', async () => {
    const unsigned = await raw(server, 'ListUsers', { UserPoolId: server.poolId }, {});
    assert.equal(unsigned.status, 400);
    assert.equal(unsigned.body.__type, 'MissingAuthenticationTokenException');
    assert.equal(unsigned.body.Users, undefined);
    const signed = await raw(server, 'ListUsers', { UserPoolId: server.poolId }, { authorization: SIGV4 });
    assert.equal(signed.status, 200);
    assert.ok(signed.body.Users.length > 0);
  });

  it('answer no page of a foreign origin: its ListUsers and AdminSetUserPassword are refused', async () => {
    const evil = { origin: 'http://attacker.example', authorization: SIGV4 };
    const listed = await raw(server, 'ListUsers', { UserPoolId: server.poolId }, evil);
    assert.equal(listed.status, 403);
    assert.equal(listed.body.Users, undefined);
    const set = await raw(
      server,
      'AdminSetUserPassword',
      { UserPoolId: server.poolId, Username: 'alice@example.com', Password: 'Pwn3d-by-a-page!', Permanent: true },
      evil,
    );
    assert.equal(set.status, 403);
    assert.equal((await passwordAuth(server, 'alice@example.com', 'Pwn3d-by-a-page!')).status, 400);
    assert.equal((await passwordAuth(server, 'alice@example.com', 'Passw0rd!')).status, 200, 'password unchanged');
  });
});

describe('lockout (demo pool)', () => {
  let server: RunningCognitoServer;
  before(async () => (server = await startAndConfigure()));
  after(() => server.close());
  afterEach(() => reset(server));

  it('30 wrong passwords sent at once lock the user: the right one then gets no tokens', async () => {
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => passwordAuth(server, 'alice@example.com', `Wrong-${i}-Passw0rd!`)),
    );
    assert.ok(answers.every((a) => a.body.__type === 'NotAuthorizedException'));
    const exceeded = answers.filter((a) => a.body.message === 'Password attempts exceeded').length;
    assert.ok(exceeded >= 25, `at most the first five were checked (${30 - exceeded} were)`);
    const right = await passwordAuth(server, 'alice@example.com', 'Passw0rd!');
    assert.equal(right.body.message, 'Password attempts exceeded');
    assert.equal(right.body.AuthenticationResult, undefined);
  });

  it('wrong passwordless codes count: five sign-ins with a wrong email code lock the user', async () => {
    const startCode = () =>
      call(server, 'InitiateAuth', {
        AuthFlow: 'USER_AUTH',
        ClientId: server.clientId,
        AuthParameters: { USERNAME: 'passwordless@example.com', PREFERRED_CHALLENGE: 'EMAIL_OTP' },
      });
    const answer = (session: string, code: string) =>
      call(server, 'RespondToAuthChallenge', {
        ChallengeName: 'EMAIL_OTP',
        ClientId: server.clientId,
        Session: session,
        ChallengeResponses: { USERNAME: 'passwordless@example.com', EMAIL_OTP_CODE: code },
      });
    for (let i = 0; i < 5; i++) {
      const started = await startCode();
      assert.equal(started.body.ChallengeName, 'EMAIL_OTP', JSON.stringify(started.body));
      assert.equal((await answer(started.body.Session, '00000000')).body.__type, 'CodeMismatchException');
    }
    const started = await startCode();
    const outbox = (await (await fetch(`${server.url}_outbox`)).json()) as { to: string; code: string }[];
    const code = outbox.filter((m) => m.to === 'passwordless@example.com').at(-1)!.code;
    const locked = await answer(started.body.Session, code);
    assert.equal(locked.body.message, 'Password attempts exceeded', 'even the right code, while locked');
  });
});

describe('unknown users when existence errors are prevented (client-password-only pool)', () => {
  let server: RunningCognitoServer;
  before(async () => (server = await startAndConfigure({ pool: poolPath('client-password-only') })));
  after(() => server.close());
  afterEach(() => reset(server));

  /** Milliseconds of a wrong-password answer, the median of five. */
  async function answerTime(username: string): Promise<number> {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      await passwordAuth(server, username, `Wrong-${i}-Passw0rd!`);
      times.push(performance.now() - start);
      await reset(server); // no lockout between them
    }
    return times.sort((a, b) => a - b)[2];
  }

  it('take as long to answer as a real user (the password hash is computed)', async () => {
    await answerTime('nobody@example.com'); // the first one makes the decoy hash
    const known = await answerTime('ada@example.com');
    const unknown = await answerTime('nobody@example.com');
    assert.ok(unknown > known * 0.4, `unknown ${unknown.toFixed(1)} ms vs known ${known.toFixed(1)} ms`);
  });

  it('get the same answers, the lockout message included', async () => {
    const messages = async (username: string) => {
      const out: string[] = [];
      for (let i = 0; i < 7; i++) {
        const { body } = await passwordAuth(server, username, `Wrong-${i}-Passw0rd!`);
        out.push(`${body.__type}: ${body.message}`);
      }
      return out;
    };
    const known = await messages('ada@example.com');
    assert.ok(known.includes('NotAuthorizedException: Password attempts exceeded'));
    assert.deepEqual(await messages('nobody@example.com'), known);
  });
});

describe('linear checks (demo pool)', () => {
  let server: RunningCognitoServer;
  before(async () => (server = await startAndConfigure()));
  after(() => server.close());
  afterEach(() => reset(server));

  it('an email of 24 k characters in MFA setup is refused at once, and the server keeps answering', async () => {
    const started = await passwordAuth(server, 'setup-email@example.com', 'Passw0rd!');
    assert.equal(started.body.ChallengeName, 'MFA_SETUP', JSON.stringify(started.body));
    const start = performance.now();
    const answer = await call(server, 'RespondToAuthChallenge', {
      ChallengeName: 'MFA_SETUP',
      ClientId: server.clientId,
      Session: started.body.Session,
      ChallengeResponses: { USERNAME: 'setup-email@example.com', EMAIL: `a@${'.'.repeat(24_000)}@` },
    });
    const ms = performance.now() - start;
    assert.equal(answer.body.message, 'Invalid email address format.');
    // The quadratic check took 2.3 s on this value (and blocked every other request meanwhile).
    assert.ok(ms < 1000, `answered in ${ms.toFixed(0)} ms`);
  });
});

describe('SRP_A (demo pool)', () => {
  let server: RunningCognitoServer;
  before(async () => (server = await startAndConfigure()));
  after(() => server.close());

  const srpAuth = (srpA: string) =>
    call(server, 'InitiateAuth', {
      AuthFlow: 'USER_SRP_AUTH',
      ClientId: server.clientId,
      AuthParameters: { USERNAME: 'alice@example.com', SRP_A: srpA },
    });

  it('refuses a value longer than 1024 hex digits (a megabyte was accepted and kept), and 0 mod N', async () => {
    for (const srpA of ['f'.repeat(1_000_000), `1${'0'.repeat(1024)}`]) {
      const answer = await srpAuth(srpA);
      assert.equal(answer.body.__type, 'InvalidParameterException', `${srpA.length} digits`);
      assert.equal(answer.body.Session, undefined);
    }
    assert.equal((await srpAuth('0')).body.__type, 'InvalidParameterException');
    assert.equal((await srpAuth('abcdef')).body.ChallengeName, 'PASSWORD_VERIFIER', 'a short valid A is fine');
  });
});

describe('expired sessions are freed, and the stores are bounded', () => {
  it('sign-in sessions: expired ones go as new ones start; at most MAX_SESSIONS', () => {
    let now = 0;
    const store = new SessionStore(() => now, 1000);
    const start = () =>
      store.start({ username: 'u', flow: 'USER_SRP_AUTH', passwordVerified: false }, {
        challenge: 'SELECT_CHALLENGE',
      } as never);
    for (let i = 0; i < 500; i++) start();
    now += 1001;
    start();
    assert.equal(store.size, 1, 'the 500 expired sessions were freed');
    for (let i = 0; i < MAX_SESSIONS + 50; i++) start();
    assert.equal(store.size, MAX_SESSIONS);
  });

  it("the hosted UI's requests, codes and sessions alike", () => {
    let now = 0;
    const store = new Expiring<number>(() => now, 1000);
    for (let i = 0; i < 500; i++) store.add(i);
    now += 1001;
    store.add(0);
    assert.equal(store.size, 1);
    for (let i = 0; i < MAX_ENTRIES + 50; i++) store.add(i);
    assert.equal(store.size, MAX_ENTRIES);
  });
});
