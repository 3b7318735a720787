/**
 * The pool file's `CustomAuth` (what the custom-auth Lambda triggers would ask) through the real Amplify JS v6
 * client: a question with its public parameters, the stand-in CAPTCHA, challenges per user and in rounds.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { confirmSignIn, getCurrentUser, signIn, signOut } from 'aws-amplify/auth';

import { loadPool } from '../../packages/local-cognito/src/config/load.js';
import { CAPTCHA_USER, CUSTOM_QUESTION, errorOf, POOL_PASSWORD, poolFile, useAmplifyServer } from './helpers.js';

const CUSTOM = { options: { authFlowType: 'CUSTOM_WITHOUT_SRP' as const } };
type Info = Record<string, string>;

async function challengeOf(out: Awaited<ReturnType<typeof signIn>>): Promise<Info> {
  assert.equal(out.nextStep.signInStep, 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE');
  return (out.nextStep as { additionalInfo: Info }).additionalInfo;
}

/** The stand-in CAPTCHA's answer, computed from its public parameters only. */
const solve = (info: Info) => String(Number(info.a) + Number(info.b));

const pool = {
  ...poolFile('gen2-default'),
  CustomAuth: {
    Challenges: [
      { Type: 'CAPTCHA', Parameters: { hint: 'Add the two numbers' }, Users: ['totp@example.com'] },
      { Type: 'QUESTION', Parameters: { question: 'Capital of France?', topic: 'geography' }, Answer: 'Paris' },
      { Type: 'CAPTCHA' },
    ],
  },
};

describe('custom auth from the pool file (CustomAuth.Challenges)', () => {
  useAmplifyServer(() => undefined, { pool });

  it('asks every challenge that names no user, in order: the question with its parameters, then a CAPTCHA', async () => {
    const question = await challengeOf(await signIn({ username: 'ada@example.com', ...CUSTOM }));
    assert.equal(question.question, 'Capital of France?');
    assert.equal(question.topic, 'geography');
    const captcha = await challengeOf(await confirmSignIn({ challengeResponse: 'Paris' }));
    assert.equal(captcha.captcha, 'sum');
    assert.match(captcha.a, /^\d\d$/);
    assert.match(captcha.b, /^\d\d$/);
    assert.equal((await confirmSignIn({ challengeResponse: solve(captcha) })).isSignedIn, true);
  });

  it('a user a challenge names gets only the challenges naming them; a wrong answer gets the same puzzle', async () => {
    const captcha = await challengeOf(await signIn({ username: 'totp@example.com', ...CUSTOM }));
    assert.equal(captcha.hint, 'Add the two numbers');
    const again = await challengeOf(await confirmSignIn({ challengeResponse: `${Number(solve(captcha)) + 1}` }));
    assert.deepEqual(again, captcha);
    assert.equal((await confirmSignIn({ challengeResponse: solve(again) })).isSignedIn, true);
    assert.ok((await getCurrentUser()).signInDetails?.loginId === 'totp@example.com');
  });

  it('the third wrong answer ends the sign-in, as with the question', async () => {
    await signIn({
      username: 'totp@example.com',
      password: POOL_PASSWORD,
      options: { authFlowType: 'CUSTOM_WITH_SRP' },
    });
    await confirmSignIn({ challengeResponse: '1' });
    await confirmSignIn({ challengeResponse: '2' });
    const error = await errorOf(confirmSignIn({ challengeResponse: '3' }));
    assert.deepEqual([error.name, error.message], ['NotAuthorizedException', 'Incorrect answer.']);
  });
});

describe('custom auth: the demo pool and pool files without CustomAuth', () => {
  useAmplifyServer(() => undefined);

  it(`the demo pool gives ${CAPTCHA_USER} the CAPTCHA and everyone else "${CUSTOM_QUESTION}"`, async () => {
    const captcha = await challengeOf(await signIn({ username: CAPTCHA_USER, ...CUSTOM }));
    assert.equal(captcha.captcha, 'sum');
    assert.equal((await confirmSignIn({ challengeResponse: solve(captcha) })).isSignedIn, true);
    await signOut();
    const question = await challengeOf(await signIn({ username: 'custom@example.com', ...CUSTOM }));
    assert.equal(question.question, CUSTOM_QUESTION);
  });

  it('a pool file without CustomAuth asks the default question', () => {
    const { settings } = loadPool({ pool: poolFile('gen2-default') });
    assert.deepEqual(settings.customChallenges, [
      { type: 'QUESTION', parameters: { question: CUSTOM_QUESTION }, answer: '4' },
    ]);
  });

  it('a CustomAuth the server cannot run is refused at start, naming the entry', () => {
    const load = (challenges: unknown) => () =>
      loadPool({ pool: { ...poolFile('gen2-default'), CustomAuth: { Challenges: challenges } } });
    assert.throws(load([]), /CustomAuth.Challenges must list at least one challenge/);
    assert.throws(load([{ Type: 'QUESTION', Parameters: { question: 'x' } }]), /\[0\]: a QUESTION needs its Answer/);
    assert.throws(load([{ Type: 'CAPTCHA' }, { Type: 'PUZZLE' }]), /\[1\]: Type must be QUESTION or CAPTCHA/);
    assert.throws(load([{ Type: 'CAPTCHA', Users: 'ada' }]), /Users must be a list/);
  });
});
