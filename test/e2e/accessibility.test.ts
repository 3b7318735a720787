/**
 * Every step audited with axe (WCAG 2.0/2.1/2.2 A and AA) in light, dark, forced colours and 320 px wide, and
 * no autofill hint from Chromium ("[DOM] Password forms should have (optionally hidden) username fields", …).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { Admin } from '../support/admin.js';
import { axeViolations } from './axe.js';
import { PASSWORD, TEMP_PASSWORD, useE2E, type Widget } from './harness.js';

const e2e = useE2E();
/**
 * Chromium's autofill and form hints: the `[DOM] …` console lines and the form issues DevTools lists (a label
 * for no field, a duplicate id, an empty or wrong autocomplete, …). Headless Chromium has no password manager, so
 * "Password forms should have (optionally hidden) username fields" is checked in the unit tests instead.
 */
async function collectDomHints(page: Page): Promise<string[]> {
  const hints: string[] = [];
  page.on('console', (message) => {
    if (message.text().startsWith('[DOM]')) hints.push(message.text());
  });
  const session = await page.createCDPSession();
  await session.send('Log.enable');
  await session.send('Audits.enable');
  session.on('Log.entryAdded', ({ entry }) => {
    if (entry.text.startsWith('[DOM]')) hints.push(entry.text);
  });
  session.on('Audits.issueAdded', ({ issue }) => {
    const type = issue.details.genericIssueDetails?.errorType ?? '';
    if (issue.code === 'GenericIssue' && type.startsWith('Form')) hints.push(type);
  });
  return hints;
}

/** axe on the widget in each condition; every violation, named with the step and the condition. */
async function audit(w: Widget): Promise<string[]> {
  const step = await w.step();
  await w.idle();
  return axeViolations(w.page, 'auth-sign-in', step);
}

describe('accessibility of every step', () => {
  it('sign-in, SMS code (with an error), DONE; reset password', async () => {
    const w = await e2e.open();
    const hints = await collectDomHints(w.page);
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
    assert.deepEqual(violations, []);
    assert.deepEqual(hints, []);
  });

  it('TOTP setup, MFA selection, new password, email setup, confirm sign-up', async () => {
    const violations: string[] = [];
    const hints: string[] = [];
    const reach: Array<[string, string, string]> = [
      ['setup-totp@example.com', PASSWORD, 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP'],
      ['choose@example.com', PASSWORD, 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION'],
      ['new@example.com', TEMP_PASSWORD, 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED'],
      ['setup-email@example.com', PASSWORD, 'CONTINUE_SIGN_IN_WITH_EMAIL_SETUP'],
      ['unconfirmed@example.com', PASSWORD, 'CONFIRM_SIGN_UP'],
    ];
    for (const [username, password, step] of reach) {
      const w = await e2e.open();
      hints.push(...(await collectDomHints(w.page)));
      await w.signIn(username, password);
      await w.waitForStep(step);
      violations.push(...(await audit(w)));
    }
    assert.deepEqual(violations, []);
    assert.deepEqual(hints, []);
  });

  it('sign-up (with an error at a field) and contact verification (the choice, then the code)', async () => {
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
    const w = await e2e.open({ config: JSON.stringify(config) });
    const hints = await collectDomHints(w.page);
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
    const v = await e2e.open({ config: JSON.stringify(config) });
    await v.signIn('alice@example.com', PASSWORD);
    await v.waitForStep('VERIFY_CONTACT');
    violations.push(...(await audit(v)));
    await v.choose('email');
    await v.page.waitForSelector('auth-sign-in input[name=code]');
    await v.idle();
    violations.push(...(await audit(v)));
    assert.deepEqual(violations, []);
    assert.deepEqual(hints, []);
  });

  it('first-factor selection and the custom challenge', async () => {
    const violations: string[] = [];
    const choice = await e2e.open({ 'auth-flow-type': 'USER_AUTH' });
    await choice.signIn('passwordless@example.com');
    await choice.waitForStep('CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION');
    violations.push(...(await audit(choice)));
    const custom = await e2e.open({ 'auth-flow-type': 'CUSTOM_WITHOUT_SRP' });
    await custom.signIn('custom@example.com');
    await custom.waitForStep('CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE');
    violations.push(...(await audit(custom)));
    assert.deepEqual(violations, []);
  });

  it('right to left: Arabic sets dir, mirrors the layout and keeps the phone number readable', async () => {
    const w = await e2e.open({ lang: 'ar' });
    assert.equal(await w.page.$eval('auth-sign-in', (el) => el.getAttribute('dir')), 'rtl');
    await w.signIn('sms@example.com', PASSWORD);
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_SMS_CODE');
    const layout = await w.page.$eval('auth-sign-in', (el) => ({
      direction: getComputedStyle(el.querySelector('h2')!).direction,
      phone: el.querySelector('.auth-hint bdi')?.textContent,
      // Where "+" and the last digit are drawn: "+*******0100" reads left to right, "+" first.
      plusBeforeDigits: (() => {
        const text = [...el.querySelector('.auth-hint bdi')!.childNodes].find(
          (node) => node.nodeType === Node.TEXT_NODE,
        )!;
        const range = document.createRange();
        range.setStart(text, 0);
        range.setEnd(text, 1);
        const plus = range.getBoundingClientRect().left;
        range.setStart(text, text.textContent!.length - 1);
        range.setEnd(text, text.textContent!.length);
        return plus < range.getBoundingClientRect().left;
      })(),
      headingRight: el.querySelector('h2')!.getBoundingClientRect().right,
      formRight: el.querySelector('form')!.getBoundingClientRect().right,
    }));
    assert.equal(layout.direction, 'rtl');
    assert.equal(layout.phone, '+*******0100');
    assert.equal(layout.plusBeforeDigits, true, 'the number is drawn left to right');
    assert.ok(Math.abs(layout.headingRight - layout.formRight) < 2, 'the heading starts at the right edge');
    assert.deepEqual(await audit(w), []);
  });

  it('the audit fails on a planted violation (a field without a label)', async () => {
    const w = await e2e.open();
    await w.page.$eval('auth-sign-in form', (form) => form.append(document.createElement('input')));
    const violations = await audit(w);
    assert.ok(
      violations.some((violation) => violation.includes('label')),
      violations.join('\n'),
    );
  });
});
