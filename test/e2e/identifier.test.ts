/**
 * The identifier field as the pool names it, with real Amplify in Chromium: from an amplify_outputs.json's
 * `username_attributes` (read through Amplify's own configuration) or, with pool ids only, the `login-mechanism`
 * attribute. The field stays `name=username` `autocomplete=username`, so password managers pair it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PASSWORD, useE2E, type Widget } from './harness.js';

const e2e = useE2E();

async function identifier(w: Widget) {
  await w.waitForStep('SIGN_IN');
  return w.page.$eval('auth-sign-in input[name=username]', (input) => ({
    type: (input as HTMLInputElement).type,
    autocomplete: input.getAttribute('autocomplete'),
    label: document.querySelector(`auth-sign-in label[for="${input.id}"]`)?.textContent?.trim(),
  }));
}

describe('the identifier field', () => {
  it('pool ids with login-mechanism="email": "Email", type=email, and an email signs in', async () => {
    const w = await e2e.open({ 'login-mechanism': 'email' });
    assert.deepEqual(await identifier(w), { type: 'email', autocomplete: 'username', label: 'Email' });
    await w.signIn('alice@example.com', PASSWORD);
    await w.expectSignedIn('alice@example.com', [PASSWORD]);
  });

  it('amplify_outputs.json signing in by email: "Email", type=email (German: its own word)', async () => {
    const w = await e2e.open({ 'username-attributes': 'email' });
    assert.deepEqual(await identifier(w), { type: 'email', autocomplete: 'username', label: 'Email' });
    const de = await e2e.open({ 'username-attributes': 'email', lang: 'de' });
    assert.equal((await identifier(de)).label, 'E-Mail-Adresse');
  });

  it('by phone: "Phone number", type=tel; by either: "Email or phone number"; by username: "Username"', async () => {
    const phone = await e2e.open({ 'username-attributes': 'phone_number' });
    assert.deepEqual(await identifier(phone), { type: 'tel', autocomplete: 'username', label: 'Phone number' });
    const either = await e2e.open({ 'username-attributes': 'email,phone_number' });
    assert.deepEqual(await identifier(either), {
      type: 'text',
      autocomplete: 'username',
      label: 'Email or phone number',
    });
    const plain = await e2e.open({ 'username-attributes': '' });
    assert.deepEqual(await identifier(plain), { type: 'text', autocomplete: 'username', label: 'Username' });
  });

  it('passwordless USER_AUTH keeps autocomplete="username webauthn"', async () => {
    const w = await e2e.open({ 'auth-flow-type': 'USER_AUTH', 'login-mechanism': 'email' });
    assert.deepEqual(await identifier(w), { type: 'email', autocomplete: 'username webauthn', label: 'Email' });
  });
});
