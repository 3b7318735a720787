/** MFA set up during sign-in: TOTP (QR code, secret, otpauth link), the setup selection, email. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PASSWORD, totpCode, useE2E, type Widget } from './harness.js';

const e2e = useE2E();

/** On CONTINUE_SIGN_IN_WITH_TOTP_SETUP: checks the QR code, the secret and the link; returns the secret. */
async function readTotpSetup(w: Widget): Promise<string> {
  await w.waitForStep('CONTINUE_SIGN_IN_WITH_TOTP_SETUP');
  const qr = await w.page.waitForSelector('auth-sign-in svg.auth-qr[role=img]', { timeout: 10_000 });
  const { label, squares } = await qr!.evaluate((node) => ({
    label: node.getAttribute('aria-label') ?? '',
    squares: (node.querySelector('path')?.getAttribute('d') ?? '').split('M').length - 1,
  }));
  assert.ok(squares > 100, 'QR code drawn as inline SVG');
  assert.ok(label.trim(), 'QR code has a text alternative');
  const secret = (await w.text('[data-totp-secret]')).replace(/\s+/g, '');
  assert.match(secret, /^[A-Z2-7]{16,}=*$/, 'base32 secret as text');
  const href = await w.page.$eval('auth-sign-in a[href^="otpauth://"]', (a) => a.getAttribute('href')!);
  const uri = new URL(href);
  assert.equal(uri.protocol, 'otpauth:');
  assert.equal(uri.searchParams.get('secret'), secret, 'the link holds the shown secret');
  assert.ok(uri.searchParams.get('issuer'), 'the link names an issuer');
  return secret;
}

async function mfaOf(username: string) {
  const users = await e2e.call('GET', '_users');
  return users.find((u: any) => u.username === username).mfaEnabled as string[];
}

describe('MFA setup at sign-in', () => {
  it('setup-totp: QR code, secret and link; the code from the secret → DONE', async () => {
    const w = await e2e.open();
    await w.signIn('setup-totp@example.com', PASSWORD);
    const secret = await readTotpSetup(w);
    await w.enterCode(totpCode(secret));
    await w.expectSignedIn('setup-totp@example.com', [PASSWORD, secret]);
    assert.deepEqual(await mfaOf('setup-totp@example.com'), ['SOFTWARE_TOKEN_MFA']);
  });

  it('setup-any: setup selection → EMAIL → email → code from the outbox → DONE', async () => {
    const w = await e2e.open();
    await w.signIn('setup-any@example.com', PASSWORD);
    await w.waitForStep('CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION');
    assert.ok(await w.has('button[name=choice][value=TOTP]'));
    await w.choose('EMAIL');
    await w.waitForStep('CONTINUE_SIGN_IN_WITH_EMAIL_SETUP');
    assert.ok(await w.has('input[type=email][name=email][autocomplete=email]'));
    await w.type('email', 'setup-any@example.com');
    await w.submit();
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_EMAIL_CODE');
    const code = await w.code('setup-any@example.com');
    await w.enterCode(code);
    await w.expectSignedIn('setup-any@example.com', [PASSWORD, code]);
    assert.deepEqual(await mfaOf('setup-any@example.com'), ['EMAIL_OTP']);
  });

  it('setup-any: setup selection → TOTP → DONE', async () => {
    const w = await e2e.open();
    await w.signIn('setup-any@example.com', PASSWORD);
    await w.waitForStep('CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION');
    await w.choose('TOTP');
    const secret = await readTotpSetup(w);
    await w.enterCode(totpCode(secret));
    await w.expectSignedIn('setup-any@example.com', [PASSWORD, secret]);
  });

  it('setup-email: email setup → code from the outbox → DONE', async () => {
    const w = await e2e.open();
    await w.signIn('setup-email@example.com', PASSWORD);
    await w.waitForStep('CONTINUE_SIGN_IN_WITH_EMAIL_SETUP');
    await w.type('email', 'not-an-email');
    await w.submit();
    await w.idle();
    assert.equal(await w.step(), 'CONTINUE_SIGN_IN_WITH_EMAIL_SETUP');
    assert.match(await w.fieldError('email'), /email address/);
    await w.type('email', 'setup-email@example.com');
    await w.submit();
    await w.waitForStep('CONFIRM_SIGN_IN_WITH_EMAIL_CODE');
    const code = await w.code('setup-email@example.com');
    await w.enterCode(code);
    await w.expectSignedIn('setup-email@example.com', [PASSWORD, code]);
  });
});
