/**
 * The axe audit of every step, shared by Chromium (`accessibility.test.ts`, each condition emulated per page) and
 * Firefox (`accessibility-firefox.test.ts`, launched once per colour mode with preferences): the conditions, the
 * audit, and the journeys that reach every step.
 */
import { Admin } from '../support/admin.js';
import { axeViolations, type Condition } from './axe.js';
import { PASSWORD, TEMP_PASSWORD, type E2E, type PageOptions, type Widget } from './harness.js';

export { NARROW, type Condition } from './axe.js';

/** axe on the widget in each condition; every violation, named with the step and the condition. */
export async function audit(w: Widget, conditions: Condition[]): Promise<string[]> {
  const step = await w.step();
  await w.idle();
  return axeViolations(w.page, 'auth-sign-in', step, conditions);
}

/** How a journey opens a page (Chromium also listens for its form hints) and audits the step shown. */
export interface Journey {
  e2e: E2E;
  open(options?: PageOptions): Promise<Widget>;
  audit(w: Widget): Promise<string[]>;
}

/** SIGN_IN, the SMS code (and its error), DONE, RESET_PASSWORD, CONFIRM_RESET_PASSWORD. */
export async function signInAndReset({ e2e, open, audit }: Journey): Promise<string[]> {
  const w = await open();
  const violations = await audit(w);
  await w.signIn('sms@example.com', PASSWORD);
  await w.waitForStep('CONFIRM_SIGN_IN_WITH_SMS_CODE');
  violations.push(...(await audit(w)));
  await w.type('code', '000000');
  await w.submit();
  await w.waitForAlert();
  violations.push(...(await audit(w)));
  await w.enterCode(await e2e.latestCode('+15555550100'));
  await w.waitForStep('DONE');
  violations.push(...(await audit(w)));
  await w.action('sign-out');
  await w.waitForStep('SIGN_IN');
  await w.action('forgot-password');
  await w.waitForStep('RESET_PASSWORD');
  violations.push(...(await audit(w)));
  await w.type('username', 'alice@example.com');
  await w.submit();
  await w.waitForStep('CONFIRM_RESET_PASSWORD');
  violations.push(...(await audit(w)));
  return violations;
}

/** TOTP setup, MFA selection, new password, email setup, confirm sign-up: each from a sign-in. */
export async function stepsAfterPassword({ open, audit }: Journey): Promise<string[]> {
  const violations: string[] = [];
  const reach: Array<[string, string, string]> = [
    ['setup-totp@example.com', PASSWORD, 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP'],
    ['choose@example.com', PASSWORD, 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION'],
    ['new@example.com', TEMP_PASSWORD, 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED'],
    ['setup-email@example.com', PASSWORD, 'CONTINUE_SIGN_IN_WITH_EMAIL_SETUP'],
    ['unconfirmed@example.com', PASSWORD, 'CONFIRM_SIGN_UP'],
  ];
  for (const [username, password, step] of reach) {
    const w = await open();
    await w.signIn(username, password);
    await w.waitForStep(step);
    violations.push(...(await audit(w)));
  }
  return violations;
}

/** SIGN_UP (with an error at a field), then VERIFY_CONTACT: the choice, then the code. */
export async function signUpAndVerifyContact({ e2e, open, audit }: Journey): Promise<string[]> {
  const { poolId, clientId } = e2e.cognito;
  const config = {
    version: '1.4',
    auth: {
      aws_region: 'us-east-1',
      user_pool_id: poolId,
      user_pool_client_id: clientId,
      username_attributes: ['email'],
      standard_required_attributes: ['email', 'name', 'phone_number'],
      user_verification_types: ['email'],
      password_policy: { min_length: 8, require_numbers: true },
    },
  };
  const w = await open({ config: JSON.stringify(config) });
  await w.waitForStep('SIGN_IN');
  await w.action('sign-up');
  await w.waitForStep('SIGN_UP');
  const violations = await audit(w);
  await w.type('email', 'alice@example.com');
  await w.type('name', 'Alice');
  await w.type('phone_number', '555');
  await w.submit();
  await w.idle();
  violations.push(...(await audit(w)));
  // alice, her email no longer verified: VERIFY_CONTACT after the sign-in.
  await new Admin(e2e.cognito.url, poolId).setAttributes('alice@example.com', { email_verified: 'false' });
  const v = await open({ config: JSON.stringify(config) });
  await v.signIn('alice@example.com', PASSWORD);
  await v.waitForStep('VERIFY_CONTACT');
  violations.push(...(await audit(v)));
  await v.choose('email');
  await v.page.waitForSelector('auth-sign-in input[name=code]');
  await v.idle();
  violations.push(...(await audit(v)));
  return violations;
}

/** The first-factor choice and the custom challenge. */
export async function choiceAndCustomChallenge({ open, audit }: Journey): Promise<string[]> {
  const violations: string[] = [];
  const choice = await open({ 'auth-flow-type': 'USER_AUTH' });
  await choice.signIn('passwordless@example.com');
  await choice.waitForStep('CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION');
  violations.push(...(await audit(choice)));
  const custom = await open({ 'auth-flow-type': 'CUSTOM_WITHOUT_SRP' });
  await custom.signIn('custom@example.com');
  await custom.waitForStep('CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE');
  violations.push(...(await audit(custom)));
  return violations;
}

/** Every journey, named as the tests name them. */
export const JOURNEYS: Array<[string, (journey: Journey) => Promise<string[]>]> = [
  ['sign-in, SMS code (with an error), DONE; reset password', signInAndReset],
  ['TOTP setup, MFA selection, new password, email setup, confirm sign-up', stepsAfterPassword],
  ['sign-up (with an error at a field) and contact verification (the choice, then the code)', signUpAndVerifyContact],
  ['first-factor selection and the custom challenge', choiceAndCustomChallenge],
];
