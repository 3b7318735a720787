/**
 * A standing fuzz test: a scripted Cognito answers the built widget in Chromium with seeded random and malformed
 * responses (garbage JSON, HTML, truncated bodies, odd error names, 4xx/5xx, resets, unknown challenges, huge
 * strings). Each case must end with no uncaught page error, no widget left busy, and a way back to SIGN_IN. Then
 * every corrupted pending record must start on a usable SIGN_IN.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HTTPRequest } from 'puppeteer-core';
import { en } from '../../src/messages/en.js';
import { CORRUPTED_RECORDS } from '../support/corrupted-records.js';
import { useE2E, type Widget } from './harness.js';

const e2e = useE2E();
const CASES = 220;
const SEED = 20261202;
/** Time one case may take before it counts as a stuck widget. */
const CASE_BOUND_MS = 8000;

/** mulberry32: a small seeded generator, so a failing case can be replayed by its number. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Answer = { status: number; body: string } | 'abort';

const ERROR_NAMES = [
  'NotAuthorizedException',
  'CodeMismatchException',
  'InternalErrorException',
  'TooManyRequestsException',
  '__proto__',
  'constructor',
  'toString',
  'com.amazonaws#Weird',
  '',
];
const SMS_CHALLENGE = {
  ChallengeName: 'SMS_MFA',
  Session: 'session',
  ChallengeParameters: {
    CODE_DELIVERY_DESTINATION: '+*******0100',
    CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS',
    USER_ID_FOR_SRP: 'user',
  },
};

/** One answer of the scripted Cognito, drawn from `next`. */
function answer(next: () => number): Answer {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const long = () => 'x'.repeat(Math.floor(next() * 20_000));
  const kinds: Array<() => Answer> = [
    () => ({ status: 200, body: JSON.stringify(SMS_CHALLENGE) }),
    () => ({
      status: 200,
      body: JSON.stringify({
        ...SMS_CHALLENGE,
        ChallengeName: pick(['NEW_FANCY', '__proto__', 'CUSTOM_CHALLENGE', 'SELECT_MFA_TYPE']),
      }),
    }),
    () => ({
      status: 200,
      body: JSON.stringify({ ChallengeName: 'SMS_MFA', ChallengeParameters: { CODE_DELIVERY_DESTINATION: long() } }),
    }),
    () => ({
      status: 200,
      body: JSON.stringify({ AuthenticationResult: { AccessToken: 'a.b.c', IdToken: '{}', RefreshToken: 'r' } }),
    }),
    () => ({
      status: 200,
      body: JSON.stringify({ [pick(['x', '__proto__', 'ChallengeName'])]: pick([null, 1, [], {}, 'y']) }),
    }),
    () => ({ status: 200, body: '<html><body>Gateway says hello</body></html>' }),
    () => ({ status: 200, body: '{"ChallengeName":"SMS_' }),
    () => ({ status: 200, body: '' }),
    () => ({
      status: pick([400, 401, 403, 404, 409, 429]),
      body: JSON.stringify({ __type: pick(ERROR_NAMES), message: pick(['Injected fault', long(), '']) }),
    }),
    () => ({
      status: pick([500, 502, 503, 504]),
      body: pick(['', 'Internal error', JSON.stringify({ __type: 'InternalErrorException' })]),
    }),
    () => ({ status: 400, body: pick(['not json', '{"__type":', JSON.stringify([1, 2, 3])]) }),
    () => 'abort',
  ];
  return pick(kinds)();
}

/** Answers every Cognito call of the page from `next`, after a short random delay. */
async function scriptCognito(w: Widget, next: () => number) {
  await w.page.setRequestInterception(true);
  const cognito = new URL(e2e.cognito.url).origin;
  w.page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    if (!request.url().startsWith(cognito)) return void request.continue();
    if (request.method() === 'OPTIONS') {
      return void request.respond({
        status: 204,
        headers: {
          'access-control-allow-origin': '*',
          'access-control-allow-headers': '*',
          'access-control-allow-methods': 'POST',
        },
      });
    }
    const reply = answer(next);
    const delay = Math.floor(next() * 150);
    setTimeout(() => {
      if (reply === 'abort') return void request.abort('connectionreset').catch(() => undefined);
      void request
        .respond({
          status: reply.status,
          contentType: 'application/x-amz-json-1.1',
          headers: { 'access-control-allow-origin': '*' },
          body: reply.body,
        })
        .catch(() => undefined);
    }, delay);
  });
}

/** Waits, within the case's bound, until no call is under way; false if the widget stays busy. */
async function settles(w: Widget): Promise<boolean> {
  try {
    await w.page.waitForFunction(
      () =>
        !document.querySelector('auth-sign-in [aria-busy=true]') &&
        document.querySelector('auth-sign-in')?.getAttribute('step'),
      { timeout: CASE_BOUND_MS, polling: 50 },
    );
    return true;
  } catch {
    return false;
  }
}

/** Every text the widget may show, as a pattern: anything else shown is text from outside (server English, a stack). */
const CATALOG_TEXT = Object.values(en).map(
  (text) => new RegExp(`^${text.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{\w+\\?\}/g, '.*')}$`, 's'),
);
const fromCatalog = (text: string) => !text || CATALOG_TEXT.some((pattern) => pattern.test(text));

/** Back to SIGN_IN the way a user would: the back button, or already there. */
async function backToSignIn(w: Widget): Promise<boolean> {
  if ((await w.step()) !== 'SIGN_IN') {
    if (!(await w.has('[data-action=back-to-sign-in]'))) return false;
    await w.action('back-to-sign-in');
  }
  try {
    await w.waitForStep('SIGN_IN', CASE_BOUND_MS);
    return true;
  } catch {
    return false;
  }
}

describe('fuzz', () => {
  it(`${CASES} seeded malformed Cognito answers: no page error, never stuck busy, always a way back to SIGN_IN`, async () => {
    const next = random(SEED);
    const w = await e2e.open({ 'auth-flow-type': 'USER_PASSWORD_AUTH' });
    await scriptCognito(w, next);
    const failures: string[] = [];
    for (let index = 0; index < CASES && failures.length < 5; index++) {
      await w.type('username', `fuzz${index}@example.com`);
      if (await w.has('input[name=password]')) await w.type('password', 'Passw0rd!');
      await w.submit();
      if (!(await settles(w))) failures.push(`case ${index}: busy after sign-in`);
      else if ((await w.step()) === 'CONFIRM_SIGN_IN_WITH_SMS_CODE') {
        await w.type('code', '123456');
        await w.submit();
        if (!(await settles(w))) failures.push(`case ${index}: busy after the code`);
      }
      const alert = await w.alertText();
      if (!alert.split(' | ').every(fromCatalog))
        failures.push(`case ${index}: outside text shown: ${alert.slice(0, 120)}`);
      if ((await w.step()) === 'DONE') {
        await w.action('sign-out');
        await settles(w);
      }
      if (!(await backToSignIn(w))) failures.push(`case ${index}: no way back from ${await w.step()}`);
    }
    assert.deepEqual(failures, []);
  });

  it(`each of the ${CORRUPTED_RECORDS.length} corrupted pending records starts on a usable SIGN_IN`, async () => {
    const w = await e2e.open();
    const found: string[] = [];
    for (const [what, value] of CORRUPTED_RECORDS) {
      const text = what === 'not JSON' ? String(value) : JSON.stringify(value);
      await w.page.evaluate((record) => sessionStorage.setItem('auth-sign-in:pending', record), text);
      await w.page.reload();
      await w.ready();
      const step = await w.step();
      const usable = await w.has('input[name=username]');
      if (step !== 'SIGN_IN' || !usable) found.push(`${what}: ${step}, form ${usable ? 'usable' : 'missing'}`);
    }
    assert.deepEqual(found, []);
  });
});
